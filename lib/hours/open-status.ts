import type { Hours } from "@/lib/content/hours";

/**
 * Whether a desk is taking calls now, in Japan time. Runs in the visitor's
 * browser (the pages are static, so the server cannot know "now").
 *
 * What the content says is taken literally: the weekdays and times given,
 * national holidays closed when `closedOn` has 祝日, 12/29–1/3 when it has
 * 年末年始. Closures we cannot compute (`otherClosures`, a building's own
 * 休館日) are passed back so the page can say "except …" instead of pretending to know.
 */
export type OpenStatus =
  | { state: "open"; closesAt: string; caveats: string[] }
  | { state: "closed"; next?: { date: string; weekday: string; time: string; isToday: boolean; isTomorrow: boolean }; caveats: string[] }
  | { state: "unknown" };

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"] as const;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000; // Japan has no daylight saving time

type Day = { iso: string; weekday: (typeof WEEKDAYS)[number]; minutes: number };

function japanDay(t: number): Day {
  const d = new Date(t + JST_OFFSET_MS);
  const iso = d.toISOString().slice(0, 10);
  return { iso, weekday: WEEKDAYS[d.getUTCDay()], minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isNewYearHoliday(iso: string): boolean {
  const md = iso.slice(5);
  return md >= "12-29" || md <= "01-03";
}

export function openStatus(hours: Omit<Hours, "text">, now: Date, holidays: ReadonlySet<string>): OpenStatus {
  if (!hours.days?.length) return { state: "unknown" };
  const holidaysClosed = hours.closedOn?.includes("祝日") ?? false;
  const newYearClosed = hours.closedOn?.includes("年末年始") ?? false;
  const caveats = hours.otherClosures ?? [];
  const open = toMinutes(hours.open);
  const close = toMinutes(hours.close);

  const isOpenDay = (d: Day) =>
    (hours.days ?? []).includes(d.weekday) && !(holidaysClosed && holidays.has(d.iso)) && !(newYearClosed && isNewYearHoliday(d.iso));

  const today = japanDay(now.getTime());
  if (isOpenDay(today) && today.minutes >= open && today.minutes < close) {
    return { state: "open", closesAt: hours.close, caveats };
  }
  for (let i = 0; i <= 14; i++) {
    const day = japanDay(now.getTime() + i * 24 * 60 * 60 * 1000);
    if (!isOpenDay(day) || (i === 0 && today.minutes >= open)) continue;
    return {
      state: "closed",
      next: { date: day.iso, weekday: day.weekday, time: hours.open, isToday: i === 0, isTomorrow: i === 1 },
      caveats,
    };
  }
  return { state: "closed", caveats };
}

/** 「受付中（17:15まで）」/「受付時間外（次は 月曜 8:30 から）」 */
export function describeOpenStatus(s: OpenStatus): string | undefined {
  const time = (hhmm: string) => hhmm.replace(/^0/, "");
  const except = (c: string[]) => (c.length ? `。${c.join("・")}を除く` : "");
  if (s.state === "unknown") return undefined;
  if (s.state === "open") return `受付中（${time(s.closesAt)}まで${except(s.caveats)}）`;
  if (!s.next) return "受付時間外";
  const when = s.next.isToday ? "今日" : s.next.isTomorrow ? "明日" : `${Number(s.next.date.slice(5, 7))}/${Number(s.next.date.slice(8))}（${s.next.weekday}）`;
  return `受付時間外（次は ${when} ${time(s.next.time)} から${except(s.caveats)}）`;
}
