import { createHash } from "node:crypto";
import { callNumbers, contactDesks, type Program } from "@/lib/content/model";
import type { Session } from "@/lib/content/schedule";
import { phoneVisibleText } from "@/lib/phone/format";
import { SITE_NAME, SITE_URL } from "@/lib/site/config";
import { programAbsoluteUrl } from "@/lib/site/paths";
import { icsCalendar, type IcsEvent } from "./ics";

/**
 * Guidebook titles read "…したいとき（ＦＢ（フードビジネス）相談会）": the
 * event's own name is the bracketed part at the end, which is what belongs in
 * a calendar. Titles without one are used whole.
 */
export function eventName(title: string): string {
  if (!title.endsWith("）")) return title;
  let depth = 0;
  for (let i = title.length - 1; i >= 0; i--) {
    if (title[i] === "）") depth++;
    else if (title[i] === "（" && --depth === 0) return i > 0 ? title.slice(i + 1, -1) : title;
  }
  return title;
}

/**
 * Hashing the venue's name, not its position, keeps a UID when venues are
 * reordered. RFC 5545 suggests the site's host after an @; without a
 * configured origin there is none to name, and the hash alone is still unique.
 */
function uid(program: Program, s: Session): string {
  const hash = createHash("sha256").update(`${program.slug}|${s.venue}|${s.date}`).digest("hex").slice(0, 24);
  return SITE_URL ? `${hash}@${new URL(SITE_URL).hostname}` : hash;
}

function description(program: Program, s: Session): string {
  const lines = [program.title, `開催地区: ${s.venue}`, `開催場所: ${s.place}`];
  if (program.schedule?.note) lines.push(program.schedule.note);
  for (const d of contactDesks(program)) lines.push(`${d.role}: ${d.name} TEL ${callNumbers(d).map(phoneVisibleText).join("、")}`);
  const page = programAbsoluteUrl(program.slug);
  lines.push(page ? `詳しくは ${SITE_NAME}: ${page}` : `詳しくは ${SITE_NAME}の「${program.title}」のページ`);
  return lines.join("\n");
}

export function programEvents(program: Program, sessions: Session[]): IcsEvent[] {
  const municipality = (venue: string) => program.schedule?.venues.find((v) => v.name === venue)?.municipality;
  return sessions.map((s) => ({
    uid: uid(program, s),
    date: s.date,
    summary: `${eventName(program.title)}（${s.venue}）`,
    location: [municipality(s.venue), s.place].filter(Boolean).join(" "),
    description: description(program, s),
    url: programAbsoluteUrl(program.slug),
  }));
}

export function programCalendarText(program: Program, sessions: Session[]): string {
  return icsCalendar({
    name: `${eventName(program.title)}（${sessions[0]?.venue ?? ""}）`,
    stamp: program.updated,
    events: programEvents(program, sessions),
  });
}
