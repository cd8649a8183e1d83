import { contactName, contactShortName } from "@/lib/content/contact-names";
import type { Confirmation, Contact, Hours, Office, Phone } from "@/lib/content/schema";
import { distanceKm, type Place } from "./nearest";

/**
 * The number an owner in a given municipality should call for a program: an
 * office of the program in their own municipality, else the nearest one in
 * their region (the 県民局 area that serves them), else the program's main desk.
 * Offices in other regions are never offered as "local": a caller in むつ市
 * should not be sent to 八戸 when the main desk answers for the whole prefecture.
 */
export type LocalMatch = "municipality" | "region" | "main";

export type Desk = {
  /** The desk or office as the page names it. */
  name: string;
  /** Whom the call reaches, for the call link's accessible name. */
  whom: string;
  phone: Phone;
  hours?: Hours;
  /** Content's record of who confirmed this desk's numbers, when there is one. */
  confirmed?: Confirmation;
  municipality?: string;
  /** How the desk relates to the chosen municipality; "main" also when none was chosen. */
  match: LocalMatch;
};

type ProgramDesks = { contacts: Contact[]; offices?: Office[] };

export function mainDesk(program: ProgramDesks): Desk {
  const c: Contact = program.contacts[0];
  return { name: contactName(c), whom: c.tel[0].label ?? contactShortName(c), phone: c.tel[0], hours: c.hours, confirmed: c.confirmed, match: "main" };
}

export function localDesk(program: ProgramDesks, chosen: Place | undefined, places: readonly Place[]): Desk {
  const main = mainDesk(program);
  if (!chosen) return main;
  const withPhone = (program.offices ?? []).filter((o) => o.tel?.length && o.municipality);
  const own = withPhone.find((o) => o.municipality === chosen.name);
  if (own) return officeDesk(own, "municipality");
  const inRegion = withPhone
    .map((o, i) => ({ o, i, place: places.find((p) => p.name === o.municipality) }))
    .filter((x): x is { o: Office; i: number; place: Place } => x.place?.region === chosen.region)
    .sort((a, b) => distanceKm(chosen, a.place) - distanceKm(chosen, b.place) || a.i - b.i);
  return inRegion.length ? officeDesk(inRegion[0].o, "region") : main;
}

function officeDesk(o: Office, match: LocalMatch): Desk {
  const phone = o.tel![0];
  return { name: o.name, whom: phone.label ?? o.name, phone, hours: o.hours, confirmed: o.confirmed, municipality: o.municipality, match };
}
