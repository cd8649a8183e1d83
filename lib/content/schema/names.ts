import { z } from "zod";
import { hasUnsafeCharacter } from "../characters";
import { isoDate, noRepeats, text } from "../fields";
import { LIMITS } from "../limits";
import { alignReading, hasKanji } from "../reading";

/**
 * The readings and English of the names a desk is known by (organisations,
 * departments, offices, whom a number reaches) and of short notes beside
 * them, in one table (content/names/names.md): the furigana take a name's
 * reading from here rather than from the dictionary, which misreads proper
 * nouns (八戸, 三八, 監理課), and the English pages its English. Validation
 * checks that every name of every desk has both (cross-checks.ts).
 */

/** A reading written as the name with its kanji in hiragana (reading.ts), checked against the name it belongs to. */
export const reading = text(LIMITS.note).meta({
  title: "読み",
  description: "名前の漢字の部分だけをひらがなにしたもの。かな・数字・英字・記号は名前のとおりに書きます",
  examples: ["あおもりけんＤＸそうごうまどぐち"],
});

/** The reading must split over the name's kanji runs; a name without kanji needs none. */
export function readingFitsName(entry: { name?: unknown; reading?: unknown }, ctx: z.RefinementCtx<{ name: string; reading?: string }>) {
  const { name, reading } = entry;
  if (typeof name !== "string" || typeof reading !== "string" || hasUnsafeCharacter(name + reading)) return;
  const aligned = alignReading(name, reading);
  if (!aligned.ok) ctx.addIssue({ code: "custom", path: ["reading"], input: reading, message: aligned.message });
}

export const nameEntrySchema = z
  .strictObject({
    name: text(LIMITS.note).meta({ title: "名前・語句", description: "content に書いてあるとおりに（全角・半角も同じに）", examples: ["地域産業課"] }),
    reading: reading.optional(),
    en: text(LIMITS.englishNote).optional().meta({ title: "英語", description: "英語のページに出す名前。その機関の公式の英語名があればそれを", examples: ["Regional Industry Division"] }),
  })
  .superRefine(readingFitsName)
  .superRefine((entry, ctx) => {
    if (entry.reading === undefined && entry.en === undefined) {
      ctx.addIssue({ code: "custom", path: ["reading"], message: `「${entry.name}」に読み（reading）も英語（en）もありません。${hasKanji(entry.name) ? "読みか英語を書くか" : "英語を書くか"}、この項目を削除してください` });
    }
  })
  .meta({ title: "名前" });

export const namesSchema = z.strictObject({
  title: text(LIMITS.title).meta({ title: "題名" }),
  names: z
    .array(nameEntrySchema)
    .min(1, { error: "名前を1つ以上書いてください" })
    .superRefine(noRepeats<{ name: string }>((n) => (typeof n?.name === "string" ? n.name : undefined), (n, first) => `「${n.name}」は ${first} 番目と同じ名前です。1つにまとめてください`))
    .meta({ title: "名前の一覧" }),
  updated: isoDate.meta({ title: "この表を最後に更新した日", description: "未来の日付は書けません" }),
});

export type Names = z.output<typeof namesSchema>;
export type NameEntry = Names["names"][number];
