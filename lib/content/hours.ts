import { z } from "zod";
import { noRepeats, repeatedValue, text, whenPresent } from "./fields";
import { LIMITS } from "./limits";

/**
 * Opening hours are entered once, as structure; the sentence visitors read
 * (`text`) is made from it here, so the two can never disagree and the
 * open-now status computes from exactly what the page says.
 */

/** Monday first, the order a Japanese office week is written in. */
export const OFFICE_WEEK = ["月", "火", "水", "木", "金", "土", "日"] as const;
export type Weekday = (typeof OFFICE_WEEK)[number];

/** Closures the open-now status can compute itself; anything else is a caveat (otherClosures). */
export const COMPUTABLE_CLOSURES = ["祝日", "年末年始"] as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (example: string) =>
  z
    .string({ error: whenPresent(`時刻は "${example}" のように、24時間制の 時:分 を半角で書いてください`) })
    .regex(HHMM, { error: (issue) => `時刻は "${example}" のように、24時間制の 時:分 を半角で書いてください（いまは「${String(issue.input)}」）` })
    .meta({ pattern: HHMM.source, examples: [example] });

const fields = {
  days: z
    .array(z.enum(OFFICE_WEEK, { error: "曜日は 月 火 水 木 金 土 日 のどれか1文字で書いてください" }))
    .min(1, { error: "曜日を1つ以上書くか、曜日が分からないときは days の行ごと削除してください" })
    .superRefine(noRepeats((d) => d, repeatedValue))
    .optional()
    .meta({ title: "受け付ける曜日", description: "出典に曜日がないときは書きません", examples: [["月", "火", "水", "木", "金"]] }),
  open: time("08:30").meta({ title: "受付開始の時刻" }),
  close: time("17:15").meta({ title: "受付終了の時刻" }),
  closedOn: z
    .array(
      z.enum(COMPUTABLE_CLOSURES, {
        error: "closedOn に書けるのは 祝日 と 年末年始 だけです。ほかの休業日（例: アスパム休館日）は otherClosures に書いてください",
      }),
    )
    .min(1, { error: "休業日を1つ以上書くか、closedOn の行ごと削除してください" })
    .superRefine(noRepeats((d) => d, repeatedValue))
    .optional()
    .meta({ title: "休業する日のうち、日付を計算できるもの", description: "祝日、年末年始" }),
  otherClosures: z
    .array(text(LIMITS.name).meta({ examples: ["アスパム休館日"] }))
    .min(1, { error: "休業日を1つ以上書くか、otherClosures の行ごと削除してください" })
    .superRefine(noRepeats((d) => d, repeatedValue))
    .optional()
    .meta({ title: "日付を計算できない休業日", description: "受付時間の表示に「…も休業」と出ます" }),
  note: text(LIMITS.note).optional().meta({ title: "受付時間の補足", examples: ["予約制"] }),
};

/** Hours as written, without the sentence made from them. */
export type HoursFields = Omit<z.output<typeof hoursInput>, "text">;

const hoursInput = z
  .strictObject({
    ...fields,
    text: z
      .never({
        error:
          "受付時間の表示（text）は days・open・close・closedOn・otherClosures から自動で作られるので、書けません。text の行を削除し、曜日は days、時刻は open と close、休業日は closedOn と otherClosures に書いてください",
      })
      .optional(),
  })
  .superRefine((h, ctx) => {
    if (h.close <= h.open) {
      ctx.addIssue({ code: "custom", path: ["close"], input: h.close, message: `終了の時刻（close: ${h.close}）は開始の時刻（open: ${h.open}）より後にしてください` });
    }
  });

export const hoursSchema = hoursInput
  .transform((h) => ({ ...h, text: hoursText(h) }))
  .pipe(z.strictObject({ ...fields, text: z.string().meta({ title: "受付時間の表示", description: "days・open・close などから自動で作る文" }) }));

export type Hours = z.output<typeof hoursSchema>;

const WEEKDAYS_MON_TO_FRI: readonly Weekday[] = ["月", "火", "水", "木", "金"];
/** 08:30 → 8:30, as times are shown. */
export const clock = (hhmm: string) => hhmm.replace(/^0/, "");
const sameDays = (a: readonly Weekday[], b: readonly Weekday[]) => a.length === b.length && a.every((d) => b.includes(d));

/**
 * 「平日 8:30～17:15（土日・祝日・年末年始は休業。アスパム休館日も休業）」.
 * 平日 is said only when holidays are closed too, since that is what the word
 * means to a reader; Monday to Friday without 祝日 is written 月～金.
 */
export function hoursText(h: HoursFields): string {
  const days = officeDays(h);
  const remarks = hoursRemarks(h);
  const when = days ? `${daysText(days, h.closedOn?.includes("祝日") ?? false)} ` : "";
  return `${when}${clock(h.open)}～${clock(h.close)}${remarks ? `（${remarks}）` : ""}`;
}

/** The days, in office-week order, or undefined when the source names none. */
export const officeDays = (h: Pick<HoursFields, "days">): Weekday[] | undefined => (h.days ? OFFICE_WEEK.filter((d) => h.days?.includes(d)) : undefined);

/**
 * What the sentence says beside the days and times: 「土日・祝日・年末年始は休業。
 * アスパム休館日も休業。予約制」, or undefined. The open data carries it where
 * a format has a place for exceptions (the standard dataset's 特記事項, an
 * HSDS schedule's notes).
 */
export function hoursRemarks(h: HoursFields): string | undefined {
  const days = officeDays(h);
  const closed = [...(days ? daysOff(days) : []), ...(h.closedOn ?? [])];
  const remarks = [
    closed.length ? `${closed.join("・")}は休業` : undefined,
    h.otherClosures?.length ? `${h.otherClosures.join("・")}${closed.length ? "も" : "は"}休業` : undefined,
    h.note,
  ].filter(Boolean);
  return remarks.length ? remarks.join("。") : undefined;
}

function daysText(days: Weekday[], holidaysClosed: boolean): string {
  if (sameDays(days, WEEKDAYS_MON_TO_FRI) && holidaysClosed) return "平日";
  if (days.length === OFFICE_WEEK.length) return "毎日";
  const first = OFFICE_WEEK.indexOf(days[0]);
  const contiguous = days.every((d, i) => OFFICE_WEEK.indexOf(d) === first + i);
  return contiguous && days.length >= 3 ? `${days[0]}～${days[days.length - 1]}` : days.join("・");
}

function daysOff(days: Weekday[]): string[] {
  const off = OFFICE_WEEK.filter((d) => !days.includes(d));
  if (off.length === 0) return [];
  if (sameDays(off, ["土", "日"])) return ["土日"];
  return [`${off.join("・")}曜`];
}
