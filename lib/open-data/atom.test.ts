import { describe, expect, it } from "vitest";
import { programs } from "../../tests/e2e/content";
import { atomDate, atomFeed, escapeXml } from "./atom";
import { programsByUpdated, programsFeed } from "./feed";
import { programUrl } from "@/lib/site/paths";

describe("atom", () => {
  it("escapes markup characters in text and attributes", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    const xml = atomFeed({
      id: "https://e.jp/feed.xml",
      title: "A & B",
      selfUrl: "https://e.jp/feed.xml?a=1&b=2",
      siteUrl: "https://e.jp/",
      author: "<x>",
      entries: [{ id: "https://e.jp/1", title: "1 < 2", summary: "s", url: "https://e.jp/1", updated: "2026-01-02" }],
    });
    expect(xml).toContain("<title>A &amp; B</title>");
    expect(xml).toContain('href="https://e.jp/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain("<name>&lt;x&gt;</name>");
    expect(xml).toContain("<updated>2026-01-02T00:00:00+09:00</updated>");
  });

  it("gives dates as RFC 3339 date-times in Japan", () => {
    expect(atomDate("2026-11-24")).toBe("2026-11-24T00:00:00+09:00");
    expect(Number.isNaN(Date.parse(atomDate("2026-11-24")))).toBe(false);
  });

  it("lists every program, newest update first, with the feed's updated = the newest", () => {
    const xml = programsFeed(programs);
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(programs.length);
    const dates = entries.map((e) => /<updated>(.{10})/.exec(e)?.[1] ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(entries.map((e) => /<id>(.*)<\/id>/.exec(e)?.[1])).toEqual(programsByUpdated(programs).map((p) => programUrl(p.slug)));
    const feedUpdated = /<updated>(.*)<\/updated>/.exec(xml.split("<entry>")[0])?.[1];
    expect(feedUpdated).toBe(atomDate(dates[0]));
  });

  it("orders by date, not by file order", () => {
    const [a, b] = programs;
    const older = { ...a, updated: "2020-01-01" };
    const newer = { ...b, updated: "2030-01-01" };
    expect(programsByUpdated([older, newer]).map((p) => p.slug)).toEqual([b.slug, a.slug]);
  });
});
