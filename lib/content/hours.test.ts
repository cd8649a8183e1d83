import { describe, expect, it } from "vitest";
import { hoursSchema, hoursText } from "./hours";

const nine = { open: "09:00", close: "17:00" };

describe("hoursText", () => {
  it("says 平日 only when Monday to Friday also closes on holidays", () => {
    expect(hoursText({ ...nine, days: ["月", "火", "水", "木", "金"], closedOn: ["祝日"] })).toBe("平日 9:00～17:00（土日・祝日は休業）");
    expect(hoursText({ ...nine, days: ["月", "火", "水", "木", "金"] })).toBe("月～金 9:00～17:00（土日は休業）");
  });

  it("names the days off and the closures it cannot compute", () => {
    expect(hoursText({ ...nine, days: ["月", "火", "水", "木", "金", "土"], closedOn: ["年末年始"] })).toBe("月～土 9:00～17:00（日曜・年末年始は休業）");
    expect(hoursText({ ...nine, days: ["月", "水", "金"] })).toBe("月・水・金 9:00～17:00（火・木・土・日曜は休業）");
    expect(hoursText({ ...nine, days: ["月", "火", "水", "木", "金", "土", "日"], otherClosures: ["館の休館日"] })).toBe("毎日 9:00～17:00（館の休館日は休業）");
  });

  it("gives the time alone when the source gives no days, with a note if any", () => {
    expect(hoursText({ open: "10:00", close: "16:00" })).toBe("10:00～16:00");
    expect(hoursText({ open: "10:00", close: "16:00", note: "予約制" })).toBe("10:00～16:00（予約制）");
  });

  it("is what the schema puts in `text`, in the office week's order whatever order days are written in", () => {
    const parsed = hoursSchema.parse({ days: ["金", "月", "水", "火", "木"], open: "08:30", close: "17:15", closedOn: ["年末年始", "祝日"], otherClosures: ["アスパム休館日"] });
    expect(parsed.text).toBe("平日 8:30～17:15（土日・年末年始・祝日は休業。アスパム休館日も休業）");
  });
});
