import fs from "node:fs";
import path from "node:path";
import type axeCore from "axe-core";
import { expect, type Page } from "@playwright/test";

/**
 * What every browser test needs from a page: to know when it is ready (no
 * fixed waits), what went wrong while it was open, and the checks that run
 * inside it (axe-core, headings, tables, phone links, the keyboard walk).
 * Each check returns its problems as readable lines, so a test can both
 * record how many there were and fail on them.
 */

/**
 * React has hydrated (components/hydration-mark), no island is still waiting
 * to know the time, and a results page (/search?q=…) shows its results.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(
    () => document.documentElement.hasAttribute("data-hydrated") && !document.querySelector('[data-open-status="pending"], [data-schedule-status="pending"]'),
    undefined,
    { timeout: 15_000 },
  );
  if (new URL(page.url()).pathname === "/search" && new URL(page.url()).searchParams.get("q")) {
    await expect(page.locator("main").getByRole("status")).toHaveText(/件|見つかりませんでした/);
  }
}

export type Watch = { errors: string[]; csp: () => Promise<string[]>; outside: string[] };

/**
 * Listens for console errors, uncaught exceptions, requests to any other
 * origin and Content-Security-Policy violations (from the `securitypolicyviolation`
 * event, which also catches what the console does not show). Attach before `goto`.
 */
export async function watch(page: Page, origin: string, { expectedStatus = 200 } = {}): Promise<Watch> {
  const errors: string[] = [];
  const outside: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() !== "error" && !/Content.Security.Policy|Permissions-Policy/i.test(m.text())) return;
    // the 404 page's own status is reported as a failed load of the document itself
    if (expectedStatus === 404 && /status of 404/.test(m.text()) && m.location().url === page.url()) return;
    errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("data:") && new URL(r.url()).origin !== origin) outside.push(r.url());
  });
  const csp = () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return { errors, csp, outside };
}

export type AxeRun = { violations: string[]; violated: string[]; rules: number; version: string };

/**
 * The axe-core engine that @axe-core/playwright ships with (so the version
 * is the one that package is tested against), injected once per page. The
 * site has no frames (its CSP allows none), nor has /admin (its preview pane
 * is off), so axe runs in the page itself;
 * AxeBuilder would inject the 500 KB script again for every run and merge
 * per-frame results in an extra blank page, which is most of its time here.
 */
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js", { paths: [path.dirname(require.resolve("@axe-core/playwright"))] }), "utf8");

/** axe-core's full default rule set over the page as it is now. */
export async function axe(page: Page): Promise<AxeRun> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  // Only violations need their nodes listed; the other result types just name the rules that ran.
  const r = await page.evaluate(() => (window as unknown as { axe: typeof axeCore }).axe.run(document, { resultTypes: ["violations"] }));
  const rules = new Set([...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id));
  return {
    violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
    violated: r.violations.map((v) => v.id),
    rules: rules.size,
    version: r.testEngine.version,
  };
}

/** One h1, first, and no heading level skipped on the way down. */
export function headingProblems(page: Page): Promise<string[]> {
  return page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((els) => {
    const levels = els.filter((e) => e.checkVisibility({ visibilityProperty: true })).map((e) => Number(e.tagName[1]));
    const problems: string[] = [];
    if (levels[0] !== 1) problems.push(`the first heading is h${levels[0]}, not h1`);
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1 headings`);
    levels.forEach((l, i) => {
      if (i > 0 && l > levels[i - 1] + 1) problems.push(`heading level skipped: h${levels[i - 1]} → h${l}`);
    });
    return problems;
  });
}

/** Every data cell has a column or row header a screen reader can announce. */
export function tableProblems(page: Page): Promise<string[]> {
  return page.locator("main table").evaluateAll((tables) =>
    tables.flatMap((table, t) => {
      const problems: string[] = [];
      const columnHeaders = [...table.querySelectorAll("thead th")];
      for (const th of table.querySelectorAll("th")) {
        const scope = th.getAttribute("scope");
        if (!th.closest("thead") && scope !== "row" && scope !== "col") problems.push(`table ${t}: th "${th.textContent}" outside thead has no scope`);
      }
      for (const row of table.querySelectorAll("tbody tr")) {
        const rowHeader = row.querySelector("th[scope=row]");
        for (const td of row.querySelectorAll("td")) {
          const col = (td as HTMLTableCellElement).cellIndex;
          const hasColumn = col < columnHeaders.length && (columnHeaders[col].textContent ?? "").trim() !== "";
          if (!hasColumn && !rowHeader) problems.push(`table ${t}: cell "${td.textContent?.slice(0, 20)}" has no header`);
        }
      }
      return problems;
    }),
  );
}

export type PhoneLinkSeen = { name: string; shown: string; context: string; w: number; h: number };

/** Every tel: link: its accessible name, the number it shows, the text around it and its size. */
export function phoneLinks(page: Page): Promise<PhoneLinkSeen[]> {
  return page.locator("a[href^='tel:']").evaluateAll((links) =>
    links.map((a) => {
      const r = a.getBoundingClientRect();
      const shown = [...a.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.getAttribute("aria-hidden") === "true"))
        .map((n) => n.textContent)
        .join("")
        .trim();
      // the row, card or paragraph the number sits in, where its desk is written for sighted callers
      const context = (a.closest("tr") ?? a.closest("article") ?? a.closest("li[data-phone-book-entry]") ?? a.closest("p, dd") ?? a.closest("section"))?.textContent ?? "";
      return { name: a.getAttribute("aria-label") ?? a.textContent ?? "", shown, context, w: r.width, h: r.height };
    }),
  );
}

/**
 * A phone link's name is the number exactly as shown, then whom it calls,
 * that desk also written beside the number, on a target of 44 px or more.
 * `desks` are the names the content gives the page's desks: the name must
 * end with one of them, not merely with any text.
 */
export function phoneLinkProblems(links: PhoneLinkSeen[], desks?: string[]): string[] {
  return callLinkProblems(links, /^(.+?) (.+)に電話をかける$/, desks);
}

/** The same for the English pages' call links: "017-734-9243, call Regional Industry Division" (lib/site/english.ts). */
export function englishPhoneLinkProblems(links: PhoneLinkSeen[], desks?: string[]): string[] {
  return callLinkProblems(links, /^(.+?), call (.+)$/, desks);
}

/** `name` captures the number as shown, then whom it calls. */
function callLinkProblems(links: PhoneLinkSeen[], name: RegExp, desks?: string[]): string[] {
  return links.flatMap((p) => {
    const m = name.exec(p.name);
    if (!m) return [`"${p.name}" does not say the number and whom it calls`];
    const problems: string[] = [];
    if (m[1] !== p.shown) problems.push(`"${p.name}" does not start with the number as shown (${p.shown})`);
    if (desks && !desks.includes(m[2])) problems.push(`"${p.name}" names "${m[2]}", which is none of the page's desks`);
    if (!p.context.includes(m[2])) problems.push(`"${m[2]}" is not written beside ${p.shown}`);
    if (Math.min(p.w, p.h) < 44) problems.push(`${p.shown}: tap target ${Math.round(p.w)}×${Math.round(p.h)} px`);
    return problems;
  });
}

/** Pixels the page scrolls sideways at its current width. */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

export type KeyboardWalk = { stops: number; problems: string[] };

/**
 * Tab through the whole page from its top: every interactive element, in
 * document order, each with a visible focus indicator in view, the skip link
 * first. Then the skip link itself: it must take focus into the main content.
 * Call on a freshly loaded, hydrated page.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardWalk> {
  const problems: string[] = [];
  const expected = await page.evaluate(() => {
    const candidates = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")];
    const reachable = candidates.filter((el) => {
      if (el.tabIndex < 0 || el.matches(":disabled") || (el instanceof HTMLInputElement && el.type === "hidden")) return false;
      if (el instanceof HTMLInputElement && el.type === "radio" && el.name) {
        // a radio group is one tab stop: the checked radio, or the first if none is
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
        if ((group.find((r) => r.checked) ?? group[0]) !== el) return false;
      }
      if (el.classList.contains("skip-link")) return true; // off-screen until focused, by design
      return el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
    });
    reachable.forEach((el, i) => el.setAttribute("data-kbd", String(i)));
    return reachable.map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}`);
  });
  // An English page (/en) has its own skip link, in English.
  const english = (await page.locator("html").getAttribute("lang")) === "en";
  const skipName = english ? "Skip to main content" : "本文へ移動";
  if (expected[0] !== `a ${skipName}`) problems.push(`the first tab stop is "${expected[0]}", not the skip link`);
  const reached: number[] = [];
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
    if (f.index < 0) problems.push(`focus went to something not among the page's interactive elements: ${f.label}`);
    if (!f.ring || !f.inView) problems.push(`focused but not visibly so: ${f.label}`);
    reached.push(f.index);
  }
  if (expected.length === 0) problems.push("no interactive element found");
  if (JSON.stringify(reached) !== JSON.stringify(expected.map((_, i) => i))) {
    problems.push(`tab order: reached ${reached.join(",")} of ${expected.length} stops (${expected.join(" / ")})`);
  }

  const skip = page.getByRole("link", { name: skipName });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  if (!(await page.evaluate(() => !!document.activeElement?.closest("main")))) problems.push("Tab after the skip link does not land in main");
  return { stops: reached.length, problems };
}
