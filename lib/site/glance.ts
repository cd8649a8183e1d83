import { editionLabel, fiscalYearLabel } from "@/lib/content/edition";
import type { Program } from "@/lib/content/model";

/**
 * The rows every program page opens with, always the same and in the same
 * order (GOV.UK's "Find a grant" keeps one summary shape for every grant), so
 * a caller learns where to look once. A row content does not fill says so;
 * nothing is guessed. The status says of when: the review that last checked
 * it, else the guidebook's edition.
 */
export const NOT_IN_GUIDEBOOK = "ガイドブックに記載がありません";

export const GLANCE_ROWS = [
  { key: "対象者", field: "audience" },
  { key: "費用", field: "cost" },
  { key: "募集状況", field: "status" },
] as const;

export type GlanceRow = { key: string; value: string; stated: boolean };

export function glanceRows(p: Pick<Program, "audience" | "cost" | "status" | "source" | "freshness">): GlanceRow[] {
  const asOf = p.freshness.state === "unreviewed" ? `ガイドブック${editionLabel(p.source)}の時点` : `${fiscalYearLabel(p.freshness.edition)}に確認`;
  return GLANCE_ROWS.map(({ key, field }) => {
    const value = p[field];
    if (!value) return { key, value: NOT_IN_GUIDEBOOK, stated: false };
    return { key, value: field === "status" ? `${value}（${asOf}）` : value, stated: true };
  });
}
