import { fiscalYearOf, sessionsOf, type Session } from "./schedule";
import type { Schedule } from "./schema";

/** Per venue: which sessions are past and which one is next, as of a Japan-time day. */
export type VenueStatus = { venue: string; next?: Session; past: Set<string> };

export type ScheduleStatus = {
  venues: VenueStatus[];
  /** Every session is past. */
  finished: boolean;
  /** The schedule is for a fiscal year that has ended: none of it is "this year's", and nothing in it is "next". */
  pastYear: boolean;
  /** The fiscal year the schedule is for (that of its last session). */
  fiscalYear: number;
};

/** The fiscal year a schedule is for: a guidebook's schedule runs April to March, so its last session names it. */
export function scheduleFiscalYear(schedule: Schedule): number {
  return Math.max(...sessionsOf(schedule).map((s) => fiscalYearOf(s.date)));
}

export function scheduleStatus(schedule: Schedule, todayIso: string): ScheduleStatus {
  const sessions = sessionsOf(schedule);
  const fiscalYear = scheduleFiscalYear(schedule);
  const pastYear = fiscalYear < fiscalYearOf(todayIso);
  const venues = schedule.venues.map((v) => {
    const own = sessions.filter((s) => s.venue === v.name).sort((a, b) => a.date.localeCompare(b.date));
    return {
      venue: v.name,
      next: pastYear ? undefined : own.find((s) => s.date >= todayIso),
      past: new Set(own.filter((s) => s.date < todayIso).map((s) => s.date)),
    };
  });
  return { venues, finished: venues.every((v) => v.past.size === sessions.filter((s) => s.venue === v.venue).length), pastYear, fiscalYear };
}

/** Sessions still to come on a Japan-time day (that day's included): the only ones a calendar file is offered for. */
export function upcomingSessions(schedule: Schedule, todayIso: string): Session[] {
  return sessionsOf(schedule).filter((s) => s.date >= todayIso);
}

export function japanToday(now: Date): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
