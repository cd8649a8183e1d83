import { z } from "zod";
import { emailAddress, formUrl, isoDate, noRepeats, numberError, text, whenPresent, wordList } from "../fields";
import { CONFIRMATION_METHODS, CONFIRMATION_RECORD } from "../confirmation-methods";
import { LIMITS } from "../limits";
import { phoneVisibleText } from "../../phone/format";
import { checkJapanesePhone, WRITTEN_PHONE } from "../../phone/number";

/**
 * The pieces several collections share: a phone number and a desk's list of
 * them, the record of how a number was confirmed, the source a file comes
 * from, owners' words, an ordinal. Each field carries what staff read about
 * it (`title`, `description`, `examples` in `.meta()`; reflection.ts says how
 * they are used), so the form, the editors' JSON Schemas and the open data
 * describe it in the same words.
 */

const NO_HYPHENS = "電話番号は 017-734-9243 のようにハイフンを入れて書いてください（ハイフンがないと先頭の 0 が消えてしまいます）";

export const phoneNumber = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : typeof issue.input === "number"
          ? NO_HYPHENS
          : "電話番号を 017-734-9243 のように、半角数字とハイフンで書いてください",
  })
  .superRefine((value, ctx) => {
    // 0177349243 stays text (front-matter.ts) but is the same slip as 177349243.
    if (/^\d+$/.test(value)) return void ctx.addIssue({ code: "custom", message: NO_HYPHENS });
    const result = checkJapanesePhone(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.hasSuggestion ? result.reason : `${result.reason}（例: 017-734-9243）` });
  })
  // For the editor's JSON Schema and the form; the full check above is libphonenumber's.
  .meta({ pattern: WRITTEN_PHONE.source, examples: ["017-734-9243"] });


export const confirmationSchema = z
  .strictObject({
    date: isoDate.meta({ title: "番号を確かめた日", description: "未来の日付は書けません", examples: ["2026-12-01"] }),
    method: z.enum(CONFIRMATION_METHODS, { error: `method には ${CONFIRMATION_METHODS.join("・")} のどれかを書いてください` }).meta({ title: "確かめた方法" }),
    note: text(LIMITS.note).optional().meta({ title: "補足", examples: ["代表番号から担当課に確認"] }),
  })
  .meta({ title: CONFIRMATION_RECORD, description: "ガイドブックにない番号、メールアドレス、フォームを載せるときは必須" });

export const phoneSchema = z
  .strictObject({
    number: phoneNumber.meta({ title: "電話番号", reviewable: true }),
    // Staff naturally write `extension: 641`; YAML makes that a number, which is fine.
    extension: z
      .union([z.string(), z.number()], { error: "内線番号は 641 のように半角数字で書いてください" })
      .transform((v) => String(v))
      .pipe(z.string().regex(/^\d{1,6}$/, { error: "内線番号は 641 のように半角数字だけで書いてください（「内線」の文字は要りません）" }))
      .optional()
      // The check after conversion, for what a person writes (a JSON Schema pattern applies to text only).
      .meta({ title: "内線番号", description: "数字のみ", pattern: "^\\d{1,6}$", reviewable: true }),
    label: text(LIMITS.name).optional().meta({ title: "この番号でつながる相手", examples: ["黒石市商工課"], reviewable: true }),
    note: text(LIMITS.note).optional().meta({ title: "補足", examples: ["直通"], reviewable: true }),
  })
  .meta({ title: "電話番号" });

export type Phone = z.output<typeof phoneSchema>;
export type Confirmation = z.output<typeof confirmationSchema>;

export const telList = z
  .array(phoneSchema, { error: whenPresent("tel は「- number: 017-734-9243」のように、電話番号を一覧で書いてください") })
  .min(1, { error: "電話番号を1つ以上書いてください（例: - number: 017-734-9243）" })
  .superRefine(
    noRepeats<{ number: string; extension?: string }>(
      (t) => (typeof t?.number === "string" ? `${t.number}#${t.extension ?? ""}` : undefined),
      (t, first) => `${phoneVisibleText(t)} は ${first} 番目の電話番号と同じです。重なっている方を削除してください`,
    ),
  )
  .meta({ title: "電話番号の一覧" });

/** A desk's fax that is one of its own phone numbers would send callers to a fax tone, or faxes to a person. */
export function faxIsNotATel(holder: { tel?: { number: string }[]; fax?: string }, ctx: z.RefinementCtx<{ tel?: { number: string }[]; fax?: string }>) {
  if (holder.fax && holder.tel?.some((t) => t.number === holder.fax)) {
    ctx.addIssue({
      code: "custom",
      path: ["fax"],
      input: holder.fax,
      message: `FAX 番号 ${holder.fax} が、同じ窓口の電話番号（tel）と同じです。出典で FAX と電話の番号を確かめ、どちらかを直してください`,
    });
  }
}

export const faxNumber = phoneNumber.optional().meta({ title: "FAX 番号", reviewable: true });

/**
 * Ways to reach a desk without a voice call besides its FAX. The guidebook
 * gives none, so whoever adds one found it elsewhere and records when they
 * checked it (channelsConfirmed), as for a number not in the source.
 */
export const deskEmail = emailAddress.optional().meta({
  title: "メールアドレス",
  description: "相談をメールで受け付けている窓口だけ。アドレスだけを半角で（名前や mailto: は付けない）",
  reviewable: true,
});
export const deskForm = formUrl.optional().meta({
  title: "相談・問い合わせフォームの URL",
  description: "相談をウェブのフォームで受け付けている窓口だけ。https:// から始まる、フォームのページの URL",
  reviewable: true,
});

type Channels = { email?: string; form?: string; confirmed?: unknown };

/** An e-mail address or a form is never in the guidebook: it is published with the record of who checked it, when and how. */
export function channelsConfirmed(holder: Channels, ctx: z.RefinementCtx<Channels>) {
  if (holder.confirmed) return;
  for (const [key, what] of [["email", "メールアドレスは"], ["form", "フォームの URL は"]] as const) {
    if (holder[key] === undefined) continue;
    ctx.addIssue({
      code: "custom",
      path: [key],
      input: holder[key],
      message: `${what}ガイドブックに載っていないため、確かめた記録がないと載せられません。確かめてから、同じ窓口に confirmed（date: 確かめた日、method: 確かめた方法）を書き足してください`,
    });
  }
}

/** The guidebook a file's facts come from (programs and the flow chart). */
export const sourceFields = {
  document: text(LIMITS.name).meta({ title: "出典の資料名" }),
  section: text(LIMITS.name).meta({ title: "章", examples: ["Ⅲ 情報提供・相談・専門家派遣等"] }),
  fiscalYear: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? "出典のガイドブックの年度（fiscalYear）がありません。source の中に fiscalYear: 2023 のように西暦で書いてください（令和5年度版なら 2023）"
          : numberError("fiscalYear（ガイドブックの年度。令和5年度版なら 2023）", "2023")(issue),
    })
    .int({ error: "fiscalYear には西暦の年を整数で書いてください（例: 2023）" })
    .min(2019, { error: "fiscalYear には令和の年度を西暦で書いてください（例: 令和5年度版なら 2023）" })
    .max(2100, { error: "fiscalYear には令和の年度を西暦で書いてください（例: 令和5年度版なら 2023）" })
    .meta({ title: "ガイドブックの年度", description: "西暦。令和5年度版なら 2023" }),
};

/** A fiscal year written as its 西暦 year (令和8年度 = 2026): an edition of the guidebook or of the site's reviews. */
export function fiscalYear(field: string, what: string) {
  const advice = `${field} には${what}を西暦の年で書いてください（例: 令和8年度なら 2026）`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? undefined : numberError(`${field}（${what}。西暦の年）`, "2026")(issue)) })
    .int({ error: advice })
    .min(2019, { error: advice })
    .max(2100, { error: advice });
}

/** Owners' words; the same field and meaning on programs and needs. */
export const words = wordList.optional().meta({ title: "事業者が使うことば", description: "検索に使います" });

/** When the page's content was last changed (every collection with pages has one). */
export const updated = isoDate.meta({ title: "このページの内容を最後に更新した日", description: "未来の日付は書けません" });

/** A whole number from 1 to 999 (an item number, a display order): as written, or refused with what to write. */
export function ordinal(field: string, what: string, example: string) {
  return z
    .number({ error: numberError(`${field}（${what}）`, example) })
    .int({ error: `${field} には${what}を整数で書いてください（例: ${example}）` })
    .positive({ error: `${field} には${what}を 1 以上の数字で書いてください（例: ${example}）` })
    .max(999, { error: `${field} には${what}を 999 までの数字で書いてください（例: ${example}）` });
}
