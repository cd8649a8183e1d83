import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { contactShortName } from "../../lib/content/contact-names";
import { everyPage, programs } from "./content";

/**
 * JIS X 8341-3 / WCAG 2.1 AA on every page the site has, plus its 404 page:
 * axe-core's full rule set at phone and desktop widths, then what axe cannot
 * see: keyboard order and focus visibility, the skip link, heading order,
 * table headers and what each phone link says to a screen reader.
 */
const NOT_FOUND = "/no-such-page";
const pages = [...everyPage, NOT_FOUND];

/** The accessible name each of a program's desks must have: the number as shown, then whom it calls. */
function expectedPhoneNames(slug: string): string[] {
  const p = programs.find((x) => x.slug === slug)!;
  const name = (t: { number: string; extension?: string; label?: string }, whom: string) =>
    `${t.extension ? `${t.number}（内線${t.extension}）` : t.number} ${t.label ?? whom}に電話をかける`;
  return [
    ...p.contacts.flatMap((c) => c.tel.map((t) => name(t, contactShortName(c)))),
    ...(p.offices ?? []).flatMap((o) => (o.tel ?? []).map((t) => name(t, o.name))),
  ];
}

/** Waits until no control has appeared or gone for a second: some (share, copy) only render once hydrated. */
async function settled(page: Page) {
  const count = () => page.evaluate(() => document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]").length);
  let last = await count();
  for (let stableFor = 0, waited = 0; stableFor < 1000 && waited < 15_000; waited += 250) {
    await page.waitForTimeout(250);
    const now = await count();
    stableFor = now === last ? stableFor + 250 : 0;
    last = now;
  }
}

async function open(page: Page, route: string) {
  const res = await page.goto(route);
  expect(res?.status(), route).toBe(route === NOT_FOUND ? 404 : 200);
}

for (const route of pages) {
  test.describe(route, () => {
    // A hundred key presses on a long page, or two full axe runs, take a while on a busy two-core machine.
    test.describe.configure({ timeout: 120_000 });
    test("axe-core finds no violations, phone and desktop width", async ({ page }) => {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 900 },
      ]) {
        await page.setViewportSize(viewport);
        await open(page, route);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
        expect(found, `${route} at ${viewport.width}px`).toEqual([]);
      }
    });

    test("keyboard reaches everything with a visible focus; headings, tables and phone links are well formed", async ({ page }) => {
      // The skip link is the first stop and takes focus into the main content.
      await open(page, route);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "本文へ移動" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest("main")), "Tab after the skip link lands in main").toBe(true);

      // Every interactive element, in document order, each with a visible focus indicator
      // (counted once the page has hydrated, as some controls only exist in the browser).
      await open(page, route);
      await page.waitForLoadState("networkidle");
      await settled(page);
      const expected = await page.evaluate(() => {
        const candidates = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")];
        const reachable = candidates.filter((el) => {
          if (el.tabIndex < 0 || el.matches(":disabled") || (el instanceof HTMLInputElement && el.type === "hidden")) return false;
          if (el instanceof HTMLInputElement && el.type === "radio" && el.name) {
            // a radio group is one tab stop: the checked radio, or the first if none is
            const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
            const stop = group.find((r) => r.checked) ?? group[0];
            if (stop !== el) return false;
          }
          if (el.classList.contains("skip-link")) return true; // off-screen until focused, by design
          return el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
        });
        reachable.forEach((el, i) => el.setAttribute("data-kbd", String(i)));
        return reachable.map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`);
      });
      const reached: number[] = [];
      const unseen: string[] = [];
      for (let i = 0; i < expected.length + 3; i++) {
        await page.keyboard.press("Tab");
        const f = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {
            index: Number(el.getAttribute("data-kbd") ?? -1),
            label: `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`,
            ring: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none",
            inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
          };
        });
        if (!f || (reached.length && f.index === reached[0])) break; // left the page or wrapped around
        expect(f.index, `${route}: focus went to something not in the page's interactive elements: ${f.label}`).toBeGreaterThanOrEqual(0);
        if (!f.ring || !f.inView) unseen.push(f.label);
        reached.push(f.index);
      }
      expect(unseen, `${route}: focused but not visibly so`).toEqual([]);
      expect(reached, `${route}: tab order (expected ${expected.join(" / ")})`).toEqual(expected.map((_, i) => i));

      // Headings: one h1, first, and no level skipped on the way down.
      const levels = await page
        .locator("h1, h2, h3, h4, h5, h6")
        .evaluateAll((els) => els.filter((e) => e.checkVisibility({ visibilityProperty: true })).map((e) => Number(e.tagName[1])));
      expect(levels[0], `${route}: first heading`).toBe(1);
      expect(levels.filter((l) => l === 1).length, `${route}: h1 count`).toBe(1);
      const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
      expect(skips, `${route}: heading levels skipped`).toEqual([]);

      // Tables: every data cell has a column or row header a screen reader can announce.
      const tableProblems = await page.locator("main table").evaluateAll((tables) =>
        tables.flatMap((table, t) => {
          const problems: string[] = [];
          const t_ = table as HTMLTableElement;
          const columnHeaders = [...t_.querySelectorAll("thead th")];
          for (const th of t_.querySelectorAll("th")) {
            const inHead = !!th.closest("thead");
            const scope = th.getAttribute("scope");
            if (!inHead && scope !== "row" && scope !== "col") problems.push(`table ${t}: th "${th.textContent}" outside thead has no scope`);
          }
          for (const row of t_.querySelectorAll("tbody tr")) {
            const rowHeader = row.querySelector("th[scope=row]");
            for (const td of row.querySelectorAll("td")) {
              const col = (td as HTMLTableCellElement).cellIndex;
              const hasColumn = columnHeaders.length > 0 && col < columnHeaders.length && (columnHeaders[col].textContent ?? "").trim() !== "";
              if (!hasColumn && !rowHeader) problems.push(`table ${t}: cell "${td.textContent?.slice(0, 20)}" has no header`);
            }
          }
          return problems;
        }),
      );
      expect(tableProblems, route).toEqual([]);

      // Phone links: the number as shown, then whom the call goes to (named where the caller can see it too), and a 44 px target.
      const phones = await page.locator("a[href^='tel:']").evaluateAll((links) =>
        links.map((a) => {
          const r = a.getBoundingClientRect();
          const shown = [...a.childNodes]
            .filter((n) => !(n instanceof HTMLElement && n.getAttribute("aria-hidden") === "true"))
            .map((n) => n.textContent)
            .join("")
            .trim();
          // the row, card or paragraph the number sits in, where its desk is written for sighted callers
          const context = (a.closest("tr") ?? a.closest("article") ?? a.closest("p, dd") ?? a.closest("section"))?.textContent ?? "";
          return { name: a.getAttribute("aria-label") ?? a.textContent ?? "", shown, context, w: r.width, h: r.height };
        }),
      );
      for (const p of phones) {
        const m = /^(.+?) (.+)に電話をかける$/.exec(p.name);
        expect(m, `${route}: "${p.name}" says the number and whom it calls`).not.toBeNull();
        expect(m![1], `${route}: the name starts with the number as shown`).toBe(p.shown);
        expect(m![2], `${route}: whom`).toMatch(/\D/);
        expect(p.context, `${route}: "${m![2]}" is also written beside ${p.shown}`).toContain(m![2]);
        expect(Math.min(p.w, p.h), `${route}: ${p.shown} tap target`).toBeGreaterThanOrEqual(44);
      }
      if (route.startsWith("/programs/")) {
        const names = phones.map((p) => p.name);
        for (const n of expectedPhoneNames(route.split("/")[2])) expect(names, route).toContain(n);
      }
    });
  });
}

test("the accessibility policy states the target level and covers as many pages as the tests do", async ({ page }) => {
  await open(page, "/accessibility");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アクセシビリティ方針");
  const main = page.locator("main");
  await expect(main).toContainText("JIS X 8341-3:2016");
  await expect(main).toContainText("適合レベル AA");
  await expect(main).toContainText(`全 ${everyPage.length} ページ`);
  await expect(main.getByRole("table").getByRole("cell", { name: "違反 0 件" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "アクセシビリティ方針" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
});
