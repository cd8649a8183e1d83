import { describe, expect, it } from "vitest";
import { programs } from "../../tests/support/content";
import { atomDate, atomFeed, escapeXml } from "./atom";
import { entryFacts, feedId, feedIdOn, programsByUpdated, programsFeed } from "./feed";
import { editionLabel } from "@/lib/content/edition";
import { programPath, programUrl } from "@/lib/site/paths";

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
    const sorted = programsByUpdated(programs);
    expect(entries.map((e) => /<id>(.*)<\/id>/.exec(e)?.[1])).toEqual(sorted.map((p) => feedId(programPath(p.slug))));
    expect(entries.map((e) => /<link rel="alternate" type="text\/html" href="([^"]*)"/.exec(e)?.[1])).toEqual(sorted.map((p) => programUrl(p.slug)));
    // how current each entry's facts are: edition, update date, and a confirmation only where content has one
    entries.forEach((e, i) => {
      const p = sorted[i];
      expect(e).toContain(`<content type="text">${entryFacts(p)}</content>`);
      expect(entryFacts(p)).toContain(editionLabel(p.source));
      const confirmed = p.desks.filter((d) => d.confirmed);
      expect((entryFacts(p).match(/最終確認 /g) ?? []).length).toBe(confirmed.length);
    });
    const feedUpdated = /<updated>(.*)<\/updated>/.exec(xml.split("<entry>")[0])?.[1];
    expect(feedUpdated).toBe(atomDate(dates[0]));
  });

  it("gives every entry an absolute id that stays the same: the page's URL with a configured origin, else a urn:uuid: of its path", () => {
    expect(feedIdOn("https://navi.test", "/programs/x")).toBe("https://navi.test/programs/x");
    const id = feedIdOn(undefined, "/programs/x");
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feedIdOn(undefined, "/programs/x")).toBe(id);
    expect(feedIdOn(undefined, "/programs/y")).not.toBe(id);
  });

  it("orders by date, not by file order", () => {
    const [a, b] = programs;
    const older = { ...a, updated: "2020-01-01" };
    const newer = { ...b, updated: "2030-01-01" };
    expect(programsByUpdated([older, newer]).map((p) => p.slug)).toEqual([b.slug, a.slug]);
  });
});
