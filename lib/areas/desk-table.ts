import type { Place } from "./nearest";
import { localCall, mainCall, type DeskCall } from "./local-desk";

/**
 * localCall for every municipality at once, worked out at build time so the
 * browser needs only the visitor's remembered municipality name to show the
 * local number: the distinct local desks, and for each municipality whose
 * desk is not the main one, which of them it is.
 */
export type DeskTable = { main: DeskCall; desks: DeskCall[]; byMunicipality: Record<string, number> };

type ProgramDesks = Parameters<typeof localCall>[0];

/**
 * Two desks are the same desk when they have the same name and number. How
 * it relates to the chosen place (its own town or a neighbour's) is not part
 * of it: pages name a local desk by its municipality, which is true for both.
 */
export function deskKey(d: DeskCall): string {
  return [d.name, d.phone.number, d.phone.extension ?? ""].join("\t");
}

export function deskTable(program: ProgramDesks, places: readonly Place[]): DeskTable {
  const desks: DeskCall[] = [];
  const byMunicipality: Record<string, number> = {};
  for (const place of places) {
    const desk = localCall(program, place);
    if (desk.match === "main") continue;
    let k = desks.findIndex((d) => deskKey(d) === deskKey(desk));
    if (k < 0) k = desks.push(desk) - 1;
    byMunicipality[place.name] = k;
  }
  return { main: mainCall(program), desks, byMunicipality };
}

/** The office for a remembered municipality name, as localCall gives it; undefined where the main desk answers (none chosen, or nothing near). */
export function localDeskFor(table: Omit<DeskTable, "main">, municipality: string | undefined): DeskCall | undefined {
  const k = municipality === undefined ? undefined : table.byMunicipality[municipality];
  const desk = k === undefined ? undefined : table.desks[k];
  return desk && { ...desk, match: desk.municipality === municipality ? "municipality" : "region" };
}

/** The desk to show for a remembered municipality name: its office, else the main desk. */
export const deskFor = (table: DeskTable, municipality: string | undefined): DeskCall => localDeskFor(table, municipality) ?? table.main;
