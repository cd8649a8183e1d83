import { describe, expect, it } from "vitest";
import { readAtom } from "../../tests/support/atom";
import { programs, settings } from "../../tests/support/content";
import { confirmedText } from "@/lib/content/confirmed";
import { callNumbers, mainDesk, type Program } from "@/lib/content/model";
import { freshnessOf, latestReview, reviewDueDate, type Review } from "@/lib/content/reviews";
import { publicUrl } from "@/lib/site/config";
import { needPath, programPath } from "@/lib/site/paths";
import { changeEntries, FEED_PATH, feedId, feedIdOn, needFeed, needFeedPath, siteFeed, UPDATES_PATH } from "./feed";

/** A program as content holds it after a review: the record (with what it changed) and the model made from it. */
function reviewed(p: Program, review: Review): Program {
  const reviews = [...(p.reviews ?? []), review];
  const withReviews = { ...p, reviews };
  return { ...withReviews, review: latestReview(reviews), reviewDue: reviewDueDate(withReviews), freshness: freshnessOf(withReviews, settings.edition) };
}

const target = programs.find((p) => p.needs.length && callNumbers(mainDesk(p)).length)!;
const before = callNumbers(mainDesk(target))[0].number;
const review: Review = {
  edition: settings.edition,
  date: `${settings.edition}-05-12`,
  method: "電話",
  department: "商工労働部 商工政策課",
  changes: [{ field: "contacts[0].tel[0].number", before, after: "017-734-0001" }],
};
const site = programs.map((p) => (p === target ? reviewed(p, review) : p));
const other = site.find((p) => !p.needs.some((n) => target.needs.some((m) => m.slug === n.slug)))!;

describe("the feeds of what changed", () => {
  it("are valid Atom, read back by a feed parser, with a self link, an id and a language", () => {
    const feed = readAtom(siteFeed(programs, settings));
    expect(feed.lang).toBe("ja");
    expect(feed.id).toBe(feedId(FEED_PATH));
    expect(feed.links).toEqual(expect.arrayContaining([{ rel: "self", href: publicUrl(FEED_PATH) }, { rel: "alternate", href: publicUrl(UPDATES_PATH) }]));
  });

  it("say the start of the edition from the day content records, and nothing dated by anything else", () => {
    const feed = readAtom(siteFeed(programs, settings));
    const entries = changeEntries(programs, settings);
    expect(feed.entries.map((e) => e.id)).toEqual(entries.map((e) => feedId(e.key)));
    const recorded = new Set([settings.started, ...programs.flatMap((p) => [...(p.reviews ?? []).map((r) => r.date), ...p.desks.flatMap((d) => (d.confirmed ? [d.confirmed.date] : []))])]);
    for (const e of feed.entries) expect(recorded, e.title).toContain(new Date(Date.parse(e.updated) + 9 * 3600_000).toISOString().slice(0, 10));
    if (settings.started) {
      const start = feed.entries.find((e) => e.title.endsWith("の確認を始めました"))!;
      expect(start.text).toContain(`${programs.length} 件の制度`);
    }
  });

  it("give a review as what changed, old and new, and the review that confirmed it, in the site's feed and its needs' feeds", () => {
    const feed = readAtom(siteFeed(site, settings));
    const entry = feed.entries.find((e) => e.id === feedId(`${programPath(target.slug)}#review-${review.edition}-${review.date}`))!;
    expect(entry.title).toBe(`${target.title}: 電話番号を変更（令和8年度の確認）`);
    expect(entry.text).toContain(`${mainDesk(target).shortName}の電話番号: ${before} → 017-734-0001`);
    expect(entry.text).toContain("令和8年度に確認（2026年5月12日、担当課に電話で確認。確認した部署: 商工労働部 商工政策課）");
    expect(entry.links).toEqual([{ rel: "alternate", href: publicUrl(programPath(target.slug)) }]);
    expect(entry.categories.map((c) => c.term)).toEqual(target.needs.map((n) => n.slug));
    expect(Date.parse(feed.updated)).toBe(Math.max(...feed.entries.map((e) => Date.parse(e.updated))));

    for (const need of target.needs) {
      const own = readAtom(needFeed(need, site, settings));
      expect(own.links).toEqual(expect.arrayContaining([{ rel: "self", href: publicUrl(needFeedPath(need.slug)) }, { rel: "alternate", href: publicUrl(needPath(need.slug)) }]));
      expect(own.entries.map((e) => e.id)).toContain(entry.id);
    }
    for (const need of other.needs) expect(readAtom(needFeed(need, site, settings)).entries.map((e) => e.id)).not.toContain(entry.id);
  });

  it("say a desk's numbers confirmed, and a review that changed nothing", () => {
    const confirmed = { date: "2026-06-01", method: "電話で確認" as const, note: "代表番号から確認" };
    const desks = target.desks.map((d, i) => (i === 0 ? { ...d, confirmed } : d));
    const unchanged = reviewed({ ...target, desks }, { edition: settings.edition, date: "2026-06-01", method: "ウェブ", department: "商工労働部 商工政策課" });
    const entries = readAtom(siteFeed([unchanged], settings)).entries;
    expect(entries.find((e) => e.title === `${target.title}: 内容を確認（変更なし）（令和8年度の確認）`)?.text).toContain("担当課の公式サイトで確認");
    expect(entries.find((e) => e.title === `${target.title}: ${desks[0].shortName}の番号を確認`)?.text).toContain(`最終確認: ${confirmedText(confirmed)}「代表番号から確認」`);
  });

  it("keep markup in content as text", () => {
    const hostile = { ...reviewed(target, { ...review, note: "<b>確認</b> & <script>" }), title: "<i>制度</i> & 名" };
    const entry = readAtom(siteFeed([hostile], settings)).entries.find((e) => e.links[0].href === publicUrl(programPath(target.slug)))!;
    expect(entry.title.startsWith("<i>制度</i> & 名: ")).toBe(true);
    expect(entry.text).toContain("<b>確認</b> & <script>");
  });

  it("give every entry an absolute id that stays the same: the page's URL with a configured origin, else a urn:uuid: of its path", () => {
    expect(feedIdOn("https://navi.test", "/programs/x")).toBe("https://navi.test/programs/x");
    const id = feedIdOn(undefined, "/programs/x");
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feedIdOn(undefined, "/programs/x")).toBe(id);
    expect(feedIdOn(undefined, "/programs/y")).not.toBe(id);
  });
});
