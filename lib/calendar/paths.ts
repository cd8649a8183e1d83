import type { Program } from "@/lib/content/load";
import { sessionsOf, type Session } from "@/lib/content/schedule";
import type { Schedule } from "@/lib/content/schema";
import { programPath } from "@/lib/site/paths";

/**
 * Where each session's calendar file lives. Venue names are Japanese and may
 * change spelling, so the URL carries the venue's position (1-based) in the
 * schedule instead: /programs/<slug>/calendar/<venue>/<YYYY-MM-DD>.ics, and
 * all.ics for every session at one venue.
 */
export const ALL_SESSIONS_FILE = "all.ics";

export function venueNumber(schedule: Schedule, venueName: string): number {
  const i = schedule.venues.findIndex((v) => v.name === venueName);
  if (i < 0) throw new Error(`no venue named ${venueName} in schedule ${schedule.title}`);
  return i + 1;
}

export function sessionIcsPath(slug: string, venueNo: number, date: string): string {
  return `${programPath(slug)}/calendar/${venueNo}/${date}.ics`;
}

export function venueIcsPath(slug: string, venueNo: number): string {
  return `${programPath(slug)}/calendar/${venueNo}/${ALL_SESSIONS_FILE}`;
}

export type CalendarFile = { slug: string; venue: string; file: string };

/** Every calendar file the site serves: one per session and one per venue. */
export function calendarFiles(programs: Program[]): CalendarFile[] {
  return programs.flatMap((p) =>
    (p.schedule?.venues ?? []).flatMap((v, i) => [
      ...v.dates.map((d) => ({ slug: p.slug, venue: String(i + 1), file: `${d.date}.ics` })),
      { slug: p.slug, venue: String(i + 1), file: ALL_SESSIONS_FILE },
    ]),
  );
}

/** The sessions a calendar file holds, or undefined when the URL names none. */
export function sessionsForFile(program: Program, venue: string, file: string): Session[] | undefined {
  const schedule = program.schedule;
  const venueNo = Number(venue);
  if (!schedule || !Number.isInteger(venueNo) || venueNo < 1 || venueNo > schedule.venues.length) return undefined;
  const name = schedule.venues[venueNo - 1].name;
  const atVenue = sessionsOf(schedule).filter((s) => s.venue === name);
  if (file === ALL_SESSIONS_FILE) return atVenue;
  const one = atVenue.filter((s) => `${s.date}.ics` === file);
  return one.length ? one : undefined;
}
