import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsCalendar } from "./ics";

const octets = (s: string) => Buffer.byteLength(s, "utf8");
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks, in that order", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("\\n")).toBe("\\\\n");
  });
});

describe("foldLine", () => {
  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:相談会")).toBe("SUMMARY:相談会");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    for (const text of ["A".repeat(300), "相".repeat(100), `${"x".repeat(74)}相談会`, "🍎".repeat(50), `DESCRIPTION:${"開催場所: 青森県産業技術センター 食品総合研究所, ".repeat(5)}`]) {
      const folded = foldLine(text);
      const lines = folded.split("\r\n");
      for (const [i, l] of lines.entries()) {
        expect(octets(l), l).toBeLessThanOrEqual(75);
        if (i > 0) expect(l.startsWith(" ")).toBe(true);
        expect(l).not.toContain("\uFFFD");
      }
      expect(unfold(folded)).toBe(text);
      // a line is only broken when the next character would not fit
      for (const l of lines.slice(0, -1)) expect(octets(l)).toBeGreaterThan(75 - 4);
    }
  });
});

describe("icsCalendar", () => {
  const text = icsCalendar({
    name: "相談会",
    stamp: "2026-11-24",
    events: [
      {
        uid: "abc@example.jp",
        date: "2024-02-29",
        summary: "ＦＢ相談会（八戸地区①）",
        location: "八戸市 青森県産業技術センター 食品総合研究所",
        description: "開催場所: 会場, 2階\n※変更になる場合があります; 担当窓口までお問合せください。",
        url: "https://example.jp/programs/x",
      },
    ],
  });

  it("uses CRLF line ends only and folds every line", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of text.split("\r\n")) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it("writes an all-day event on the given date, ending the next day", () => {
    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20240229");
    expect(lines).toContain("DTEND;VALUE=DATE:20240301");
    expect(lines).toContain("DTSTAMP:20261124T000000Z");
    expect(lines).toContain("UID:abc@example.jp");
    expect(lines).toContain("DESCRIPTION:開催場所: 会場\\, 2階\\n※変更になる場合があります\\; 担当窓口までお問合せください。");
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });
});
