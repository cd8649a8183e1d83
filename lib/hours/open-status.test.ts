import { describe, expect, it } from "vitest";
import { holidaysAround } from "./holidays";
import { hoursSchema } from "@/lib/content/hours";
import { describeOpenStatus, openStatus } from "./open-status";

/** Written as staff write them, through the schema the pages use. */
const monToFri = { days: ["月", "火", "水", "木", "金"], open: "08:30", close: "17:15" };
const weekdays = hoursSchema.parse(monToFri);
const withClosures = hoursSchema.parse({ ...monToFri, closedOn: ["祝日", "年末年始"], otherClosures: ["アスパム休館日"] });
const holidays = new Set(holidaysAround(new Date("2026-11-24T00:00:00Z")));
/** A moment given in Japan time. */
const jst = (s: string) => new Date(`${s}+09:00`);

describe("openStatus", () => {
  it("is open on a weekday within hours, and says until when", () => {
    const s = openStatus(withClosures, jst("2026-11-25T10:00:00"), holidays);
    expect(s).toMatchObject({ state: "open", closesAt: "17:15" });
    expect(describeOpenStatus(s)).toBe("受付中（17:15まで。アスパム休館日を除く）");
  });

  it("opens at 8:30 sharp and closes at 17:15 sharp", () => {
    expect(openStatus(weekdays, jst("2026-11-25T08:29:00"), holidays).state).toBe("closed");
    expect(openStatus(weekdays, jst("2026-11-25T08:30:00"), holidays).state).toBe("open");
    expect(openStatus(weekdays, jst("2026-11-25T17:14:00"), holidays).state).toBe("open");
    expect(openStatus(weekdays, jst("2026-11-25T17:15:00"), holidays).state).toBe("closed");
  });

  it("before opening says today", () => {
    expect(describeOpenStatus(openStatus(weekdays, jst("2026-11-25T07:00:00"), holidays))).toBe("受付時間外（次は 今日 8:30 から）");
  });

  it("on Friday evening points to Monday", () => {
    expect(describeOpenStatus(openStatus(weekdays, jst("2026-11-27T18:00:00"), holidays))).toBe("受付時間外（次は 11/30（月） 8:30 から）");
  });

  it("is closed on a national holiday that falls on a weekday (勤労感謝の日 2026-11-23, a Monday)", () => {
    expect(holidays.has("2026-11-23")).toBe(true);
    const s = openStatus(withClosures, jst("2026-11-23T10:00:00"), holidays);
    expect(s.state).toBe("closed");
    expect(describeOpenStatus(s)).toContain("次は 明日 8:30");
  });

  it("stays open on a weekday holiday when the hours do not close on 祝日", () => {
    expect(openStatus(weekdays, jst("2026-11-23T10:00:00"), holidays).state).toBe("open");
  });

  it("is open on 12/29 when the hours do not close over 年末年始", () => {
    expect(openStatus(weekdays, jst("2026-12-29T10:00:00"), holidays).state).toBe("open");
  });

  it("is closed over 年末年始 (12/29–1/3) and reopens on 1/4", () => {
    for (const t of ["2026-12-29T10:00:00", "2026-12-31T10:00:00", "2027-01-01T10:00:00"]) {
      expect(openStatus(withClosures, jst(t), holidays).state, t).toBe("closed");
    }
    const s = openStatus(withClosures, jst("2026-12-28T18:00:00"), holidays);
    expect(s.state === "closed" && s.next?.date).toBe("2027-01-04");
  });

  it("computes in Japan time whatever the machine's clock zone", () => {
    // 2026-11-25 00:30 UTC is 09:30 in Japan
    expect(openStatus(weekdays, new Date("2026-11-25T00:30:00Z"), holidays).state).toBe("open");
  });

  it("says nothing when the hours give no days", () => {
    expect(openStatus(hoursSchema.parse({ open: "10:00", close: "16:00" }), jst("2026-11-25T10:00:00"), holidays).state).toBe("unknown");
  });
});
