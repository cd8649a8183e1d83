import { z } from "zod";
import { BUSINESS_TYPE_KEYS, BUSINESS_TYPES } from "./business-types";
import { CONFIRMATION_METHODS } from "./confirmed";
import { shown } from "./characters";
import { DAY_NAMES, distinct, httpUrl, isoDate, isRealDate, noRepeats, numberError, sitePath, text, weekdayOf, whenPresent, wordList } from "./fields";
import { hoursSchema } from "./hours";
import { keysWithLabels } from "./labelled";
import { LIMITS } from "./limits";
import { NEED_GROUP_KEYS, NEED_GROUPS } from "./need-groups";
import { FINDER_SKIP } from "./finder-skip";
import { checkJapanesePhone } from "./phone";
import { phoneVisibleText } from "../phone/format";

/**
 * The one description of what each content file may contain. Types for the
 * pages, the build-time checks and the editor's JSON Schemas all come from
 * here. Every object is strict so that a misspelt key is reported, not ignored.
 * Rules that need more than one file (a need that exists, a number that is in
 * the source) are in load.ts and the modules it calls.
 */

const NO_HYPHENS = "電話番号は 017-734-9243 のようにハイフンを入れて書いてください（ハイフンがないと先頭の 0 が消えてしまいます）";

const phoneNumber = z
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
  // For the editor's JSON Schema; the full check above is libphonenumber's.
  .meta({ pattern: "^0\\d{1,4}-\\d{1,4}-\\d{3,4}$", examples: ["017-734-9243"] });

export const confirmationSchema = z
  .strictObject({
    date: isoDate.describe("番号を確かめた日（例: 2026-12-01）。未来の日付は書けません"),
    method: z
      .enum(CONFIRMATION_METHODS, { error: `method には ${CONFIRMATION_METHODS.join("・")} のどれかを書いてください` })
      .describe("確かめた方法"),
    note: text(LIMITS.note).optional().describe("補足（例: 代表番号から担当課に確認）"),
  })
  .describe("この窓口の電話・FAX番号を確かめた記録。出典にない番号を載せるときは必須");

export const phoneSchema = z.strictObject({
  number: phoneNumber.describe("電話番号（例: 017-734-9243）"),
  // Staff naturally write `extension: 641`; YAML makes that a number, which is fine.
  extension: z
    .union([z.string(), z.number()], { error: "内線番号は 641 のように半角数字で書いてください" })
    .transform((v) => String(v))
    .pipe(z.string().regex(/^\d{1,6}$/, { error: "内線番号は 641 のように半角数字だけで書いてください（「内線」の文字は要りません）" }))
    .optional()
    .describe("内線番号（数字のみ）"),
  label: text(LIMITS.name).optional().describe("この番号でつながる相手（例: 黒石市商工課）"),
  note: text(LIMITS.note).optional().describe("補足（例: 直通）"),
});

const telList = z
  .array(phoneSchema, { error: whenPresent("tel は「- number: 017-734-9243」のように、電話番号を一覧で書いてください") })
  .min(1, { error: "電話番号を1つ以上書いてください（例: - number: 017-734-9243）" })
  .superRefine(
    noRepeats<{ number: string; extension?: string }>(
      (t) => (typeof t?.number === "string" ? `${t.number}#${t.extension ?? ""}` : undefined),
      (t, first) => `${phoneVisibleText(t)} は ${first} 番目の電話番号と同じです。重なっている方を削除してください`,
    ),
  );

/** A desk's fax that is one of its own phone numbers would send callers to a fax tone, or faxes to a person. */
function faxIsNotATel(holder: { tel?: { number: string }[]; fax?: string }, ctx: z.RefinementCtx<{ tel?: { number: string }[]; fax?: string }>) {
  if (holder.fax && holder.tel?.some((t) => t.number === holder.fax)) {
    ctx.addIssue({
      code: "custom",
      path: ["fax"],
      input: holder.fax,
      message: `FAX 番号 ${holder.fax} が、同じ窓口の電話番号（tel）と同じです。出典で FAX と電話の番号を確かめ、どちらかを直してください`,
    });
  }
}

export const CONTACT_ROLES = ["担当窓口", "申込先", "問い合わせ先", "事務局"] as const;

export const contactSchema = z.strictObject({
  role: z
    .enum(CONTACT_ROLES, { error: `role には ${CONTACT_ROLES.join("・")} のどれかを書いてください（省略すると担当窓口）` })
    .default("担当窓口")
    .describe("この連絡先の役割"),
  organization: text(LIMITS.name).describe("組織（例: 青森県商工労働部、公益財団法人２１あおもり産業総合支援センター）"),
  department: text(LIMITS.name).optional().describe("課・部署（例: 地域産業課）"),
  group: text(LIMITS.name).optional().describe("グループ（例: 創業支援グループ）"),
  location: text(LIMITS.name).optional().describe("どこの中にある窓口か（例: ２１あおもり産業総合支援センター内）"),
  tel: telList.describe("電話番号の一覧"),
  fax: phoneNumber.optional().describe("FAX 番号"),
  hours: hoursSchema.optional().describe("受付時間"),
  note: text(LIMITS.note).optional().describe("補足（例: 要予約）"),
  confirmed: confirmationSchema.optional(),
}).superRefine(faxIsNotATel);

export const officeSchema = z.strictObject({
  name: text(LIMITS.name).describe("事務所・会場の名前"),
  address: text(LIMITS.note).optional().describe("所在地"),
  municipality: text(LIMITS.label).optional().describe("市町村（例: 青森市）"),
  hours: hoursSchema.optional().describe("受付時間"),
  tel: telList.optional().describe("電話番号の一覧"),
  fax: phoneNumber.optional().describe("FAX 番号"),
  note: text(LIMITS.note).optional().describe("補足"),
  confirmed: confirmationSchema.optional(),
}).superRefine(faxIsNotATel);

const DATED = /^(\d{4}-\d{2}-\d{2})(?:\(([日月火水木金土])\))?$/;

/**
 * A session date is written 2023-04-20; the older 2023-04-20(木) is still
 * accepted and its weekday checked. Either way it is parsed here, once, into
 * { date, weekday } with the weekday computed, and every page reads that.
 */
export const scheduleDate = z
  .string({ error: whenPresent("開催日は 2023-04-20 のように、半角の 年-月-日 で書いてください") })
  .superRefine((value, ctx) => {
    const m = DATED.exec(value);
    if (!m) {
      ctx.addIssue({ code: "custom", message: `開催日は 2023-04-20 のように、半角の 年-月-日 で書いてください（曜日は自動で表示されるので要りません。いまは「${value}」）` });
    } else if (!isRealDate(m[1])) {
      ctx.addIssue({ code: "custom", message: `${m[1]} という日はありません。月と日を確かめてください` });
    } else if (m[2] && weekdayOf(m[1]) !== m[2]) {
      ctx.addIssue({
        code: "custom",
        message: `${m[1]} は${weekdayOf(m[1])}曜日です（${m[2]}曜日ではありません）。日付を確かめてください。曜日は自動で表示されるので、(${m[2]}) は消してかまいません`,
      });
    }
  })
  .meta({ pattern: "^\\d{4}-\\d{2}-\\d{2}(\\([日月火水木金土]\\))?$", examples: ["2023-04-20"] })
  .transform((value) => ({ date: value.slice(0, 10), weekday: weekdayOf(value.slice(0, 10)) }))
  .pipe(z.strictObject({ date: z.string().describe("開催日（YYYY-MM-DD）"), weekday: z.enum(DAY_NAMES).describe("曜日（日付から計算）") }));

export type SessionDate = z.output<typeof scheduleDate>;

export const scheduleSchema = z.strictObject({
  title: text(LIMITS.name).describe("日程表の見出し"),
  note: text(LIMITS.note).optional().describe("日程についての注記（例: 開催日は変更になる場合があります）"),
  venues: z
    .array(
      z.strictObject({
        name: text(LIMITS.name).describe("開催地区（例: 青森地区）"),
        place: text(LIMITS.name).describe("開催場所"),
        municipality: text(LIMITS.label).optional().describe("市町村（例: 青森市）"),
        dates: z
          .array(scheduleDate)
          .min(1, { error: "開催日を1つ以上書いてください（例: - 2023-04-20）" })
          .superRefine(noRepeats<SessionDate>((d) => (typeof d === "object" ? d.date : undefined), (d, first) => `${d.date} は ${first} 番目の開催日と同じです。重なっている方の行を削除してください`))
          .describe("開催日の一覧（例: - 2023-04-20）"),
      }),
    )
    .min(1, { error: "開催地区を1つ以上書いてください" })
    .superRefine(
      noRepeats<{ name: string }>(
        (v) => (typeof v?.name === "string" ? v.name : undefined),
        (v, first) => `開催地区「${v.name}」は ${first} 番目と同じです。日付は1つの開催地区の dates にまとめてください`,
      ),
    )
    .describe("開催地区の一覧"),
});

export const linkSchema = z.strictObject({
  label: text(LIMITS.name).describe("リンクの文言"),
  url: httpUrl.describe("URL"),
});

/** The same page twice, however its address is written (a trailing slash, upper-case host). */
const sameUrl = (l: { url?: unknown }) => {
  if (typeof l?.url !== "string") return undefined;
  try {
    return new URL(l.url).href.replace(/\/$/, "");
  } catch {
    return undefined;
  }
};

const sourceFields = {
  document: text(LIMITS.name).describe("出典の資料名"),
  section: text(LIMITS.name).describe("章（例: Ⅲ 情報提供・相談・専門家派遣等）"),
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
    .describe("ガイドブックの年度（西暦。令和5年度版なら 2023）"),
};

/** Owners' words; the same field and meaning on programs and needs. */
const words = wordList.optional().describe("事業者が使うことば（検索に使います）");

/** A whole number from 1 to 999 (an item number, a display order): as written, or refused with what to write. */
function ordinal(field: string, what: string, example: string) {
  return z
    .number({ error: numberError(`${field}（${what}）`, example) })
    .int({ error: `${field} には${what}を整数で書いてください（例: ${example}）` })
    .positive({ error: `${field} には${what}を 1 以上の数字で書いてください（例: ${example}）` })
    .max(999, { error: `${field} には${what}を 999 までの数字で書いてください（例: ${example}）` });
}

export const programSchema = z.strictObject({
  title: text(LIMITS.title).describe("制度名（ガイドブックの見出し）"),
  summary: text(LIMITS.summary).describe("事業者向けの一行の説明"),
  categories: distinct(text(LIMITS.slug), { error: whenPresent("categories は「- startup」のように、困りごとのファイル名を一覧で書いてください") })
    .min(1, { error: "困りごと（categories）を1つ以上選んでください" })
    .describe("この制度が当てはまる困りごと（content/needs/ のファイル名）"),
  businessTypes: distinct(
    z.enum(BUSINESS_TYPE_KEYS, { error: `businessTypes に書けるのは ${keysWithLabels(BUSINESS_TYPES)} です` }),
  )
    .min(1, { error: "業種を1つ以上書くか、businessTypes の行ごと削除してください" })
    .optional()
    .describe("この制度を使える業種が限られるときだけ、その業種（出典にそう書いてあるときだけ）"),
  words,
  audience: text(LIMITS.note).optional().describe("対象者"),
  cost: text(LIMITS.note).optional().describe("費用・経費負担"),
  status: text(LIMITS.name).optional().describe("募集状況（例: 現在募集中）"),
  details: z
    .array(z.strictObject({ label: text(LIMITS.name).describe("項目名"), value: text(LIMITS.note).describe("内容") }))
    .superRefine(
      noRepeats<{ label: string }>(
        (d) => (typeof d?.label === "string" ? d.label : undefined),
        (d, first) => `項目名「${d.label}」は ${first} 番目と同じです。内容を1つにまとめるか、項目名を変えてください`,
      ),
    )
    .optional()
    .describe("概要表に載せるその他の項目（例: 派遣回数）"),
  contacts: z.array(contactSchema).min(1, { error: "担当窓口（contacts）を1つ以上書いてください" }).describe("担当窓口の一覧"),
  offices: z.array(officeSchema).optional().describe("事務所・会場の一覧"),
  officesTitle: text(LIMITS.name).optional().describe("事務所・会場の表の見出し"),
  schedule: scheduleSchema.optional().describe("日程表"),
  links: z
    .array(linkSchema)
    .superRefine(noRepeats(sameUrl, (l, first) => `このリンク先は ${first} 番目のリンクと同じです（${shown(String(l.url), 80)}）。重なっている方を削除してください`))
    .optional()
    .describe("関連リンク"),
  related: distinct(text(LIMITS.slug)).optional().describe("関連する制度のファイル名（拡張子なし）"),
  updated: isoDate.describe("このページの内容を最後に更新した日。未来の日付は書けません"),
  source: z
    .strictObject({
      ...sourceFields,
      number: ordinal("number", "ガイドブックの項目番号", "14").describe("ガイドブックの項目番号"),
    })
    .describe("出典"),
});

export type ProgramFrontMatter = z.output<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Office = z.output<typeof officeSchema>;
export type Phone = z.output<typeof phoneSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
export type Confirmation = z.output<typeof confirmationSchema>;
export type { Hours } from "./hours";

/** A need an owner comes with (content/needs/<slug>.md); programs list the slugs in `categories`. */
export const needSchema = z.strictObject({
  label: text(LIMITS.label).describe("困りごとの短い名前（例: 事業承継）"),
  need: text(LIMITS.name).describe("事業者の言い方での困りごと（例: 事業を継がせたい・引き継ぎたい）"),
  description: text(LIMITS.summary).describe("この困りごとの一文の説明"),
  group: z
    .enum(NEED_GROUP_KEYS, { error: `group には ${keysWithLabels(NEED_GROUPS)} のどれかを書いてください` })
    .describe("困りごとのまとまり"),
  order: ordinal("order", "表示する順番", "16").describe("表示する順番（ほかの困りごとと重ならない数字）"),
  words,
});

export type NeedFrontMatter = z.output<typeof needSchema>;

const flowItem = z.union(
  [
    text(LIMITS.note),
    z.strictObject({
      text: text(LIMITS.note).describe("表示する文字"),
      link: sitePath.describe("リンク先のサイト内のページ（例: /programs/yorozu）"),
    }),
  ],
  { error: "項目は文字で書くか、「text: 表示する文字」と「link: /programs/ファイル名」の組で書いてください" },
);

export type FlowItem = z.output<typeof flowItem>;

/** The consultation flow chart: stages read top to bottom, each with one or more boxes. */
export const flowSchema = z.strictObject({
  title: text(LIMITS.title).describe("題名"),
  summary: text(LIMITS.summary).describe("一文の説明"),
  generalDesks: distinct(text(LIMITS.slug), {
    error: (issue) =>
      issue.input === undefined
        ? "総合的な相談窓口（generalDesks）がありません。どこに相談すればよいか分からない人に案内する制度のファイル名（.md を除く）を、いちばん案内したいものから順に書いてください（例: generalDesks: [yorozu]）"
        : "generalDesks は「- yorozu」のように、制度のファイル名を一覧で書いてください",
  })
    .min(1, { error: "総合的な相談窓口の制度を1つ以上書いてください（例: - yorozu）" })
    .describe("どこに相談すればよいか分からない人に案内する制度のファイル名。先頭がいちばんの窓口"),
  stages: z
    .array(
      z.strictObject({
        boxes: z
          .array(
            z.strictObject({
              title: text(LIMITS.name).describe("箱の見出し"),
              items: z.array(flowItem).optional().describe("箱の中の項目。文字か、text と link の組"),
            }),
          )
          .min(1, { error: "箱（boxes）を1つ以上書いてください" })
          .describe("この段の箱の一覧"),
        relation: text(LIMITS.label).optional().describe("同じ段の箱どうしの関係（例: 連携）"),
      }),
    )
    .min(2, { error: "段（stages）を2つ以上書いてください" })
    .describe("図の段の一覧（上から順）"),
  updated: isoDate.describe("このページの内容を最後に更新した日"),
  source: z.strictObject(sourceFields).describe("出典"),
});

export type FlowFrontMatter = z.output<typeof flowSchema>;

/** Aomori's municipalities and the regional areas they belong to: one list, used to order offices by distance. */
export const areasSchema = z
  .strictObject({
    title: text(LIMITS.title).describe("題名"),
    regions: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z]{1,20}$/, { error: "id は tosei のように半角英小文字（20文字まで）で書いてください" }).describe("地域の記号（例: tosei）"),
          name: text(LIMITS.label).describe("地域の名前（例: 東青地域）"),
          office: text(LIMITS.name).describe("所管する地域県民局（例: 東青地域県民局）"),
        }),
      )
      .min(1)
      .superRefine(
        noRepeats<{ id: string }>((r) => (typeof r?.id === "string" ? r.id : undefined), (r, first) => `地域の id「${r.id}」は ${first} 番目と同じです。別の id にしてください`),
      )
      .describe("地域の一覧"),
    municipalities: z
      .array(
        z.strictObject({
          name: text(LIMITS.label).describe("市町村名（例: 青森市）"),
          id: z
            .string({
              error: (issue) =>
                issue.input === undefined
                  ? "市町村の id がありません。name の次の行に「id: hachinohe」のように、市町村名のローマ字を半角英小文字で書いてください（ページのアドレスに使います）"
                  : "id は hachinohe のように、市町村名のローマ字を半角英小文字で書いてください",
            })
            .regex(/^[a-z-]+$/, { error: "id は hachinohe のように、半角英小文字とハイフンだけで書いてください" })
            .refine((v) => v !== FINDER_SKIP, { error: `id に「${FINDER_SKIP}」は使えません（「3つの質問で探す」のページのアドレスで「指定なし」の意味に使っています）。市町村名のローマ字にしてください` })
            .describe("ページのアドレスに使うローマ字（例: hachinohe）。ほかの市町村と重ならないもの"),
          region: text(LIMITS.label).describe("属する地域（地域の一覧の記号）"),
          lat: z
            .number({ error: numberError("緯度（lat）", "40.824") })
            .min(40, { error: "緯度（lat）は青森県の範囲（40〜42）の数字にしてください" })
            .max(42, { error: "緯度（lat）は青森県の範囲（40〜42）の数字にしてください" })
            .describe("役場のおおよその緯度（例: 40.824）"),
          lon: z
            .number({ error: numberError("経度（lon）", "140.74") })
            .min(139, { error: "経度（lon）は青森県の範囲（139〜142）の数字にしてください" })
            .max(142, { error: "経度（lon）は青森県の範囲（139〜142）の数字にしてください" })
            .describe("役場のおおよその経度（例: 140.74）"),
        }),
      )
      .min(1)
      .superRefine(noRepeats<{ name: string }>((m) => m.name, (m, first) => `「${m.name}」は ${first} 番目と同じ市町村です。重なっている方を削除してください`))
      .superRefine(
        noRepeats<{ id: string; name: string }>(
          (m) => m.id,
          (m, first) => `「${m.name}」の id「${m.id}」は ${first} 番目の市町村と同じです。ほかと重ならないローマ字にしてください`,
        ),
      )
      .describe("市町村の一覧"),
    updated: isoDate.describe("このページの内容を最後に更新した日"),
  })
  .superRefine((areas, ctx) => {
    const ids = new Set(areas.regions.map((r) => r.id));
    areas.municipalities.forEach((m, i) => {
      if (!ids.has(m.region)) {
        ctx.addIssue({
          code: "custom",
          path: ["municipalities", i, "region"],
          message: `地域「${m.region}」は regions にありません。regions の id（${[...ids].join(", ")}）のどれかを書いてください`,
        });
      }
    });
  });

export type Areas = z.output<typeof areasSchema>;
export type Municipality = Areas["municipalities"][number];
