import type { Schedule } from "./schema";

export type Session = { date: string; weekday: string; venue: string; place: string };

/** Every session of a schedule with its venue; the schema has already parsed each date. */
export function sessionsOf(schedule: Schedule): Session[] {
  return schedule.venues.flatMap((v) => v.dates.map((d) => ({ date: d.date, weekday: d.weekday, venue: v.name, place: v.place })));
}

export { fiscalYearOf, formatJapaneseDate } from "./days";
