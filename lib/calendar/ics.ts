/**
 * iCalendar (RFC 5545) for dated sessions. The source gives dates without
 * times, so every event is an all-day DATE event marked TRANSPARENT: it
 * reminds, but does not block the whole day in the visitor's calendar.
 */
export type IcsEvent = {
  /** Globally unique and stable across rebuilds, so re-importing updates rather than duplicates. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
};

export type IcsCalendar = {
  /** Shown by some calendar apps as the calendar's name. */
  name?: string;
  /** When the information was produced, as YYYY-MM-DD; becomes every event's DTSTAMP. */
  stamp: string;
  events: IcsEvent[];
};

const PRODID = "-//aomori-shien-navi//shien-navi//JA";

/** TEXT values: backslash first, so the escapes added after it are not doubled. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are split and continued with a leading space.
 * The limit is in UTF-8 octets, not characters, and a split must never fall
 * inside a character: a kanji is three octets, an emoji four.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (isoDay: string) => isoDay.replace(/-/g, "");

function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export function icsCalendar(calendar: IcsCalendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const e of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${compactDate(calendar.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}
