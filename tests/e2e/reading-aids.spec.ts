import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { alignReading, toHiragana } from "../../lib/content/reading";
import { FURIGANA_KEY, furiganaPath } from "../../lib/furigana/data";
import { easyPath, EASY_PATH, englishProgramPath, ENGLISH_PATH, programPath } from "../../lib/site/paths";
import { axe, waitForHydration, watch } from "../support/browser";
import { areas, digits, FINDER_SCREENS, programs } from "../support/content";

/**
 * For owners who read kanji with difficulty, or no Japanese: the やさしい日本語
 * toggle on every program page (with and without JavaScript) and the page of
 * all of them; furigana over every run of kanji of every program page, read
 * as content's table says for the 40 municipalities, never read out twice,
 * fetched only when turned on; and the English list with every number.
 * Expectations come from content.
 */

/** Kanji outside a ruby's base: what furigana left bare in main. Hidden text (the closed やさしい日本語 panel) counts too. */
function bareKanji(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = "script, style, noscript, template, textarea, select, option, rt, rp";
    const walker = document.createTreeWalker(document.getElementById("main")!, NodeFilter.SHOW_TEXT);
    const bare: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      // the plain text furigana keep for screen readers, visually hidden, is not what a reader sees
      if (el.closest(skip) || el.closest("ruby") || el.closest("[data-furigana-plain]")) continue;
      const kanji = (n as Text).data.match(/[\p{Script=Han}々]+/gu);
      if (kanji) bare.push(`${kanji.join("")}（${(n as Text).data.slice(0, 30)}）`);
    }
    return bare;
  });
}

/** Each element's text as a reader sees it with furigana: a ruby's base followed by its reading in (). */
function readAs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map(function walk(n: Node): string {
      if (n instanceof HTMLElement && n.tagName === "RT") return `(${n.textContent})`;
      if (n instanceof HTMLElement && n.hasAttribute("data-furigana-plain")) return "";
      return n instanceof Text ? n.data : [...n.childNodes].map(walk).join("");
    }),
  );
}

async function withFurigana(page: Page) {
  await page.addInitScript((key) => window.localStorage.setItem(key, "on"), FURIGANA_KEY);
}

test.describe("やさしい日本語", () => {
  test("every program page shows its summary in やさしい日本語 in place, and the page of all of them has it with the desk's numbers", async ({ page }) => {
    test.setTimeout(120_000);
    for (const p of programs) {
      await page.goto(programPath(p.slug));
      await waitForHydration(page);
      const toggle = page.getByRole("button", { name: "やさしい日本語" });
      const panel = page.getByRole("region", { name: "やさしい日本語" });
      await expect(panel).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      for (const line of p.easy.split("\n")) await expect(panel.getByText(line.trim(), { exact: true }), p.slug).toBeVisible();
      await expect(panel.getByRole("link", { name: "ぜんぶの制度を、やさしい日本語で読む" })).toHaveAttribute("href", easyPath(p.slug));
      await toggle.click();
      await expect(panel).toBeHidden();
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the toggle is a link to the program on the page of all programs in やさしい日本語, which shows its text and numbers", async ({ page }) => {
      test.setTimeout(90_000);
      for (const p of programs) {
        await page.goto(programPath(p.slug));
        await expect(page.getByRole("button", { name: "やさしい日本語" })).toHaveCount(0);
        await expect(page.getByRole("link", { name: "やさしい日本語", exact: true })).toHaveAttribute("href", easyPath(p.slug));
      }
      const p = programs[programs.length - 1];
      await page.goto(programPath(p.slug));
      await page.getByRole("link", { name: "やさしい日本語", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${EASY_PATH}#${p.slug}$`));
      const section = page.locator(`section[id="${p.slug}"]`);
      await expect(section).toBeInViewport();
      for (const line of p.easy.split("\n")) await expect(section.getByText(line.trim(), { exact: true })).toBeVisible();
      for (const n of p.desks.flatMap((d) => d.phones)) {
        if (n.type === "voice") await expect(section.locator(`a[href="tel:${digits(n.number)}"]`).first()).toBeVisible();
        else await expect(section.getByText(n.number, { exact: true }).first()).toBeVisible();
      }
    });
  });
});

test.describe("ふりがな", () => {
  test("turned on, every run of kanji of every program page's main text has ruby, the easy text included; nothing is fetched while it is off", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/furigana/")) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto(programPath(programs[0].slug));
    await waitForHydration(page);
    expect(fetched, "furigana off: no readings fetched").toEqual([]);
    const toggle = page.getByRole("button", { name: "ふりがな" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-furigana", "on");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(fetched).toEqual([furiganaPath(programPath(programs[0].slug))]);

    // remembered on this device: every page from now on opens with furigana
    const seen = await watch(page, new URL(baseURL!).origin);
    for (const p of programs) {
      await page.goto(programPath(p.slug));
      await waitForHydration(page);
      await expect(page.locator("html")).toHaveAttribute("data-furigana", "on");
      expect(await bareKanji(page), p.slug).toEqual([]);
      const empty = await page.locator("main rt").evaluateAll((rts) => rts.filter((rt) => !rt.textContent).length);
      expect(empty, `${p.slug}: empty readings`).toBe(0);
    }
    expect(await seen.csp(), "Content-Security-Policy violations").toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);

    await page.getByRole("button", { name: "ふりがな" }).click();
    await expect(page.locator("html")).not.toHaveAttribute("data-furigana", "on");
    expect(await page.locator("main ruby").count(), "turned off, the page is as it was").toBe(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(programs[programs.length - 1].title);
  });

  test("the 40 municipalities read as content's table says, and a screen reader reads each name once", async ({ page }) => {
    await withFurigana(page);
    const route = FINDER_SCREENS[0];
    await page.goto(route);
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveAttribute("data-furigana", "on");
    const names = areas.municipalities.map((m) => m.name);
    const shown = await readAs(page, "main li a span.font-bold");
    for (const m of areas.municipalities) {
      const aligned = alignReading(m.name, m.reading);
      if (!aligned.ok) throw new Error(aligned.message);
      // the name read as the table says: its kana as written, each kanji run under its reading, however the runs are cut
      const expected = toHiragana(aligned.parts.map((p) => p.reading ?? p.text).join(""));
      const link = shown.find((s) => s.replace(/\([^)]*\)/g, "") === m.name);
      expect(link, `${m.name} on ${route}`).toBeDefined();
      expect(toHiragana(link!.replace(/[\p{Script=Han}々ヶ]+\(([^)]*)\)/gu, "$1")), m.name).toBe(expected);
    }
    // the accessibility tree has each name once, without its reading
    const tree = await page.locator("main").ariaSnapshot();
    for (const m of areas.municipalities) expect(tree, m.name).toContain(`link "${m.name}"`);
    expect(tree).not.toContain(areas.municipalities[0].reading);
    expect(names.length).toBe(40);
  });

  test("a program page with furigana on and its やさしい日本語 open has no accessibility problem at 390 and 1280 px", async ({ page }, info) => {
    await withFurigana(page);
    const p = programs.find((x) => x.slug === "food-industry-support") ?? programs[0];
    await page.goto(programPath(p.slug));
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveAttribute("data-furigana", "on");
    await page.getByRole("button", { name: "やさしい日本語" }).click();
    await page.screenshot({ path: info.outputPath("furigana-390.png"), fullPage: true });
    expect((await axe(page)).violations, "axe at 390 px").toEqual([]);
    const heading = await page.getByRole("heading", { level: 1 }).ariaSnapshot();
    expect(heading, "the title read once, without its readings").toBe(`- heading "${p.title}" [level=1]`);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect((await axe(page)).violations, "axe at 1280 px").toEqual([]);
  });
});

test.describe("English", () => {
  test("/en lists the 21 programs, each with its desks' numbers as the model has them, and every program's English page has all of them", async ({ page, request }) => {
    await page.goto(ENGLISH_PATH);
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.screenshot({ path: test.info().outputPath("en-390.png"), fullPage: true });
    const articles = page.locator("main > ol > li > article");
    await expect(articles).toHaveCount(programs.length);
    for (const [i, p] of programs.entries()) {
      const article = articles.nth(i);
      await expect(article.getByRole("heading", { level: 2 })).toHaveText(p.en.title);
      await expect(article.getByRole("link", { name: p.en.title })).toHaveAttribute("href", englishProgramPath(p.slug));
      const tels = await article.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      const contacts = p.desks.filter((d) => d.kind === "contact");
      expect(tels, p.slug).toEqual(contacts.flatMap((d) => d.phones.filter((n) => n.type === "voice").map((n) => `tel:${digits(n.number)}`)));
      const faxes = await article.locator("dt:text-is('FAX') + dd").allTextContents();
      expect(faxes, p.slug).toEqual(contacts.map((d) => d.phones.find((n) => n.type === "fax")?.number ?? "None given"));
    }
    for (const p of programs) {
      const html = await (await request.get(englishProgramPath(p.slug))).text();
      for (const n of p.desks.flatMap((d) => d.phones)) {
        expect(html, `${p.slug}: ${n.number}`).toContain(n.type === "voice" ? `href="tel:${digits(n.number)}"` : `>${n.number}<`);
      }
      expect(html, `${p.slug}: the Japanese page`).toMatch(new RegExp(`<a (?=[^>]*hrefLang="ja")[^>]*href="${programPath(p.slug)}"`));
    }
  });
});
