import { callNumbers, defined, faxNumber, mainDesk, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import type { Municipality } from "@/lib/content/schema";
import { distanceKm, type Place } from "./nearest";

/**
 * The number an owner in a given municipality should call for a program: an
 * office of the program in their own municipality, else the nearest one in
 * their region (the 県民局 area that serves them), else the program's main desk.
 * Offices in other regions are never offered as "local": a caller in むつ市
 * should not be sent to 八戸 when the main desk answers for the whole prefecture.
 */
export type LocalMatch = "municipality" | "region" | "main";

/**
 * A desk's first number, as a call button shows it, and how the desk relates
 * to the chosen municipality ("main" also when none was chosen); beside it,
 * the same desk's FAX number and its e-mail address or web form, for an owner
 * who cannot make the call.
 */
export type DeskCall = Pick<Desk, "name" | "hours" | "confirmed" | "email" | "form"> & {
  phone: Pick<PhoneNumber, "number" | "extension" | "label" | "note" | "whom">;
  fax?: string;
  municipality?: string;
  match: LocalMatch;
};

type Desks = Pick<Program, "desks">;
type Placed = Desk & { municipality: Municipality };

export function mainCall(program: Desks): DeskCall {
  return callAt(mainDesk(program), "main");
}

export function localCall(program: Desks, chosen: Place | undefined): DeskCall {
  if (!chosen) return mainCall(program);
  const placed = program.desks.filter((d): d is Placed => d.kind === "office" && !!d.municipality && callNumbers(d).length > 0);
  const own = placed.find((d) => d.municipality.name === chosen.name);
  if (own) return callAt(own, "municipality");
  // sort is stable: of two offices in one town, the first written
  const [near] = placed.filter((d) => d.municipality.region === chosen.region).sort((a, b) => distanceKm(chosen, a.municipality) - distanceKm(chosen, b.municipality));
  return near ? callAt(near, "region") : mainCall(program);
}

// Only what a call button shows: this goes to the browser with every page and search index that offers the desk.
function callAt(d: Desk, match: LocalMatch): DeskCall {
  const { number, extension, label, note, whom } = callNumbers(d)[0];
  return defined({
    name: d.name,
    phone: defined({ number, extension, label, note, whom }),
    fax: faxNumber(d)?.number,
    email: d.email,
    form: d.form,
    hours: d.hours,
    confirmed: d.confirmed,
    municipality: d.municipality?.name,
    match,
  });
}
