import { expect, test, type Page } from "@playwright/test";
import { localCall, mainCall } from "../../lib/areas/local-desk";
import { BUSINESS_TYPES, type BusinessType } from "../../lib/content/business-types";
import { FINDER_SKIP } from "../../lib/content/finder-skip";
import { callNumbers, mainNumber } from "../../lib/content/model";
import { FINDER_PATH, finderPath } from "../../lib/finder/plan";
import { SITE_URL } from "../../lib/site/config";
import { faxSheetPath, needPath } from "../../lib/site/paths";
import { waitForHydration } from "../support/browser";
import { areas, digits, everyPage, finder, FINDER_SCREENS, localOffice, programs } from "../support/content";
import { fetchPage } from "../support/html";

/**
 * 「3つの質問で探す」 end to end, from the home page's first screen, with and
 * without JavaScript: every answer is a link to a prerendered page, so both
 * must reach the same address and show the same numbers. Expectations come
 * from content (through the same finder plan the pages are built from).
 */

const places = areas.municipalities;
const hachinohe = places.find((m) => m.name === "八戸市")!;
/** The startup program: the one for businesses not yet started, with an office of its own in 八戸市. */
const startup = programs.find((p) => p.businessTypes?.includes("not-yet-started") && localOffice(p, hachinohe.name))!;
const startupOffice = localOffice(startup, hachinohe.name)!;
const startupStep = finder.steps.find((s) => s.need && s.programs.includes(startup))!;
/** A municipality with no office of its own for any program of the step, in a region with none either where possible. */
const noOffice = places.find((m) => m.region !== hachinohe.region && !programs.some((p) => localOffice(p, m.name)))!;

type Answers = { need?: string; municipality?: string; kind?: BusinessType };

const main = (page: Page) => page.locator("main");
const tels = (page: Page, slug: string) => main(page).locator(`article[data-program="${slug}"] a[href^='tel:']`).evaluateAll((els) => els.map((e) => e.getAttribute("href")));
const tel = (n: string) => `tel:${digits(n)}`;

/** From the home page's first screen through each question that is asked, answering or skipping it; returns the address reached. */
async function answer(page: Page, js: boolean, a: Answers): Promise<string> {
  await page.goto("/");
  if (js) await waitForHydration(page);
  const start = main(page).getByRole("link", { name: /^3つの質問で探す/ });
  await expect(start, "on the home page's first screen").toBeInViewport();
  await start.click();
  await expect(page).toHaveURL(FINDER_PATH);

  const step = finder.step(a.need ?? FINDER_SKIP)!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("困っていることは何ですか");
  if (a.need) await main(page).getByRole("link", { name: step.need!.need }).click();
  else await main(page).getByRole("link", { name: /^答えずに進む/ }).click();

  const area = a.municipality ? finder.areaOf(step, a.municipality) : undefined;
  if (step.areas) {
    await expect(page).toHaveURL(finderPath(step.segment));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("事業所はどの市町村にありますか");
    if (a.municipality) await main(page).getByRole("link", { name: a.municipality, exact: true }).click();
    else await main(page).getByRole("link", { name: /^答えずに進む/ }).click();
  }
  const kind = a.kind ? finder.kindOf(step, a.kind) : undefined;
  if (step.kinds) {
    await expect(page).toHaveURL(finderPath(step.segment, area?.segment ?? FINDER_SKIP));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("どんな事業ですか");
    if (a.kind) await main(page).getByRole("link", { name: BUSINESS_TYPES.find((t) => t.key === a.kind)!.label, exact: true }).click();
    else await main(page).getByRole("link", { name: /^答えずに進む/ }).click();
  }
  const path = finderPath(step.segment, area?.segment ?? FINDER_SKIP, kind?.segment ?? FINDER_SKIP);
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("答えに合う制度と電話番号");
  return path;
}

/** Every card on a result page offers what the plan says: the local desk first where there is one, then the main desk. */
async function expectDesks(page: Page, path: string) {
  const [, , need, area, kind] = path.split("/");
  const r = finder.result(need, area, kind)!;
  const shown = await main(page).locator("article[data-program]").evaluateAll((els) => els.map((e) => e.getAttribute("data-program")));
  expect(shown).toEqual([...r.programs, ...r.desks].map((x) => x.program.slug));
  for (const { program, desk } of [...r.programs, ...r.desks]) {
    expect(await tels(page, program.slug), program.slug).toEqual([...(desk.match === "main" ? [] : [tel(desk.phone.number)]), tel(mainNumber(program).number)]);
    // each desk's FAX beside its number, with its sheet
    const faxes = await main(page).locator(`article[data-program="${program.slug}"] [data-fax]`).evaluateAll((els) => els.map((e) => [e.getAttribute("data-fax"), e.querySelector("a")?.getAttribute("href")]));
    const expected = [...(desk.match === "main" ? [] : [desk.fax]), mainCall(program).fax].flatMap((f) => (f ? [[f, faxSheetPath(program.slug, f)]] : []));
    expect(faxes, program.slug).toEqual(expected);
  }
  await expect(main(page).locator("[data-relay-note]")).toHaveCount(1);
  return r;
}

for (const js of [true, false]) {
  test.describe(js ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: js });

    test("a startup in 八戸市 gets the startup program's office in 八戸市, with the main desk below", async ({ page }) => {
      const path = await answer(page, js, { need: startupStep.segment, municipality: hachinohe.name, kind: "not-yet-started" });
      await expectDesks(page, path);
      expect(await tels(page, startup.slug)).toEqual([tel(callNumbers(startupOffice)[0].number), tel(mainNumber(startup).number)]);
      const card = main(page).locator(`article[data-program="${startup.slug}"]`);
      await expect(card).toContainText(`近くの窓口（${hachinohe.name}）`);
      await expect(card).toContainText(startupOffice.name);
      await expect(main(page)).toContainText(hachinohe.name);
    });

    test("a municipality without an office of its own gets its region's nearest office, else the main desk", async ({ page }) => {
      const path = await answer(page, js, { need: startupStep.segment, municipality: noOffice.name, kind: "not-yet-started" });
      const r = await expectDesks(page, path);
      // some card has no office near it at all and offers the main desk only
      const mainOnly = [...r.programs, ...r.desks].filter((x) => localCall(x.program, noOffice).match === "main");
      expect(mainOnly.length).toBeGreaterThan(0);
      for (const { program } of mainOnly) {
        expect(await tels(page, program.slug)).toEqual([tel(mainNumber(program).number)]);
        await expect(main(page).locator(`article[data-program="${program.slug}"]`)).not.toContainText("近くの窓口");
      }
    });

    test("every question can be skipped: all programs, each with its main desk, and the general desks", async ({ page }) => {
      const path = await answer(page, js, {});
      expect(path).toBe(finderPath(FINDER_SKIP, FINDER_SKIP, FINDER_SKIP));
      const r = await expectDesks(page, path);
      expect(r.programs.length + r.desks.length).toBe(programs.length);
      await expect(main(page).getByText(/^答えていません/)).toHaveCount(3);
    });

    test("a question that does not matter for the problem is not asked, and the page says so", async ({ page }) => {
      const plain = finder.steps.find((s) => s.need && !s.areas && !s.kinds)!;
      const path = await answer(page, js, { need: plain.segment });
      expect(path).toBe(finderPath(plain.segment, FINDER_SKIP, FINDER_SKIP));
      await expect(main(page).getByText(/^聞いていません/)).toHaveCount(2);
      await expect(main(page).getByRole("link", { name: "市町村を選び直す" })).toHaveCount(0);
    });
  });
}

test("the result's address reloads, and opens in another browser, with the same answers and numbers", async ({ page, browser }) => {
  const path = await answer(page, true, { need: startupStep.segment, municipality: hachinohe.name, kind: "not-yet-started" });
  const answers = await main(page).locator("#finder-answers + dl").innerText();
  const numbers = await main(page).locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
  await page.reload();
  await waitForHydration(page);
  expect(await main(page).locator("#finder-answers + dl").innerText()).toBe(answers);
  const other = await browser.newContext({ javaScriptEnabled: false });
  const fresh = await other.newPage();
  await fresh.goto(path);
  expect(await main(fresh).locator("#finder-answers + dl").innerText()).toBe(answers);
  expect(await main(fresh).locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getAttribute("href")))).toEqual(numbers);
  await expect(main(fresh)).toContainText(`${new URL(page.url()).pathname}`);
  await other.close();
});

test("a municipality chosen in the finder is remembered: need pages and search results then show its local number", async ({ page }) => {
  await answer(page, true, { need: startupStep.segment, municipality: hachinohe.name, kind: "not-yet-started" });
  const local = tel(callNumbers(startupOffice)[0].number);
  const mainDesk = tel(mainNumber(startup).number);

  await page.goto(needPath(startupStep.segment));
  await waitForHydration(page);
  await expect.poll(() => tels(page, startup.slug)).toEqual([local, mainDesk]);
  await expect(main(page).getByLabel(/事業所の市町村を選ぶと/)).toHaveValue(hachinohe.name);

  await page.goto(`/search?q=${encodeURIComponent(startupStep.need!.label)}`);
  await waitForHydration(page);
  const card = main(page).locator("article").filter({ has: page.locator(`a[href="/programs/${startup.slug}"]`) });
  await expect(card.locator("a[href^='tel:']").first()).toHaveAttribute("href", local);
  await expect(card).toContainText(`近くの窓口（${hachinohe.name}）`);
});

test("a need page: choosing a municipality with its picker shows each program's local number; before that, the main desk", async ({ page }) => {
  const step = finder.steps.find((s) => s.need && s.areas)!;
  const withOffice = step.programs.find((p) => places.some((m) => localCall(p, m).match !== "main"))!;
  const place = places.find((m) => localCall(withOffice, m).match === "municipality")!;
  await page.goto(needPath(step.segment));
  await waitForHydration(page);
  expect(await tels(page, withOffice.slug)).toEqual([tel(mainNumber(withOffice).number)]);
  await main(page).getByLabel(/事業所の市町村を選ぶと/).selectOption(place.name);
  await expect.poll(() => tels(page, withOffice.slug)).toEqual([tel(localCall(withOffice, place).phone.number), tel(mainNumber(withOffice).number)]);
});

test("finder pages after the first ask not to be indexed, name themselves as canonical and stay out of the sitemap; the first is a page of the site", async ({ request }) => {
  for (const route of FINDER_SCREENS) {
    const { doc } = await fetchPage(request, route);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content"), route).toMatch(/noindex/);
    // a canonical URL is a claim about where the page lives: only when the build knows the site's origin
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
    if (SITE_URL) expect(new URL(canonical!).pathname, route).toBe(route);
    else expect(canonical, route).toBeUndefined();
  }
  const { doc } = await fetchPage(request, FINDER_PATH);
  expect(doc.querySelector('meta[name="robots"]')).toBeNull();
  expect(everyPage).toContain(FINDER_PATH);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  if (SITE_URL) expect(sitemap).toContain(`${FINDER_PATH}</loc>`);
  expect(sitemap).not.toContain(`${FINDER_PATH}/`);
});
