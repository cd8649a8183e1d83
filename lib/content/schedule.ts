import type { Schedule } from "./schema";

export type Session = { date: string; weekday: string; venue: string; place: string };

/** Every session of a schedule with its venue; the schema has already parsed each date. */
export function sessionsOf(schedule: Schedule): Session[] {
  return schedule.venues.flatMap((v) => v.dates.map((d) => ({ date: d.date, weekday: d.weekday, venue: v.name, place: v.place })));
}

export function formatJapaneseDate(isoDay: string, weekday?: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return `${y}年${m}月${d}日${weekday ? `（${weekday}）` : ""}`;
}

/** 4月 to 3月: the Japanese fiscal year a date belongs to. */
export function fiscalYearOf(isoDay: string): number {
  const [y, m] = isoDay.split("-").map(Number);
  return m >= 4 ? y : y - 1;
}
