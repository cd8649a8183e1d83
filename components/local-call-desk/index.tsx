"use client";

import { CallDesk } from "@/components/call-desk";
import { DeskChannels } from "@/components/desk-channels";
import { useChosenMunicipalityName } from "@/components/local-context";
import { Provenance } from "@/components/provenance";
import { deskFor, type DeskTable } from "@/lib/areas/desk-table";
import type { DeskCall } from "@/lib/areas/local-desk";
import { confirmedByReview, type Freshness } from "@/lib/content/reviews";

type Props = {
  /** The program's desks for every municipality (lib/areas/desk-table), worked out when the page is built. */
  table: DeskTable;
  /** The program's source, said beside each number until someone has confirmed it (left out where the page says how current the program is beside it: components/freshness). */
  source?: { document: string; fiscalYear: number };
  /** The program's, for the FAX sheet beside each FAX number. */
  slug: string;
  /**
   * How current the program is, said under the desks (components/freshness): a
   * desk confirmed by that same check says nothing of its own. The contact
   * table below still gives each record.
   */
  freshness?: Freshness;
};

function localLabel(desk: DeskCall): string {
  return desk.match === "municipality" ? `${desk.municipality}の窓口` : `近くの窓口（${desk.municipality}）`;
}

/**
 * The number to call first on a program page. The static HTML (and a visitor
 * who has chosen no municipality) gets the program's main desk; once a
 * municipality is chosen (components/municipality-picker, kept in this
 * browser), its own office comes first, with the main desk below it.
 */
export function LocalCallDesks({ table, source, slug, freshness }: Props) {
  const local = deskFor(table, useChosenMunicipalityName());
  const desks = local.match === "main" ? [local] : [local, table.main];
  return (
    <div className="grid gap-2" data-local-desk={local.match}>
      {desks.map((d, i) => (
        <CallDesk
          key={`${d.match}-${d.phone.number}`}
          desk={d}
          size={i === 0 ? "large" : "compact"}
          label={i === 0 ? (d.match === "main" ? undefined : localLabel(d)) : "制度の担当窓口"}
          sayNoHours={i === 0}
          className={i === 0 ? "" : "px-3"}
        >
          <DeskChannels slug={slug} desk={d} whom={d.phone.whom} />
          {freshness && confirmedByReview(freshness, d.confirmed) ? null : <Provenance confirmed={d.confirmed} source={source} className="mt-1" />}
        </CallDesk>
      ))}
    </div>
  );
}
