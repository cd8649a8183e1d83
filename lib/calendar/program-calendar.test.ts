import { describe, expect, it } from "vitest";
import { programs } from "../../tests/e2e/content";
import { sessionsOf } from "@/lib/content/schedule";
import { ALL_SESSIONS_FILE, calendarFiles, sessionIcsPath, sessionsForFile, venueNumber } from "./paths";
import { eventName, programCalendarText, programEvents } from "./program-calendar";

const scheduled = programs.filter((p) => p.schedule);

describe("eventName", () => {
  it("takes the bracketed name at the end of a guidebook title, nested brackets and all", () => {
    expect(eventName("食品加工に関する商品開発などの相談をしたいとき（ＦＢ（フードビジネス）相談会）")).toBe("ＦＢ（フードビジネス）相談会");
    expect(eventName("省エネ対策によるコスト削減をしたいとき")).toBe("省エネ対策によるコスト削減をしたいとき");
    expect(eventName("（全体が括弧）")).toBe("（全体が括弧）");
  });
});

describe("calendar files", () => {
  it("serves one file per session and one per venue, each naming real sessions", () => {
    const files = calendarFiles(programs);
    const sessions = scheduled.flatMap((p) => sessionsOf(p.schedule!));
    const venues = scheduled.flatMap((p) => p.schedule!.venues);
    expect(files).toHaveLength(sessions.length + venues.length);
    for (const f of files) {
      const p = programs.find((x) => x.slug === f.slug)!;
      const got = sessionsForFile(p, f.venue, f.file)!;
      if (f.file === ALL_SESSIONS_FILE) expect(got).toHaveLength(p.schedule!.venues[Number(f.venue) - 1].dates.length);
      else expect(got.map((s) => `${s.date}.ics`)).toEqual([f.file]);
    }
  });

  it("names nothing for a venue or date that is not in the schedule", () => {
    const p = scheduled[0];
    expect(sessionsForFile(p, "0", ALL_SESSIONS_FILE)).toBeUndefined();
    expect(sessionsForFile(p, String(p.schedule!.venues.length + 1), ALL_SESSIONS_FILE)).toBeUndefined();
    expect(sessionsForFile(p, "1", "1999-01-01.ics")).toBeUndefined();
  });

  it("links each session to the file that holds it", () => {
    for (const p of scheduled) {
      for (const s of sessionsOf(p.schedule!)) {
        const [, , , , venue, file] = sessionIcsPath(p.slug, venueNumber(p.schedule!, s.venue), s.date).split("/");
        expect(sessionsForFile(p, venue, file)).toEqual([s]);
      }
    }
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

  it("describes the venue, the contact's number and the schedule's note", () => {
    for (const p of scheduled) {
      const [s] = sessionsOf(p.schedule!);
      const text = programCalendarText(p, [s]).replace(/\r\n /g, "");
      expect(text).toContain(`DTSTART;VALUE=DATE:${s.date.replace(/-/g, "")}`);
      expect(text).toContain(p.contacts[0].tel[0].number);
      if (p.schedule!.note) expect(text).toContain(p.schedule!.note.replace(/,/g, "\\,").replace(/;/g, "\\;"));
      expect(text).toMatch(/^LOCATION:.+$/m);
    }
  });
});
