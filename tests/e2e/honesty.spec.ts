import { expect, test } from "@playwright/test";
import { calendarFiles, sessionIcsPath, venueIcsPath } from "../../lib/calendar/paths";
import { confirmedText } from "../../lib/content/confirmed";
import { fiscalYearLabel } from "../../lib/content/edition";
import { freshnessText } from "../../lib/content/reviews";
import { fiscalYearOf, sessionsOf } from "../../lib/content/schedule";
import { scheduleFiscalYear } from "../../lib/content/schedule-status";
import { FEED_PATH } from "../../lib/open-data/feed";
import { HSDS_PATHS, hsdsServicePath, serviceId } from "../../lib/open-data/hsds/export";
import { OFFICES_STANDARD_PATH } from "../../lib/open-data/offices-standard";
import { buildDay } from "../../lib/site/build-day";
import { programPath } from "../../lib/site/paths";
import { everyPage, programs } from "../support/content";
import { fetchPage, type Doc } from "../support/html";

/**
 * What the site says about its own facts, over HTTP against the production
 * build: no invented host anywhere a visitor can see it, no confirmation
 * content does not record, and schedules and calendar files that tell past
 * from present as of the day of the build. Expectations come from content/.
 */

/** Text a visitor can read or be taken to: the body's text (scripts and styles aside) and every link and source address. */
function visible(doc: Doc): string {
  const body = doc.body.cloneNode(true) as typeof doc.body;
  for (const el of [...body.querySelectorAll("script, style, template")]) el.remove();
  const addresses = [...doc.querySelectorAll("[href], [src], [action]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action"));
  return `${body.textContent ?? ""}\n${addresses.join("\n")}`;
}

/** Every line beside a number saying how current a program's facts are: one per program, from its review records. */
const freshness = new Set(programs.map((p) => freshnessText(p.freshness)));

/** Every 「最終確認: …」 content allows a page to state: one per confirmation it records. */
const confirmations = new Set(programs.flatMap((p) => p.desks.flatMap((d) => (d.confirmed ? [`最終確認: ${confirmedText(d.confirmed)}`] : []))));

for (const route of everyPage) {
  test(`${route}: names no placeholder host and claims no confirmation content does not hold`, async ({ request }) => {
    const { doc } = await fetchPage(request, route);
    const text = visible(doc);
    expect(text.match(/[\w.-]*example\.[\w.-]*/g) ?? [], "placeholder hosts").toEqual([]);
    // a claim is a dated one (an explanation of the label, as on /about, is not)
    const claimed = (doc.body.textContent ?? "").match(/最終確認[:：]\s*\d{4}年\d{1,2}月\d{1,2}日（[^）]*）/g) ?? [];
    for (const c of claimed) expect(confirmations, `${route} says 「${c}」`).toContain(c.replace(/最終確認[:：]\s*/, "最終確認: "));
    // and never the old, unfounded kind: a date that was only the day the text was written, called a confirmation
    expect(doc.body.textContent ?? "").not.toMatch(/最終確認日[:：]\s*\d|最後に確認した日）?[:：]/);
    // a review is claimed only in the words a program's own records allow
    for (const el of [...doc.querySelectorAll("[data-freshness]")]) expect(freshness, `${route} says 「${el.textContent}」`).toContain(el.textContent);
  });
}

test("the files a visitor downloads name no placeholder host either", async ({ request }) => {
  const hsds = [...Object.values(HSDS_PATHS), ...programs.map((p) => hsdsServicePath(serviceId(p.slug)))];
  for (const path of ["/robots.txt", "/sitemap.xml", FEED_PATH, "/data/programs.json", "/data/programs.csv", "/data/contacts.csv", OFFICES_STANDARD_PATH, ...hsds]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect((await res.text()).match(/[\w.-]*example\.[\w.-]*/g) ?? [], path).toEqual([]);
  }
});

const scheduled = programs.filter((p) => p.schedule);

for (const program of scheduled) {
  test(`${programPath(program.slug)}: its schedule says which fiscal year it is, and offers no calendar file for a past date`, async ({ request }) => {
    const today = buildDay();
    const { doc } = await fetchPage(request, programPath(program.slug));
    const main = doc.querySelector("main")!.textContent ?? "";
    const year = scheduleFiscalYear(program.schedule!);
    expect(main).toContain(fiscalYearLabel(year));
    const upcoming = new Set(calendarFiles([program], today).map((f) => `${programPath(f.slug)}/calendar/${f.venue}/${f.file}`));
    const linked = [...doc.querySelectorAll("a[href$='.ics']")].map((a) => a.getAttribute("href")!);
    for (const href of linked) expect(upcoming, `${href} is linked but is not a session still to come`).toContain(href);
    const past = sessionsOf(program.schedule!).filter((s) => s.date < today);
    for (const s of past) expect(linked.some((h) => h.endsWith(`/${s.date}.ics`)), s.date).toBe(false);
    if (past.length === sessionsOf(program.schedule!).length) {
      // every session is past: no calendar file, nothing marked as next
      expect(linked).toEqual([]);
      expect(main).not.toContain("次回");
    }
    if (fiscalYearOf(today) > year) {
      expect(main).toContain(`${fiscalYearLabel(year)}の日程です。今年度の日程は担当窓口にお問い合わせください`);
      expect(main).not.toContain("今年度の日程は終了しました");
    }
  });

  test(`${programPath(program.slug)}: the calendar files of past sessions are not served`, async ({ request }) => {
    const today = buildDay();
    const served = new Set(calendarFiles([program], today).map((f) => `${programPath(f.slug)}/calendar/${f.venue}/${f.file}`));
    for (const [i, venue] of program.schedule!.venues.entries()) {
      for (const d of venue.dates) {
        const path = sessionIcsPath(program.slug, i + 1, d.date);
        expect((await request.get(path)).status(), path).toBe(d.date < today ? 404 : 200);
      }
      const all = venueIcsPath(program.slug, i + 1);
      expect((await request.get(all)).status(), all).toBe(served.has(all) ? 200 : 404);
    }
  });
}
