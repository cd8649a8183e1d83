import { z } from "zod";
import { CATEGORY_SLUGS } from "./categories";
import { checkJapanesePhone } from "./phone";

/**
 * The one description of what a program file may contain. Types for the pages,
 * the build-time checks and the editor's JSON Schema all come from here.
 * Every object is strict so that a misspelt key is reported, not ignored.
 */

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"] as const;

const text = z
  .string({ error: "文字列で書いてください" })
  .trim()
  .min(1, { error: "空欄にはできません" });

const phoneNumber = z
  .string({
    error: (issue) =>
      typeof issue.input === "number"
        ? "電話番号は 017-734-9243 のようにハイフンを入れて書いてください（ハイフンがないと先頭の 0 が消えてしまいます）"
        : "電話番号を書いてください（例: 017-734-9243）",
  })
  .superRefine((value, ctx) => {
    const result = checkJapanesePhone(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.hasSuggestion ? result.reason : `${result.reason}（例: 017-734-9243）` });
  })
  // For the editor's JSON Schema; the full check above is libphonenumber's.
  .meta({ pattern: "^0\\d{1,4}-\\d{1,4}-\\d{3,4}$", examples: ["017-734-9243"] });

const isoDate = z
  .string({ error: "日付は YYYY-MM-DD の形で書いてください（例: 2026-11-24）" })
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "日付は YYYY-MM-DD の形で書いてください（例: 2026-11-24）" });
    } else if (!isRealDate(value)) {
      ctx.addIssue({ code: "custom", message: "存在しない日付です。月と日を確かめてください" });
    }
  })
  .meta({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", examples: ["2026-11-24"] });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2023-04-20(木)": the weekday is kept beside the date so that a typo in either is caught. */
export const datedWeekday = z
  .string({ error: "日付は YYYY-MM-DD(曜日) の形で書いてください（例: 2023-04-20(木)）" })
  .superRefine((value, ctx) => {
    const m = /^(\d{4}-\d{2}-\d{2})\(([日月火水木金土])\)$/.exec(value);
    if (!m) {
      ctx.addIssue({
        code: "custom",
        message: "日付は YYYY-MM-DD(曜日) の形で、括弧と曜日は半角の ( ) と一文字で書いてください（例: 2023-04-20(木)）",
      });
      return;
    }
    if (!isRealDate(m[1])) {
      ctx.addIssue({ code: "custom", message: `${m[1]} は存在しない日付です` });
      return;
    }
    const actual = weekdayOf(m[1]);
    if (actual !== m[2]) {
      ctx.addIssue({
        code: "custom",
        message: `${m[1]} は${actual}曜日です（${m[2]}曜日ではありません）。日付か曜日を確かめてください`,
      });
    }
  })
  .meta({ pattern: "^\\d{4}-\\d{2}-\\d{2}\\([日月火水木金土]\\)$", examples: ["2023-04-20(木)"] });

export function weekdayOf(isoDay: string): (typeof WEEKDAYS)[number] {
  const [y, m, d] = isoDay.split("-").map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

const httpUrl = z
  .string({ error: "URL を文字列で書いてください" })
  .superRefine((value, ctx) => {
    if (/\s/.test(value)) {
      ctx.addIssue({ code: "custom", message: "URL に空白が入っています。空白を取り除いてください" });
      return;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "URL の形式ではありません（例: https://www.pref.aomori.lg.jp/）" });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: "URL は https:// か http:// で始めてください" });
    }
  })
  .meta({ format: "uri", pattern: "^https?://\\S+$" });

/**
 * Words and short phrases owners use for a problem (「ガス代」「後継ぎがいない」).
 * Two entries that differ only in full/half width or letter case are the
 * same word to the search, so they count as duplicates.
 */
export const wordList = z
  .array(
    text.max(40, { error: "ことばは40字以内にしてください（長い文は、事業者が実際に打ちそうな短い言い方に分けてください）" }),
    { error: "words は「- ことば」の行を並べた一覧で書いてください" },
  )
  .superRefine((words, ctx) => {
    const seen = new Map<string, number>();
    words.forEach((w, i) => {
      const key = w.normalize("NFKC").toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: "custom", path: [i], message: `「${w}」は words[${first}]（「${words[first]}」）と同じことばです（全角・半角、大文字・小文字の違いは同じことばとみなします）。どちらかを削除してください` });
    });
  });

export const phoneSchema = z.strictObject({
  number: phoneNumber.describe("電話番号（例: 017-734-9243）"),
  // Staff naturally write `extension: 641`; YAML makes that a number, which is fine.
  extension: z
    .union([z.string(), z.number()], { error: "内線番号は半角数字で書いてください（例: 641）" })
    .transform((v) => String(v))
    .pipe(z.string().regex(/^\d{1,6}$/, { error: "内線番号は半角数字だけで書いてください（例: 641）" }))
    .optional()
    .describe("内線番号（数字のみ）"),
  label: text.optional().describe("この番号でつながる相手（例: 黒石市商工課）"),
  note: text.optional().describe("補足（例: 直通）"),
});

export const hoursSchema = z.strictObject({
  text: text.describe("受付時間の表示（例: 平日 8:30～17:15）"),
  days: z
    .array(z.enum(["月", "火", "水", "木", "金", "土", "日"], { error: "曜日は 月 火 水 木 金 土 日 のいずれかです" }))
    .min(1)
    .optional()
    .describe("受け付ける曜日"),
  open: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "時刻は 08:30 のように24時間制で書いてください" })
    .optional(),
  close: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "時刻は 17:15 のように24時間制で書いてください" })
    .optional(),
  closed: z.array(text).optional().describe("休業日（例: 土日祝日、年末年始）"),
});

export const contactSchema = z.strictObject({
  role: z
    .enum(["担当窓口", "申込先", "問い合わせ先", "事務局"], {
      error: "role は 担当窓口・申込先・問い合わせ先・事務局 のいずれかです",
    })
    .default("担当窓口")
    .describe("この連絡先の役割"),
  organization: text.describe("組織（例: 青森県商工労働部、公益財団法人２１あおもり産業総合支援センター）"),
  department: text.optional().describe("課・部署（例: 地域産業課）"),
  group: text.optional().describe("グループ（例: 創業支援グループ）"),
  location: text.optional().describe("どこの中にある窓口か（例: ２１あおもり産業総合支援センター内）"),
  tel: z.array(phoneSchema, { error: "tel は電話番号の一覧です" }).min(1, { error: "電話番号を1つ以上書いてください" }),
  fax: phoneNumber.optional().describe("FAX 番号"),
  hours: hoursSchema.optional(),
  note: text.optional().describe("補足（例: 要予約）"),
});

export const officeSchema = z.strictObject({
  name: text.describe("事務所・会場の名前"),
  address: text.optional().describe("所在地"),
  municipality: text.optional().describe("市町村（例: 青森市）"),
  hours: hoursSchema.optional(),
  tel: z.array(phoneSchema).optional(),
  fax: phoneNumber.optional(),
  note: text.optional(),
});

export const scheduleSchema = z.strictObject({
  title: text.describe("日程表の見出し"),
  note: text.optional(),
  venues: z
    .array(
      z.strictObject({
        name: text.describe("開催地区（例: 青森地区）"),
        place: text.describe("開催場所"),
        municipality: text.optional(),
        dates: z.array(datedWeekday).min(1, { error: "日付を1つ以上書いてください" }),
      }),
    )
    .min(1),
});

export const linkSchema = z.strictObject({
  label: text.describe("リンクの文言"),
  url: httpUrl.describe("URL"),
});

export const programSchema = z.strictObject({
  title: text.describe("制度名（ガイドブックの見出し）"),
  summary: text
    .max(120, { error: "summary は120字以内の一文にしてください" })
    .describe("事業者向けの一行の説明"),
  categories: z
    .array(
      z.enum(CATEGORY_SLUGS, {
        error: `categories に使えるのは ${CATEGORY_SLUGS.join(", ")} です`,
      }),
    )
    .min(1, { error: "困りごと（categories）を1つ以上選んでください" })
    .describe("この制度が当てはまる困りごと"),
  words: wordList.optional().describe("事業者が使うことば（検索に使います）"),
  audience: text.optional().describe("対象者"),
  cost: text.optional().describe("費用・経費負担"),
  status: text.optional().describe("募集状況（例: 現在募集中）"),
  details: z
    .array(z.strictObject({ label: text, value: text }))
    .optional()
    .describe("概要表に載せるその他の項目（例: 派遣回数）"),
  contacts: z.array(contactSchema).min(1, { error: "担当窓口（contacts）を1つ以上書いてください" }),
  offices: z.array(officeSchema).optional(),
  officesTitle: text.optional().describe("事務所・会場の表の見出し"),
  schedule: scheduleSchema.optional(),
  links: z.array(linkSchema).optional(),
  related: z.array(text).optional().describe("関連する制度のファイル名（拡張子なし）"),
  lastChecked: isoDate.describe("この内容を最後に確認した日"),
  source: z.strictObject({
    document: text.describe("出典の資料名"),
    section: text.describe("章（例: Ⅲ 情報提供・相談・専門家派遣等）"),
    number: z.number({ error: "number はガイドブックの項目番号（数字）です" }).int().positive(),
  }),
});

export type ProgramFrontMatter = z.infer<typeof programSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;

/** The consultation flow chart: stages read top to bottom, each with one or more boxes. */
export const flowSchema = z.strictObject({
  title: text,
  summary: text,
  stages: z
    .array(
      z.strictObject({
        boxes: z
          .array(
            z.strictObject({
              title: text,
              items: z.array(text).optional(),
            }),
          )
          .min(1),
        relation: text.optional().describe("同じ段の箱どうしの関係（例: 連携）"),
      }),
    )
    .min(2),
  lastChecked: isoDate,
  source: z.strictObject({ document: text, section: text }),
});

export type FlowFrontMatter = z.infer<typeof flowSchema>;

/** Aomori's municipalities and the regional areas they belong to: one list, used to order offices by distance. */
export const areasSchema = z
  .strictObject({
    title: text,
    regions: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z]+$/, { error: "id は半角英小文字で書いてください" }), name: text, office: text }))
      .min(1),
    municipalities: z
      .array(
        z.strictObject({
          name: text.describe("市町村名（例: 青森市）"),
          region: text.describe("regions の id"),
          lat: z.number({ error: "緯度を数値で書いてください" }).min(40).max(42),
          lon: z.number({ error: "経度を数値で書いてください" }).min(139).max(142),
        }),
      )
      .min(1),
    lastChecked: isoDate,
  })
  .superRefine((areas, ctx) => {
    const ids = new Set(areas.regions.map((r) => r.id));
    const seen = new Set<string>();
    areas.municipalities.forEach((m, i) => {
      if (!ids.has(m.region)) {
        ctx.addIssue({ code: "custom", path: ["municipalities", i, "region"], message: `地域「${m.region}」は regions にありません（使える id: ${[...ids].join(", ")}）` });
      }
      if (seen.has(m.name)) ctx.addIssue({ code: "custom", path: ["municipalities", i, "name"], message: `「${m.name}」が2回書かれています` });
      seen.add(m.name);
    });
  });

export type Areas = z.infer<typeof areasSchema>;
export type Municipality = Areas["municipalities"][number];
