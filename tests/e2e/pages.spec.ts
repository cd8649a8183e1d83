import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { RELAY_SERVICE } from "../../components/relay-note";
import { callNumbers, contactDesks, faxDesks, faxNumber, mainNumber, officeDesks, servesNeed, type Desk } from "../../lib/content/model";
import { EASY_PATH, ENGLISH_PATH, englishProgramPath, faxSheetPath, needPath, programPath } from "../../lib/site/paths";
import { englishDesk } from "../../lib/content/english";
import { AXE_WIDTHS, recordPage } from "../support/a11y-record";
import { axe, englishPhoneLinkProblems, headingProblems, overflow, phoneLinkProblems, phoneLinks, tableProblems, waitForHydration, watch } from "../support/browser";
import { digits, everyScreen, FAX_SHEETS, faxesOf, finder, flow, generalDesks, nameBook, needs, NOT_FOUND, phonesOf, programs } from "../support/content";

/**
 * One browser pass per screen: every page of the site, a search results page
 * and the 404 page, each opened once at phone width with listeners attached,
 * then every check that needs a rendered page, in this order:
 *   axe-core at 390 px; headings, tables, phone-link names and 44 px targets;
 *   lang, one h1, a description; what the content says this page must show;
 *   360 px: no sideways scroll, tables as cards, 44 px targets still;
 *   axe-core at 1280 px;
 *   typing in the search box (it fetches the index: connect-src must allow it);
 *   and throughout: no console error, no exception, no CSP violation, no request
 *   to another origin.
 * Each check's problems are gathered (soft assertions) so one run shows all of
 * a page's problems, and the figures go to the accessibility record
 * (a11y-results.spec.ts compares them with lib/a11y/results.json).
 */

type Program = (typeof programs)[number];

/** The accessible name each of a program's numbers must have: the number as shown, then whom it calls. */
function expectedPhoneNames(p: Program): string[] {
  return phonesOf(p).map((t) => `${t.extension ? `${t.number}（内線${t.extension}）` : t.number} ${t.whom}に電話をかける`);
}

/** Every name content gives a desk, in the forms the pages use. */
const desks = [...new Set(programs.flatMap((p) => p.desks.flatMap((d) => [d.name, d.shortName, ...d.phones.flatMap((n) => n.label ?? [])])))];
/** The same in English (the names table's), whom an English page's call links name. */
const englishDesks = [...new Set(programs.flatMap((p) => p.desks.flatMap((d) => englishDesk(d, nameBook).phones.map((n) => n.whom))))];

/**
 * Every card that offers a number to call (need pages, the program list, the
 * finder's results, search results) offers beside it that desk's FAX with its
 * sheet, and its e-mail address and form, where content has them.
 */
async function cardChannels(page: Page, route: string) {
  for (const card of await page.locator("main article[data-program]").all()) {
    const slug = (await card.getAttribute("data-program"))!;
    const program = programs.find((p) => p.slug === slug)!;
    const tels = await card.locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getAttribute("href")!.slice("tel:".length)));
    const faxes = await card.locator("[data-fax]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-fax"), e.querySelector("a")?.getAttribute("href")]));
    const mails = await card.locator("a[href^='mailto:']").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    for (const tel of tels) {
      const desk = program.desks.find((d) => callNumbers(d).some((n) => digits(n.number) === tel))!;
      const fax = faxNumber(desk)?.number;
      if (fax) expect.soft(faxes, `${slug} on ${route}: the FAX of the desk called at ${tel}`).toContainEqual([fax, faxSheetPath(slug, fax)]);
      if (desk.email) expect.soft(mails, `${slug} on ${route}: the e-mail address of the desk called at ${tel}`).toContain(`mailto:${desk.email}`);
      if (desk.form) await expect.soft(card.locator(`a[href="${desk.form}"]`).first(), `${slug} on ${route}: the form of the desk called at ${tel}`).toBeVisible();
    }
  }
}

/** The one line about the relay service, once on a page that offers numbers to call first. */
async function relayNote(page: Page) {
  const note = page.locator("main [data-relay-note]");
  await expect.soft(note, "one line about the relay service").toHaveCount(1);
  await expect.soft(note.getByRole("link", { name: /^電話リレーサービス/ })).toHaveAttribute("href", RELAY_SERVICE.url);
}

/** What content says a page of this kind must show, beyond the site-wide checks. */
async function pageFacts(page: Page, route: string) {
  // An English page shows each desk's FAX number (englishFacts, numbersShown); the FAX sheet is a Japanese form, linked from the Japanese pages.
  if (!route.startsWith(ENGLISH_PATH)) await cardChannels(page, route);
  const program = programs.find((p) => programPath(p.slug) === route);
  if (program) return programFacts(page, program);
  const sheet = FAX_SHEETS.find((s) => s.route === route);
  if (sheet) {
    await expect.soft(page.getByRole("heading", { level: 1 })).toHaveText("FAX送付状");
    for (const text of [sheet.desk.name, sheet.fax, sheet.program.title]) await expect.soft(page.locator("main [data-fax-sheet]").getByText(text, { exact: true }).first()).toBeVisible();
    expect.soft(await page.locator('meta[name="robots"]').getAttribute("content"), "a printout is not a page to be found by searching").toMatch(/noindex/);
    await expect.soft(page.getByRole("button", { name: "この送付状を印刷する" })).toBeVisible();
    expect.soft(await page.locator("main").getByRole("list", { name: "手で書き込む欄" }).getByRole("listitem").count()).toBe(4);
    return;
  }
  if (route === "/phone-book") await relayNote(page);
  const english = programs.find((p) => englishProgramPath(p.slug) === route);
  if (english) return englishFacts(page, english);
  if (route === ENGLISH_PATH) {
    const titles = await page.locator("main article h2 a").allTextContents();
    expect.soft(titles, "every program in English, in guidebook order").toEqual(programs.map((p) => p.en.title));
    for (const p of programs) await numbersShown(page.locator(`main article[data-program="${p.slug}"]`), contactDesks(p), `${p.slug} on /en`);
  }
  if (route === EASY_PATH) {
    for (const p of programs) {
      const section = page.locator(`main section[id="${p.slug}"]`);
      await expect.soft(section.getByRole("heading", { level: 2 })).toHaveText(p.title);
      for (const line of p.easy.split("\n")) await expect.soft(section.getByText(line.trim(), { exact: true }), `${p.slug}: ${line}`).toBeVisible();
      await numbersShown(section, p.desks, `${p.slug} on ${EASY_PATH}`);
    }
  }
  const need = needs.find((n) => route === needPath(n.slug));
  if (need) {
    const ofNeed = programs.filter((p) => servesNeed(p, need.slug));
    const titles = await page.locator("main section[aria-labelledby=programs] article h3 a").allTextContents();
    expect.soft(titles, "the need lists its programs, in guidebook order").toEqual(ofNeed.filter((p) => !generalDesks.includes(p)).map((p) => p.title));
    const desks = await page.locator("main section[aria-labelledby=desks] article h3 a").allTextContents();
    expect.soft(desks, "and apart, the general desks content says handle it").toEqual(generalDesks.filter((p) => ofNeed.includes(p)).map((p) => p.title));
    await expect.soft(page.getByRole("heading", { level: 1 })).toHaveText(need.need);
    const words = await page.locator("main section[aria-labelledby=when] li").allTextContents();
    expect.soft(words, "the owners' words, as こんなときに").toEqual((need.words ?? []).map((w) => `「${w}」`));
  }
  const [, , needSegment, area, kind] = route.split("/");
  const result = route.startsWith("/finder/") && kind ? finder.result(needSegment, area, kind) : undefined;
  if (result) {
    await relayNote(page);
    // each card offers the desk for the answered municipality: the local office first where there is one, the main desk below
    for (const { program, desk } of [...result.programs, ...result.desks]) {
      const card = page.locator(`main article[data-program="${program.slug}"]`);
      const tels = await card.locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
      const expected = [...(desk.match === "main" ? [] : [desk.phone.number]), mainNumber(program).number].map((n) => `tel:${digits(n)}`);
      expect.soft(tels, `${program.slug} on ${route}`).toEqual(expected);
    }
  }
  if (route === "/programs") {
    const titles = await page.locator("main article h2 a").allTextContents();
    expect.soft(titles, "every program, in guidebook order").toEqual([...programs].sort((a, b) => a.source.number - b.source.number).map((p) => p.title));
  }
  if (route === "/flow") {
    // the consultation flow is text, in order
    expect.soft(await page.getByRole("list", { name: "相談の流れ" }).locator(":scope > li").count()).toBeGreaterThan(1);
    await expect.soft(page.getByRole("heading", { name: /中小企業者/ }).first()).toBeVisible();
    expect.soft(await page.locator("main img").count(), "no image stands for text").toBe(0);
    // a box that names something the site has links to it; the rest stays text
    const items = flow.stages.flatMap((st) => st.boxes.flatMap((b) => b.items ?? []));
    const chart = page.getByRole("list", { name: "相談の流れ" });
    for (const item of items) {
      if (typeof item === "string") expect.soft(await chart.getByRole("link", { name: item, exact: true }).count(), `${item} is text`).toBe(0);
      else await expect.soft(chart.getByRole("link", { name: item.text, exact: true }).first()).toHaveAttribute("href", item.link);
    }
  }
  if (route === NOT_FOUND) {
    await expect.soft(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
    await expect.soft(page.getByRole("link", { name: "困りごとから探す" }).first()).toBeVisible();
    expect.soft(await page.content(), "no stack trace or server path").not.toMatch(/at \w+ \(|node_modules|\/work\//);
  }
}

/** Every number of these desks: each voice number a call link, each FAX written out and not a link. */
async function numbersShown(scope: Locator, desks: Desk[], where: string) {
  for (const n of desks.flatMap((d) => d.phones)) {
    if (n.type === "voice") expect.soft(await scope.locator(`a[href="tel:${digits(n.number)}"]`).count(), `${where}: ${n.number}`).toBeGreaterThan(0);
    else await expect.soft(scope.getByText(n.number, { exact: true }).first(), `${where}: FAX ${n.number}`).toBeVisible();
  }
}

/** A program in English: its title, every one of its numbers (the same as the Japanese page's), and the way back to the Japanese page. */
async function englishFacts(page: Page, program: Program) {
  await expect.soft(page.getByRole("heading", { level: 1 })).toHaveText(program.en.title);
  await numbersShown(page.locator("main"), program.desks, englishProgramPath(program.slug));
  await expect.soft(page.locator(`main a[hreflang="ja"][href="${programPath(program.slug)}"]`)).toHaveCount(1);
  for (const d of program.desks) await expect.soft(page.getByText(d.name, { exact: true }).first(), `${d.name} beside its English`).toBeVisible();
}

async function programFacts(page: Page, program: Program) {
  await expect.soft(page.getByRole("heading", { level: 1 })).toHaveText(program.title);
  await expect.soft(page).toHaveTitle(new RegExp(program.title.replace(/[()（）]/g, ".")));

  const phones = phonesOf(program);
  for (const phone of phones) {
    const links = page.locator(`main a[href="tel:${digits(phone.number)}"]`);
    const shown = phone.extension ? `${phone.number}（内線${phone.extension}）` : phone.number;
    const texts = await links.allInnerTexts();
    expect.soft(texts.some((t) => t.includes(shown)), `${shown} is shown as a link (${texts.join(" / ")})`).toBe(true);
  }
  const names = await page.locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  for (const n of expectedPhoneNames(program)) expect.soft(names, "every desk's number is named for whom it calls").toContain(n);

  const telDigits = new Set(phones.map((p) => digits(p.number)));
  for (const fax of faxesOf(program)) {
    await expect.soft(page.locator("main").getByText(fax, { exact: true }).first()).toBeVisible();
    if (!telDigits.has(digits(fax))) expect.soft(await page.locator(`a[href="tel:${digits(fax)}"]`).count(), `fax ${fax} is not a call link`).toBe(0);
  }
  // every FAX sheet of the program is linked from the page, beside its number
  const sheets = await page.locator("main a[href*='/fax/']").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("href")))].sort());
  expect.soft(sheets, "the program's FAX sheets").toEqual(faxDesks(program).map(({ fax }) => faxSheetPath(program.slug, fax.number)).sort());
  await relayNote(page);
  for (const office of officeDesks(program)) {
    await expect.soft(page.getByRole("rowheader", { name: office.name, exact: true })).toBeVisible();
    if (office.hours) await expect.soft(page.locator("main").getByText(office.hours.text).first()).toBeVisible();
  }
  for (const contact of contactDesks(program)) {
    if (contact.hours) await expect.soft(page.locator("main").getByText(contact.hours.text).first()).toBeVisible();
  }
  const dates = program.schedule?.venues.flatMap((v) => v.dates.map((d) => d.date)) ?? [];
  const shownDates = await page.locator("main time[datetime]").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  for (const d of dates) expect.soft(shownDates, `session ${d}`).toContain(d);

  // the same program in やさしい日本語 (in place) and in English (its page)
  await expect.soft(page.getByRole("button", { name: "やさしい日本語" })).toHaveAttribute("aria-expanded", "false");
  await expect.soft(page.locator(`main a[hreflang="en"][href="${englishProgramPath(program.slug)}"]`)).toHaveCount(1);

  // the summary first, then the body, then the contact table
  const order = await page.evaluate(() => {
    const y = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
    return { h1: y("main h1"), body: y(".prose-body"), contacts: y("#contacts") };
  });
  expect.soft(order.h1, "h1 above the body").toBeLessThan(order.body);
  expect.soft(order.body, "body above the contacts").toBeLessThan(order.contacts);
}

for (const route of everyScreen) {
  test(route, async ({ page, baseURL }) => {
    // Two axe runs and a dozen other checks on a busy two-core machine.
    test.setTimeout(90_000);
    const status = route === NOT_FOUND ? 404 : 200;
    const english = route === ENGLISH_PATH || route.startsWith(`${ENGLISH_PATH}/`);
    const seen = await watch(page, new URL(baseURL!).origin, { expectedStatus: status });
    await test.step("open and hydrate", async () => {
      const res = await page.goto(route);
      expect(res?.status(), route).toBe(status);
      await waitForHydration(page);
    });

    const axe390 = await test.step(`axe-core at ${AXE_WIDTHS[0]} px`, async () => {
      expect(page.viewportSize()?.width, "the config opens pages at the first axe width").toBe(AXE_WIDTHS[0]);
      const run = await axe(page);
      expect.soft(run.violations, `axe-core at ${AXE_WIDTHS[0]} px`).toEqual([]);
      return run;
    });

    const structure = await test.step("headings, tables, phone links, head", async () => {
      const headings = await headingProblems(page);
      expect.soft(headings, "headings").toEqual([]);
      const tables = await tableProblems(page);
      expect.soft(tables, "tables").toEqual([]);
      const links = await phoneLinks(page);
      const phones = english ? englishPhoneLinkProblems(links, englishDesks) : phoneLinkProblems(links, desks);
      expect.soft(phones, "phone links at 390 px").toEqual([]);
      await expect.soft(page.locator("html")).toHaveAttribute("lang", english ? "en" : "ja");
      expect.soft(await page.locator("h1").count(), "h1 elements").toBe(1);
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect.soft(description?.length ?? 0, "description length").toBeGreaterThan(10);
      return { headings, tables, links, phones };
    });

    await test.step("what content says this page shows", () => pageFacts(page, route));

    const narrow = await test.step("at 360 px", async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      const sideways = await overflow(page);
      expect.soft(sideways, "sideways scroll at 360 px").toBe(0);
      const displays = await page.locator("table.stack-table tr").evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
      expect.soft(displays.filter((d) => d !== "block"), "table rows become cards at 360 px").toEqual([]);
      const targets = (english ? englishPhoneLinkProblems(await phoneLinks(page)) : phoneLinkProblems(await phoneLinks(page))).filter((p) => p.includes("tap target"));
      expect.soft(targets, "phone tap targets at 360 px").toEqual([]);
      return { sideways, targets };
    });

    const axe1280 = await test.step(`axe-core at ${AXE_WIDTHS[1]} px`, async () => {
      await page.setViewportSize({ width: AXE_WIDTHS[1], height: 900 });
      const run = await axe(page);
      expect.soft(run.violations, `axe-core at ${AXE_WIDTHS[1]} px`).toEqual([]);
      return run;
    });

    await test.step("search, then everything the page did", async () => {
      const search = page.getByRole("searchbox").first();
      if (await search.count()) {
        // typing makes the search box fetch its index: connect-src must allow that, and nothing may leave the site
        await search.fill(needs[1].label);
        const results = page.locator(`[id="${await search.getAttribute("aria-describedby")}"]`);
        await expect.soft(results, "the search box's status line counts its results").toContainText("件");
      }
      expect.soft(await seen.csp(), "Content-Security-Policy violations").toEqual([]);
      expect.soft(seen.errors, "console errors and exceptions").toEqual([]);
      expect.soft(seen.outside, "requests to other origins").toEqual([]);
    });

    recordPage({
      path: route,
      axe: [axe390.violations.length, axe1280.violations.length],
      headings: structure.headings.length,
      tables: structure.tables.length,
      phoneLinks: { checked: structure.links.length, problems: structure.phones.length + narrow.targets.length },
      overflow: narrow.sideways,
      axeRules: axe390.rules,
      axeVersion: axe390.version,
    });
  });
}
