import { sessionsOf, type Session } from "./schedule";
import type { Schedule } from "./schema";

/** Per venue: which sessions are past and which one is next, as of a Japan-time day. */
export type VenueStatus = { venue: string; next?: Session; past: Set<string> };

export function scheduleStatus(schedule: Schedule, todayIso: string): { venues: VenueStatus[]; finished: boolean } {
  const sessions = sessionsOf(schedule);
  const venues = schedule.venues.map((v) => {
    const own = sessions.filter((s) => s.venue === v.name).sort((a, b) => a.date.localeCompare(b.date));
    return {
      venue: v.name,
      next: own.find((s) => s.date >= todayIso),
      past: new Set(own.filter((s) => s.date < todayIso).map((s) => s.date)),
    };
  });
  return { venues, finished: venues.every((v) => !v.next) };
}

export function japanToday(now: Date): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
