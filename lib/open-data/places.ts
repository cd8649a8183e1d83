import type { Desk, Program } from "@/lib/content/model";

/**
 * The offices and desks of content as places, for the formats that list
 * places rather than programs (the standard dataset's 公共施設一覧, HSDS's
 * locations). One desk can serve several programs (a department's group that
 * answers for three programs is written in three files); it is one place.
 */

/** A desk as one program lists it. */
export type ProgramDesk = { program: Program; desk: Desk };

/**
 * Where a desk is, as content says it: its name, the building it sits in and
 * its address. Desks with the same key are the same place in every program.
 */
export function placeKey(d: Pick<Desk, "name" | "location" | "address" | "municipality">): string {
  return JSON.stringify([d.name, d.location ?? "", d.address ?? "", d.municipality?.name ?? ""]);
}

/** Every desk of every program, programs in guidebook order, desks in their file's order. */
export function programDesks(programs: readonly Program[]): ProgramDesk[] {
  return programs.flatMap((program) => program.desks.map((desk) => ({ program, desk })));
}

/** Desks grouped by `key`, groups in order of first appearance. */
export function groupDesks(desks: readonly ProgramDesk[], key: (d: ProgramDesk) => string): ProgramDesk[][] {
  const groups = new Map<string, ProgramDesk[]>();
  for (const d of desks) {
    const k = key(d);
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  return [...groups.values()];
}

/** The first line of a desk's address: what follows its municipality's name, or the address as written when it does not begin with it. */
export function addressLine(d: Pick<Desk, "address" | "municipality">): string {
  const { address = "", municipality } = d;
  return municipality && address.startsWith(municipality.name) ? address.slice(municipality.name.length).trim() : address;
}
