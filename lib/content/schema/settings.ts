import { z } from "zod";
import { isoDate } from "../fields";
import { fiscalYear } from "./shared";

/**
 * The site's settings (content/settings/site.md): the current edition, the
 * fiscal year whose facts staff are checking now, and the day that check
 * began. `npm run edition:start -- 2027` writes both when a new year begins;
 * every program without a review in that edition is then 要確認. The
 * guidebook's own edition, never started on the site, has no such day.
 */
export const settingsSchema = z.strictObject({
  edition: fiscalYear("edition", "いまの年度").meta({ title: "いまの年度（確認している年度）", description: "西暦。令和8年度なら 2026。新しい年度を始めるとき（docs/editing.md）に書き換わります" }),
  started: isoDate.optional().meta({ title: "この年度の確認を始めた日", description: "新しい年度を始めたときに入ります。その年度の中の日で、未来の日付は書けません" }),
});

export type Settings = z.output<typeof settingsSchema>;
