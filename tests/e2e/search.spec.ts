import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { callNumbers, contactDesks, mainNumber, officeDesks } from "../../lib/content/model";
import { containsQuery, scanDoc } from "../../scripts/lib/search-contains";
import { toSearchDoc } from "../../lib/search/document";
import { looksEnglish } from "../../lib/search/english-query";
import { ENGLISH_PATH, programPath } from "../../lib/site/paths";
import { waitForHydration } from "../support/browser";
import { digits, flow, programs } from "../support/content";

/**
 * The search box and results page at phone width (the config's 390 px).
 * Expectations come from content/: the program a title word belongs to, a
 * desk's own number, the general desk of the no-results message.
 */

const own = (p: (typeof programs)[number]) => contactDesks(p).flatMap(callNumbers).map((t) => t.number);
const mentioned = (p: (typeof programs)[number]) => officeDesks(p).flatMap(callNumbers).map((t) => t.number);

// A number that is one program's own desk and appears in no other program at all.
const solo = programs
  .map((p) => ({ program: p, number: own(p)[0] }))
  .find(({ program, number }) => programs.every((q) => q === program || ![...own(q), ...mentioned(q)].includes(number)))!;
// A number that is one program's own desk and only listed among another's offices.
const shared = programs.flatMap((a) =>
  own(a).flatMap((number) => {
    const b = programs.find((q) => q !== a && mentioned(q).includes(number) && !own(q).includes(number));
    return b ? [{ owner: a, mentioner: b, number }] : [];
  }),
)[0];
const desk = programs.find((p) => p.slug === flow.generalDesks[0])!;
// A word of one program's title that no other program's title has.
const hongKong = programs.find((p) => p.title.includes("香港"))!;
// An owners' word of one program that no program's page text contains, said as a sentence: only the forgiving search finds it.
const scanned = programs.map((p, k) => scanDoc(toSearchDoc(p, k)));
const owned = programs
  .flatMap((p) => (p.words ?? []).map((w) => ({ program: p, word: w })))
  .find(({ program, word }) => !scanned.some((d) => containsQuery(d, word)) && programs.every((q) => q === program || !(q.words ?? []).includes(word)))!;
const phrase = `${owned.word}で困っています`;
// Nothing in content, not even a word of it: the search must end on the offer of help.
const nothing = "ゾゾゾゾゾ";
// What someone who reads no Japanese types: a program's English title.
const english = programs[0].en.title;

const box = (page: Page) => page.getByRole("searchbox", { name: "制度名・困りごと・電話番号で検索" });

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

test("the index is fetched only once the visitor starts to search, then results appear as they type", async ({ page }) => {
  const indexRequests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/search/")) indexRequests.push(r.url());
  });
  await page.goto(programPath(hongKong.slug), { waitUntil: "networkidle" });
  expect(indexRequests, "nothing of the index on page load").toEqual([]);

  await page.goto("/", { waitUntil: "networkidle" });
  expect(indexRequests).toEqual([]);
  await box(page).pressSequentially("香港");
  const first = page.locator("header article").first();
  await expect(first.getByRole("link", { name: hongKong.title })).toHaveAttribute("href", programPath(hongKong.slug));
  await expect(first.locator("mark").first()).toHaveText("香港");
  await expect(first.locator(`a[href="tel:${digits(mainNumber(hongKong).number)}"]`)).toBeVisible();
  expect(indexRequests.length).toBeGreaterThan(0);
  expect(indexRequests.every((u) => /\/search\/[0-9a-f]{12}\/([sd]\/\d+|syn|readings)\.json$/.test(u)), indexRequests.join("\n")).toBe(true);
});

test("letters typed while the page's scripts arrive are all kept: before React attaches, and in the moment it takes them up", async ({ page }) => {
  // The scripts held back until the first letter is in the box, as on a slow line.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  // The second letter typed the moment React has attached: the page marks itself hydrated in the commit in which
  // the box takes up what it holds, and this runs before that is done. The value is set the way typing sets it,
  // past React's own record of the value, with the input event a keystroke makes.
  await page.addInitScript((second) => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute("data-hydrated")) return;
      observer.disconnect();
      const input = document.querySelector<HTMLInputElement>("header input[type=search]")!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, input.value + second);
      input.dispatchEvent(new InputEvent("input", { bubbles: true, data: second, inputType: "insertText" }));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-hydrated"] });
  }, hongKong.title.slice(hongKong.title.indexOf("香港") + 1, hongKong.title.indexOf("香港") + 2));
  await page.goto("/", { waitUntil: "commit" });
  await box(page).pressSequentially("香");
  release();
  await waitForHydration(page);
  await expect(box(page)).toHaveValue("香港");
  await expect(page.locator("header article").first().getByRole("link", { name: hongKong.title })).toBeVisible();
});

test("Enter in the header box opens a results page that can be reloaded and shared", async ({ page }) => {
  await page.goto("/programs");
  await box(page).fill("香港");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E9%A6%99%E6%B8%AF$/);
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(hongKong.title);

  await page.reload();
  await expect(box(page)).toHaveValue("香港");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(hongKong.title);
  await expect(page.getByRole("status")).toContainText("香港");

  // typing on the results page keeps the address in step
  await box(page).fill("香港 輸出");
  await expect(page).toHaveURL(/\/search\?q=%E9%A6%99%E6%B8%AF(\+|%20)%E8%BC%B8%E5%87%BA$/);
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(hongKong.title);
});

test("a phone number is found however it is typed, and its result calls it", async ({ page }) => {
  const n = solo.number;
  const d = digits(n);
  const fullWidth = n.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/-/g, "－");
  const forms = [n, d, fullWidth, n.split("-").slice(1).join("-"), d.slice(-4), n.replace(/-/g, "ー"), n.replace(/-/g, " ")];
  for (const form of forms) {
    await page.goto(`/search?q=${encodeURIComponent(form)}`);
    const first = page.locator("main article").first();
    await expect(first.getByRole("heading", { level: 2 }), form).toHaveText(solo.program.title);
    const call = first.locator(`a[href="tel:${d}"]`);
    await expect(call, form).toBeVisible();
    const box_ = await call.boundingBox();
    expect(box_!.height, "tap target").toBeGreaterThanOrEqual(44);
  }
});

test("a program's own number ranks above a program that only lists it", async ({ page }) => {
  test.skip(!shared, "content has no number that is one desk's own and another program's office");
  await page.goto(`/search?q=${encodeURIComponent(shared.number)}`);
  await expect(page.locator("main").getByRole("status")).toContainText("件");
  const titles = await page.locator("main article h2").allInnerTexts();
  expect(titles).toContain(shared.owner.title);
  expect(titles).toContain(shared.mentioner.title);
  expect(titles.indexOf(shared.owner.title)).toBeLessThan(titles.indexOf(shared.mentioner.title));
});

test("a phrase in an owner's words finds the program under 関連する制度, with its number, in the box and on the results page", async ({ page }) => {
  await page.goto("/");
  await box(page).fill(phrase);
  const panel = page.locator("header section", { has: page.getByText("関連する制度", { exact: true }) });
  await expect(panel.getByRole("link", { name: owned.program.title })).toHaveAttribute("href", programPath(owned.program.slug));
  await expect(panel.locator(`a[href="tel:${digits(mainNumber(owned.program).number)}"]`).first()).toBeVisible();
  await expect(page.locator("header").getByRole("status")).toContainText("関連する制度");

  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const main = page.locator("main");
  await expect(main.getByRole("status")).toContainText("そのまま含む制度はありませんでした");
  const related = main.getByRole("region", { name: "関連する制度" });
  await expect(related.getByRole("heading", { level: 2, name: "関連する制度" })).toBeVisible();
  const card = related.locator("article", { has: page.getByRole("heading", { level: 3, name: owned.program.title }) });
  const call = card.locator(`a[href="tel:${digits(mainNumber(owned.program).number)}"]`).first();
  await expect(call).toBeVisible();
  expect((await call.boundingBox())!.height, "tap target").toBeGreaterThanOrEqual(44);
  // No exact results above: every program title on the page is an h3 of the related section.
  await expect(main.locator("article h2")).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
});

test("exact results stay first: a title word lists its program before any related one", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("香港")}`);
  const titles = page.locator("main article").locator("h2, h3");
  await expect(titles.first()).toHaveText(hongKong.title);
  await expect(page.locator("main article h2").first()).toHaveText(hongKong.title);
});

test("no results: says so, points to the needs, the consultation flow and the general desk with its number", async ({ page }) => {
  await page.goto("/");
  await box(page).fill(nothing);
  await expect(page.locator("header").getByRole("status")).toContainText("見つかりませんでした");
  const advice = page.locator("header div", { has: page.getByText("言葉を短くするか") }).last();
  await expect(advice.getByRole("link", { name: "困りごとから探す" })).toHaveAttribute("href", "/needs");
  await expect(advice.getByRole("link", { name: "相談の流れを見る" })).toHaveAttribute("href", "/flow");
  await expect(advice.locator(`a[href="tel:${digits(mainNumber(desk).number)}"]`)).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent(nothing)}`);
  await expect(page.locator("main").getByRole("status")).toContainText("見つかりませんでした");
  await expect(page.locator("main").getByRole("link", { name: "困りごとから探す" })).toHaveAttribute("href", "/needs");
  await expect(page.locator("main").getByRole("link", { name: "相談の流れを見る" })).toHaveAttribute("href", "/flow");
  await expect(page.locator(`main a[href="tel:${digits(mainNumber(desk).number)}"]`)).toBeVisible();
});

test("a results page does not move while its results arrive, whatever the query finds (CLS 0), on a phone and a desktop screen", async ({ page }) => {
  // Layout shifts the browser counts against the page: those not caused by the visitor's own input.
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: string[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (!e.hadRecentInput) w.__shifts.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.tagName ?? "?").join(",")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  // one program, most programs (the word every need's desk shares), only related ones, nothing at all, English
  const common = "相談";
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (const q of ["香港", common, phrase, nothing, english]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.locator("main").getByRole("status"), q).toHaveText(/件|見つかりませんでした/);
      // two frames, so a shift caused by the last render is reported
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts), `${viewport.width} px: ${q}`).toEqual([]);
    }
  }
});

test("odd input never errors, never injects markup and never hangs", async ({ page }) => {
  const errors = watchErrors(page);
  const inputs = [
    "\\",
    ".*",
    "(",
    "[a-z]+$",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "😀🎉👨‍👩‍👧",
    "ｶﾞｲﾄﾞ",
    "ーーー",
    "　　",
    "%",
    "a".repeat(3000),
    "相談".repeat(500),
  ];
  await page.goto("/search");
  // Typed before the scripts attach, a search is the form's plain GET (tested without JavaScript); here, the search as it runs in the page.
  await waitForHydration(page);
  for (const input of inputs) {
    await box(page).fill(input);
    await box(page).press("Enter");
    const status = page.locator("main").getByRole("status");
    if (input.trim()) await expect(status, input.slice(0, 20)).not.toHaveText(/検索しています|^$/);
  }
  // the same through the address bar, which has no maxlength (kept under the server's 16 KB header limit)
  await page.goto(`/search?q=${encodeURIComponent("香港".repeat(500))}`);
  await expect(page.locator("main").getByRole("status")).toContainText("長すぎるため");
  await page.goto(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.locator("main").getByRole("status")).toContainText("<img src=x onerror=alert(1)>");
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(errors).toEqual([]);
});

test("the search box fits a 360 px phone and its controls are 44 px tap targets", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ["/", programPath(hongKong.slug), "/search"]) {
    await page.goto(route);
    // /search draws its form again once its scripts run (it reads the address): measured as it then stays.
    await waitForHydration(page);
    for (const el of [box(page), page.getByRole("button", { name: "検索", exact: true })]) {
      const b = (await el.boundingBox())!;
      expect(b.height, route).toBeGreaterThanOrEqual(44);
      expect(b.width, route).toBeGreaterThanOrEqual(44);
    }
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, route).toBeLessThanOrEqual(client);
  }
  await box(page).fill("相談");
  await expect(page.locator("main article").first()).toBeVisible();
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test("a query in English is answered first with the way to the English pages, on the results page and in the header's box; a Japanese one is not", async ({ page }) => {
  expect(looksEnglish(english), `${english} reads as English`).toBe(true);
  await page.goto(`/search?q=${encodeURIComponent(english)}`);
  await waitForHydration(page);
  await expect(page.locator("main").getByRole("status")).toHaveText(/件|見つかりませんでした/);
  const pointer = page.locator("main [data-english-pointer]");
  await expect(pointer).toHaveAttribute("lang", "en");
  const link = pointer.getByRole("link", { name: "Support programs in English" });
  await expect(link).toHaveAttribute("href", ENGLISH_PATH);
  // above whatever the letters matched in the Japanese text
  const below = await page.locator("main article[data-program]").first().boundingBox();
  if (below) expect((await pointer.boundingBox())!.y).toBeLessThan(below.y);
  expect((await new AxeBuilder({ page }).include("[data-english-pointer]").analyze()).violations).toEqual([]);
  await link.click();
  await expect(page).toHaveURL(ENGLISH_PATH);
  await expect(page.getByRole("link", { name: programs[0].en.title, exact: true }).first()).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent(hongKong.title)}`);
  await waitForHydration(page);
  await expect(page.locator("main").getByRole("status")).toContainText("件");
  await expect(page.locator("[data-english-pointer]")).toHaveCount(0);

  // the header's box says the same as its results arrive, and nothing of it for Japanese
  await page.goto(programPath(hongKong.slug));
  await waitForHydration(page);
  await box(page).fill(english);
  await expect(page.locator("header [data-english-pointer]").getByRole("link", { name: "Support programs in English" })).toBeVisible();
  await box(page).fill(hongKong.title);
  await expect(page.locator("header").getByRole("status")).toContainText("件");
  await expect(page.locator("[data-english-pointer]")).toHaveCount(0);
});
