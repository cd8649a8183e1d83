import { describe, expect, it } from "vitest";
import { callNumbers, contactDesks } from "@/lib/content/model";
import { programs } from "../../tests/support/content";
import { sessionsOf } from "@/lib/content/schedule";
import { upcomingSessions } from "@/lib/content/schedule-status";
import { ALL_SESSIONS_FILE, calendarFiles, sessionIcsPath, sessionsForFile, venueNumber } from "./paths";
import { SITE_URL } from "@/lib/site/config";
import { eventName, programCalendarText, programEvents } from "./program-calendar";

const scheduled = programs.filter((p) => p.schedule);

describe("eventName", () => {
  it("takes the bracketed name at the end of a guidebook title, nested brackets and all", () => {
    expect(eventName("食品加工に関する商品開発などの相談をしたいとき（ＦＢ（フードビジネス）相談会）")).toBe("ＦＢ（フードビジネス）相談会");
    expect(eventName("省エネ対策によるコスト削減をしたいとき")).toBe("省エネ対策によるコスト削減をしたいとき");
    expect(eventName("（全体が括弧）")).toBe("（全体が括弧）");
  });
});

/** A day before every session of content's schedules, and the day of one in the middle of them. */
const allDates = scheduled.flatMap((p) => sessionsOf(p.schedule!).map((s) => s.date)).sort();
const beforeAll = "2000-01-01";
const midway = allDates[Math.floor(allDates.length / 2)];

describe("calendar files", () => {
  it("built before every session: one file per session and one per venue, each naming real sessions", () => {
    const files = calendarFiles(programs, beforeAll);
    const sessions = scheduled.flatMap((p) => sessionsOf(p.schedule!));
    const venues = scheduled.flatMap((p) => p.schedule!.venues);
    expect(files).toHaveLength(sessions.length + venues.length);
    for (const f of files) {
      const p = programs.find((x) => x.slug === f.slug)!;
      const got = sessionsForFile(p, f.venue, f.file, beforeAll)!;
      if (f.file === ALL_SESSIONS_FILE) expect(got).toHaveLength(p.schedule!.venues[Number(f.venue) - 1].dates.length);
      else expect(got.map((s) => `${s.date}.ics`)).toEqual([f.file]);
    }
  });

  it("built later: a file only for each session still to come, a venue's all.ics only while it has one, none for a past session", () => {
    const files = calendarFiles(programs, midway);
    const upcoming = scheduled.flatMap((p) => upcomingSessions(p.schedule!, midway));
    expect(files.filter((f) => f.file !== ALL_SESSIONS_FILE)).toHaveLength(upcoming.length);
    for (const p of scheduled) {
      for (const s of sessionsOf(p.schedule!)) {
        const [, , , , venue, file] = sessionIcsPath(p.slug, venueNumber(p.schedule!, s.venue), s.date).split("/");
        expect(sessionsForFile(p, venue, file, midway)).toEqual(s.date >= midway ? [s] : undefined);
      }
      p.schedule!.venues.forEach((v, i) => {
        const coming = v.dates.filter((d) => d.date >= midway).length;
        expect(sessionsForFile(p, String(i + 1), ALL_SESSIONS_FILE, midway)?.length, v.name).toBe(coming || undefined);
      });
    }
    const yearAfter = `${Number(allDates.at(-1)!.slice(0, 4)) + 1}-12-31`;
    expect(calendarFiles(programs, yearAfter)).toEqual([]);
  });

  it("names nothing for a venue or date that is not in the schedule", () => {
    const p = scheduled[0];
    expect(sessionsForFile(p, "0", ALL_SESSIONS_FILE, beforeAll)).toBeUndefined();
    expect(sessionsForFile(p, String(p.schedule!.venues.length + 1), ALL_SESSIONS_FILE, beforeAll)).toBeUndefined();
    expect(sessionsForFile(p, "1", "1999-01-01.ics", beforeAll)).toBeUndefined();
  });
});

describe("program events", () => {
  it("gives every session a distinct UID that does not change between builds", () => {
    for (const p of scheduled) {
      const sessions = sessionsOf(p.schedule!);
      const uids = programEvents(p, sessions).map((e) => e.uid);
      expect(new Set(uids).size).toBe(sessions.length);
      expect(programEvents(p, sessions).map((e) => e.uid)).toEqual(uids);
    }
  });

  it("names only the host it was given: the site's in the UID and URL when configured, else the UID's hash alone and no URL", () => {
    for (const p of scheduled) {
      const text = programCalendarText(p, sessionsOf(p.schedule!).slice(0, 1)).replace(/\r\n /g, "");
      if (SITE_URL) {
        expect(text).toMatch(new RegExp(`^UID:[0-9a-f]{24}@${new URL(SITE_URL).hostname.replace(/\./g, "\\.")}$`, "m"));
        expect(text).toContain(`URL:${SITE_URL}/programs/${p.slug}`);
      } else {
        expect(text).toMatch(/^UID:[0-9a-f]{24}$/m);
        expect(text).not.toMatch(/^URL:/m);
        expect(text).not.toMatch(/https?:\/\//);
      }
    }
  });

  it("describes the venue, the contacts' numbers and the schedule's note", () => {
    for (const p of scheduled) {
      const [s] = sessionsOf(p.schedule!);
      const text = programCalendarText(p, [s]).replace(/\r\n /g, "");
      expect(text).toContain(`DTSTART;VALUE=DATE:${s.date.replace(/-/g, "")}`);
      for (const n of contactDesks(p).flatMap(callNumbers)) expect(text).toContain(n.number);
      if (p.schedule!.note) expect(text).toContain(p.schedule!.note.replace(/,/g, "\\,").replace(/;/g, "\\;"));
      expect(text).toMatch(/^LOCATION:.+$/m);
    }
  });
});
