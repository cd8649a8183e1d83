import holidayJp from "@holiday-jp/holiday_jp";
import type { Hours } from "../../lib/content/hours";

/**
 * What the open-now line must say, worked out here from the content's hours
 * and the national holiday table, independently of lib/hours/open-status.ts:
 * the tests compare the two. Days are Japan-time "YYYY-MM-DD" strings.
 */

const WEEKDAYS = "日月火水木金土";

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const weekdayOf = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
const holidays: Record<string, { name: string }> = holidayJp.holidays;
export const isNationalHoliday = (iso: string) => iso in holidays;
export const japanInstant = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+09:00`);
export const japanToday = (now = new Date()) => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
/** Every national holiday the data set knows, for a page or component that is handed the list. */
export const allHolidays = () => Object.keys(holidays);

/** Hours that name their weekdays, so a status can be computed. */
export type TimedHours = Hours & { days: NonNullable<Hours["days"]> };
export const isTimed = (h: Hours | undefined): h is TimedHours => !!h?.days?.length;

/**
 * Does the desk take calls on this day, as its content reads: its weekdays;
 * not on a national holiday when closedOn has 祝日; not from 12/29 to 1/3
 * when it has 年末年始.
 */
export function takesCallsOn(h: TimedHours, iso: string): boolean {
  const closedOn = (h.closedOn ?? []) as string[];
  if (!(h.days as string[]).includes(weekdayOf(iso))) return false;
  if (isNationalHoliday(iso) && closedOn.includes("祝日")) return false;
  const md = iso.slice(5);
  if (closedOn.includes("年末年始") && (md >= "12-29" || md <= "01-03")) return false;
  return true;
}

export function firstDay(from: string, test: (iso: string) => boolean, limit = 800): string {
  for (let i = 0; i < limit; i++) if (test(addDays(from, i))) return addDays(from, i);
  throw new Error(`no such day within ${limit} days of ${from}`);
}

/** Closures no calendar can compute (a building's own closing days): named, not guessed. */
const caveats = (h: TimedHours) => h.otherClosures ?? [];
const except = (h: TimedHours) => (caveats(h).length ? `。${caveats(h).join("・")}を除く` : "");
const clock = (hhmm: string) => hhmm.replace(/^0/, "");

/** The line at this day and time: 受付中（17:15まで） or 受付時間外（次は … 8:30 から）. */
export function expectedStatus(h: TimedHours, iso: string, hhmm: string): string {
  const callsToday = takesCallsOn(h, iso);
  if (callsToday && hhmm >= h.open && hhmm < h.close) return `受付中（${clock(h.close)}まで${except(h)}）`;
  const next = callsToday && hhmm < h.open ? iso : firstDay(addDays(iso, 1), (d) => takesCallsOn(h, d));
  const [, m, d] = next.split("-").map(Number);
  const when = next === iso ? "今日" : next === addDays(iso, 1) ? "明日" : `${m}/${d}（${weekdayOf(next)}）`;
  return `受付時間外（次は ${when} ${clock(h.open)} から${except(h)}）`;
}

/** The minute before, as "HH:MM". */
export const minuteBefore = (hhmm: string) => {
  const t = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) - 1;
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
};

/**
 * Moments that tell a right status from a wrong one, found from `from` on:
 * a working day at opening, a minute before, at closing; a national holiday
 * on one of the desk's weekdays; 12/30; a day of the week it never opens.
 */
export function telltaleMoments(h: TimedHours, from: string): { label: string; iso: string; hhmm: string }[] {
  const working = firstDay(addDays(from, 1), (d) => takesCallsOn(h, d));
  // a holiday away from 年末年始, so the two closures are told apart
  const holiday = firstDay(from, (d) => isNationalHoliday(d) && (h.days as string[]).includes(weekdayOf(d)) && d.slice(5) > "01-03" && d.slice(5) < "12-29");
  const yearEnd = firstDay(from, (d) => d.slice(5) === "12-30");
  const moments = [
    { label: "a working day at opening time", iso: working, hhmm: h.open },
    { label: "a minute before opening", iso: working, hhmm: minuteBefore(h.open) },
    { label: "at closing time", iso: working, hhmm: h.close },
    { label: `a national holiday (${holidays[holiday].name})`, iso: holiday, hhmm: h.open },
    { label: "12/30", iso: yearEnd, hhmm: h.open },
  ];
  if (h.days.length < 7) moments.push({ label: "a day of the week it never opens", iso: firstDay(from, (d) => !(h.days as string[]).includes(weekdayOf(d))), hhmm: h.open });
  return moments;
}
