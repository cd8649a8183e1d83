"use client";

import { useChosenMunicipalityName } from "@/components/local-context";
import { deskFor, type DeskTable } from "@/lib/areas/desk-table";
import { DeskLines } from "./desk-lines";

/**
 * A card's desks for the municipality this browser remembers (chosen in the
 * finder or a picker): the static HTML, and a visitor without a choice, get
 * the main desk; with a choice, the local office comes first.
 */
export function RememberedDesks({ slug, table }: { slug: string; table: DeskTable }) {
  const desk = deskFor(table, useChosenMunicipalityName());
  return <DeskLines slug={slug} local={desk === table.main ? undefined : desk} main={table.main} />;
}
