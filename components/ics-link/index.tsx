import { sessionIcsPath, venueIcsPath, venueNumber } from "@/lib/calendar/paths";
import { formatJapaneseDate, type Session } from "@/lib/content/schedule";
import type { Schedule } from "@/lib/content/schema";

const LINK_CLASS = "inline-flex min-h-11 items-center text-sm";
/** A calendar link is no use on paper, whatever the caller's classes say. */
const classes = (className: string) => `${className} print:hidden`;

/**
 * One session as a calendar file. The visible text is the same on every row,
 * so the accessible name adds the date and venue the row shows beside it;
 * a screen reader's list of links then tells the sessions apart.
 */
export function IcsLink({ slug, schedule, session, className = LINK_CLASS }: { slug: string; schedule: Schedule; session: Session; className?: string }) {
  const when = formatJapaneseDate(session.date, session.weekday);
  return (
    <a
      href={sessionIcsPath(slug, venueNumber(schedule, session.venue), session.date)}
      aria-label={`${when} ${session.venue}の予定をカレンダーに追加（.ics）`}
      className={classes(className)}
    >
      カレンダーに追加
    </a>
  );
}

/** Every session at one venue in a single calendar file. */
export function VenueIcsLink({ slug, schedule, venue, className = LINK_CLASS }: { slug: string; schedule: Schedule; venue: string; className?: string }) {
  return (
    <a href={venueIcsPath(slug, venueNumber(schedule, venue))} aria-label={`${venue}の全日程をカレンダーに追加（.ics）`} className={classes(className)}>
      全日程をカレンダーに追加
    </a>
  );
}
