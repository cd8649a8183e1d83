import type { Program } from "@/lib/content/model";
import { upcomingSessions } from "@/lib/content/schedule-status";
import type { Session } from "@/lib/content/schedule";
import type { Schedule } from "@/lib/content/schema";
import { programPath } from "@/lib/site/paths";

/**
 * Where each session's calendar file lives. Venue names are Japanese and may
 * change spelling, so the URL carries the venue's position (1-based) in the
 * schedule instead: /programs/<slug>/calendar/<venue>/<YYYY-MM-DD>.ics, and
 * all.ics for every session at one venue.
 *
 * A calendar file is offered only for a session that has not yet passed on
 * the day of the build (`today`): adding a past session to a calendar helps
 * nobody and reads as if it were still to come. A venue's all.ics holds its
 * sessions still to come, and exists only while it has one.
 */
export const ALL_SESSIONS_FILE = "all.ics";

export function venueNumber(schedule: Schedule, venueName: string): number {
  const i = schedule.venues.findIndex((v) => v.name === venueName);
  if (i < 0) throw new Error(`no venue named ${venueName} in schedule ${schedule.title}`);
  return i + 1;
}

export type CalendarFile = { slug: string; venue: string; file: string };

export function calendarFilePath(f: CalendarFile): string {
  return `${programPath(f.slug)}/calendar/${f.venue}/${f.file}`;
}

export function sessionIcsPath(slug: string, venueNo: number, date: string): string {
  return calendarFilePath({ slug, venue: String(venueNo), file: `${date}.ics` });
}

export function venueIcsPath(slug: string, venueNo: number): string {
  return calendarFilePath({ slug, venue: String(venueNo), file: ALL_SESSIONS_FILE });
}

/** Every calendar file the site serves on `today`: one per session still to come and one per venue that has one. */
export function calendarFiles(programs: Program[], today: string): CalendarFile[] {
  return programs.flatMap((p) => {
    if (!p.schedule) return [];
    const upcoming = upcomingSessions(p.schedule, today);
    return p.schedule.venues.flatMap((v, i) => {
      const dates = upcoming.filter((s) => s.venue === v.name).map((s) => s.date);
      const venue = String(i + 1);
      return dates.length ? [...dates.map((d) => ({ slug: p.slug, venue, file: `${d}.ics` })), { slug: p.slug, venue, file: ALL_SESSIONS_FILE }] : [];
    });
  });
}

/** The sessions a calendar file holds on `today`, or undefined when the URL names none (or only past ones). */
export function sessionsForFile(program: Program, venue: string, file: string, today: string): Session[] | undefined {
  const schedule = program.schedule;
  const venueNo = Number(venue);
  if (!schedule || !Number.isInteger(venueNo) || venueNo < 1 || venueNo > schedule.venues.length) return undefined;
  const name = schedule.venues[venueNo - 1].name;
  const atVenue = upcomingSessions(schedule, today).filter((s) => s.venue === name);
  const chosen = file === ALL_SESSIONS_FILE ? atVenue : atVenue.filter((s) => `${s.date}.ics` === file);
  return chosen.length ? chosen : undefined;
}
