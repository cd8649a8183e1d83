import type { Place } from "./nearest";
import { localDesk, mainDesk, type Desk } from "./local-desk";

/**
 * localDesk for every municipality at once, worked out at build time so the
 * browser needs only the visitor's remembered municipality name to show the
 * local number: the distinct local desks, and for each municipality whose
 * desk is not the main one, which of them it is.
 */
export type DeskTable = { main: Desk; desks: Desk[]; byMunicipality: Record<string, number> };

type ProgramDesks = Parameters<typeof localDesk>[0];

/**
 * Two desks are the same desk when they have the same name and number. How
 * it relates to the chosen place (its own town or a neighbour's) is not part
 * of it: pages name a local desk by its municipality, which is true for both.
 */
export function deskKey(d: Desk): string {
  return [d.name, d.phone.number, d.phone.extension ?? ""].join("\t");
}

export function deskTable(program: ProgramDesks, places: readonly Place[]): DeskTable {
  const main = mainDesk(program);
  const desks: Desk[] = [];
  const byMunicipality: Record<string, number> = {};
  for (const place of places) {
    const desk = localDesk(program, place, places);
    if (desk.match === "main") continue;
    let k = desks.findIndex((d) => deskKey(d) === deskKey(desk));
    if (k < 0) k = desks.push(desk) - 1;
    byMunicipality[place.name] = k;
  }
  return { main, desks, byMunicipality };
}

/** The desk to show for a remembered municipality name (none, or one with no office of the program: the main desk). */
export function deskFor(table: DeskTable, municipality: string | undefined): Desk {
  const k = municipality === undefined ? undefined : table.byMunicipality[municipality];
  return k === undefined ? table.main : table.desks[k];
}
