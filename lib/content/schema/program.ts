import { z } from "zod";
import { BUSINESS_TYPE_KEYS, BUSINESS_TYPES } from "../business-types";
import { shown } from "../characters";
import { DAY_NAMES, distinct, httpUrl, isoDate, isRealDate, noRepeats, text, weekdayOf, whenPresent } from "../fields";
import { hoursSchema } from "../hours";
import { keysWithLabels } from "../labelled";
import { LIMITS } from "../limits";
import { latestReview } from "../reviews";
import { reviewSchema } from "./review";
import { channelsConfirmed, confirmationSchema, deskEmail, deskForm, faxIsNotATel, faxNumber, ordinal, sourceFields, telList, updated, words } from "./shared";
import { easyText, englishSchema } from "./translations";

/**
 * A program (content/programs/<slug>.md): what it offers, whom to call, where,
 * when. Every object is strict so that a misspelt key is reported, not
 * ignored. Rules that need more than one file (a need that exists, a number
 * that is in the source) are in load.ts and the modules it calls.
 */

export const CONTACT_ROLES = ["担当窓口", "申込先", "問い合わせ先", "事務局"] as const;

const hours = hoursSchema.optional().meta({ title: "受付時間", reviewable: true });

export const contactSchema = z
  .strictObject({
    role: z
      .enum(CONTACT_ROLES, { error: `role には ${CONTACT_ROLES.join("・")} のどれかを書いてください（省略すると担当窓口）` })
      .default("担当窓口")
      .meta({ title: "この連絡先の役割", reviewable: true }),
    organization: text(LIMITS.name).meta({ title: "組織", examples: ["青森県商工労働部", "公益財団法人２１あおもり産業総合支援センター"], reviewable: true }),
    department: text(LIMITS.name).optional().meta({ title: "課・部署", examples: ["地域産業課"], reviewable: true }),
    group: text(LIMITS.name).optional().meta({ title: "グループ", examples: ["創業支援グループ"], reviewable: true }),
    location: text(LIMITS.name).optional().meta({ title: "どこの中にある窓口か", examples: ["２１あおもり産業総合支援センター内"], reviewable: true }),
    tel: telList,
    fax: faxNumber,
    email: deskEmail,
    form: deskForm,
    hours,
    note: text(LIMITS.note).optional().meta({ title: "補足", examples: ["要予約"], reviewable: true }),
    confirmed: confirmationSchema.optional(),
  })
  .superRefine(faxIsNotATel)
  .superRefine(channelsConfirmed)
  .meta({ title: "担当窓口" });

const municipality = text(LIMITS.label).optional().meta({ title: "市町村", examples: ["青森市"], reviewable: true });

export const officeSchema = z
  .strictObject({
    name: text(LIMITS.name).meta({ title: "事務所・会場の名前", reviewable: true }),
    address: text(LIMITS.note).optional().meta({ title: "所在地", reviewable: true }),
    municipality,
    hours,
    tel: telList.optional(),
    fax: faxNumber,
    email: deskEmail,
    form: deskForm,
    note: text(LIMITS.note).optional().meta({ title: "補足", reviewable: true }),
    confirmed: confirmationSchema.optional(),
  })
  .superRefine(faxIsNotATel)
  .superRefine(channelsConfirmed)
  .meta({ title: "事務所・会場" });

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
  .meta({ title: "開催日", pattern: "^\\d{4}-\\d{2}-\\d{2}(\\([日月火水木金土]\\))?$", examples: ["2023-04-20"] })
  .transform((value) => ({ date: value.slice(0, 10), weekday: weekdayOf(value.slice(0, 10)) }))
  .pipe(
    z.strictObject({
      date: z.string().meta({ title: "開催日", description: "YYYY-MM-DD" }),
      weekday: z.enum(DAY_NAMES).meta({ title: "曜日", description: "日付から計算" }),
    }),
  );

export type SessionDate = z.output<typeof scheduleDate>;

/** One district's sessions: where, and on which days. */
const venueSchema = z
  .strictObject({
    name: text(LIMITS.name).meta({ title: "開催地区", examples: ["青森地区"] }),
    place: text(LIMITS.name).meta({ title: "開催場所" }),
    municipality,
    dates: z
      .array(scheduleDate)
      .min(1, { error: "開催日を1つ以上書いてください（例: - 2023-04-20）" })
      .superRefine(noRepeats<SessionDate>((d) => (typeof d === "object" ? d.date : undefined), (d, first) => `${d.date} は ${first} 番目の開催日と同じです。重なっている方の行を削除してください`))
      .meta({ title: "開催日の一覧" }),
  })
  .meta({ title: "開催地区", reviewable: true });

export const scheduleSchema = z.strictObject({
  title: text(LIMITS.name).meta({ title: "日程表の見出し", reviewable: true }),
  note: text(LIMITS.note).optional().meta({ title: "日程についての注記", examples: ["開催日は変更になる場合があります"], reviewable: true }),
  venues: z
    .array(venueSchema)
    .min(1, { error: "開催地区を1つ以上書いてください" })
    .superRefine(
      noRepeats<{ name: string }>(
        (v) => (typeof v?.name === "string" ? v.name : undefined),
        (v, first) => `開催地区「${v.name}」は ${first} 番目と同じです。日付は1つの開催地区の dates にまとめてください`,
      ),
    )
    .meta({ title: "開催地区の一覧" }),
});

export const linkSchema = z.strictObject({
  label: text(LIMITS.name).meta({ title: "リンクの文言", reviewable: true }),
  url: httpUrl.meta({ title: "URL", reviewable: true }),
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

export const programSchema = z.strictObject({
  title: text(LIMITS.title).meta({ title: "制度名", description: "ガイドブックの見出し", reviewable: true }),
  summary: text(LIMITS.summary).meta({ title: "事業者向けの一行の説明", reviewable: true }),
  easy: easyText,
  en: englishSchema,
  categories: distinct(text(LIMITS.slug), { error: whenPresent("categories は「- startup」のように、困りごとのファイル名を一覧で書いてください") })
    .min(1, { error: "困りごと（categories）を1つ以上選んでください" })
    .meta({ title: "この制度が当てはまる困りごと", written: "content/needs/ のファイル名" }),
  businessTypes: distinct(z.enum(BUSINESS_TYPE_KEYS, { error: `businessTypes に書けるのは ${keysWithLabels(BUSINESS_TYPES)} です` }))
    .min(1, { error: "業種を1つ以上書くか、businessTypes の行ごと削除してください" })
    .optional()
    .meta({ title: "この制度を使える業種が限られるときだけ、その業種", description: "出典にそう書いてあるときだけ", reviewable: true }),
  words,
  audience: text(LIMITS.note).optional().meta({ title: "対象者", reviewable: true }),
  cost: text(LIMITS.note).optional().meta({ title: "費用・経費負担", reviewable: true }),
  status: text(LIMITS.name).optional().meta({ title: "募集状況", examples: ["現在募集中"], reviewable: true }),
  details: z
    .array(
      z.strictObject({
        label: text(LIMITS.name).meta({ title: "項目名", examples: ["派遣回数"] }),
        value: text(LIMITS.note).meta({ title: "内容" }),
      }).meta({ title: "概要表の項目", reviewable: true }),
    )
    .superRefine(
      noRepeats<{ label: string }>(
        (d) => (typeof d?.label === "string" ? d.label : undefined),
        (d, first) => `項目名「${d.label}」は ${first} 番目と同じです。内容を1つにまとめるか、項目名を変えてください`,
      ),
    )
    .optional()
    .meta({ title: "概要表に載せるその他の項目" }),
  contacts: z.array(contactSchema).min(1, { error: "担当窓口（contacts）を1つ以上書いてください" }).meta({ title: "担当窓口の一覧" }),
  offices: z.array(officeSchema).optional().meta({ title: "事務所・会場の一覧" }),
  officesTitle: text(LIMITS.name).optional().meta({ title: "事務所・会場の表の見出し" }),
  schedule: scheduleSchema.optional().meta({ title: "日程表" }),
  links: z
    .array(linkSchema)
    .superRefine(noRepeats(sameUrl, (l, first) => `このリンク先は ${first} 番目のリンクと同じです（${shown(String(l.url), 80)}）。重なっている方を削除してください`))
    .optional()
    .meta({ title: "関連リンク" }),
  related: distinct(text(LIMITS.slug)).optional().meta({ title: "関連する制度", written: "拡張子 .md を除いた制度のファイル名" }),
  updated,
  reviews: z.array(reviewSchema).optional().meta({ title: "この内容を確認しました（確認の記録）" }),
  nextReview: isoDate.optional().meta({ title: "次に確認する日", description: "省略すると、最後に確認した年度の次の年度の4月1日" }),
  source: z
    .strictObject({
      ...sourceFields,
      number: ordinal("number", "ガイドブックの項目番号", "14").meta({ title: "ガイドブックの項目番号" }),
    })
    .meta({ title: "出典" }),
}).superRefine((p, ctx) => {
  const last = latestReview(p.reviews);
  if (p.nextReview && last && p.nextReview <= last.date) {
    ctx.addIssue({
      code: "custom",
      path: ["nextReview"],
      input: p.nextReview,
      message: `次に確認する日（nextReview: ${p.nextReview}）が、最後の確認（${last.date}）より前です。確認した日より後の日を書くか、nextReview の行を削除してください（削除すると、次の年度の4月1日になります）`,
    });
  }
});

export type ProgramFrontMatter = z.output<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Office = z.output<typeof officeSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
