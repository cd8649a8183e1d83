import type { Schedule } from "./schema";

export type Session = { date: string; weekday: string; venue: string; place: string };

const DATED = /^(\d{4}-\d{2}-\d{2})\((.)\)$/;

/** The schema has already checked every date and weekday; this only splits them. */
export function sessionsOf(schedule: Schedule): Session[] {
  return schedule.venues.flatMap((v) =>
    v.dates.map((d) => {
      const m = DATED.exec(d);
      if (!m) throw new Error(`unchecked schedule date: ${d}`);
      return { date: m[1], weekday: m[2], venue: v.name, place: v.place };
    }),
  );
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
