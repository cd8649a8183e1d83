import { expect, test } from "@playwright/test";
import { pageScripts } from "../../lib/site/after-paint";
import { programPath } from "../../lib/site/paths";
import { programs } from "../support/content";

/**
 * Program pages ship no client JavaScript of their own. Beyond what the home
 * page loads (the framework and the layout, search box included) they load
 * only the visitor-feature islands (open now, nearest office, share), and
 * every program page loads exactly the same scripts: nothing grows with a
 * program's content. Sizes are a benchmark (`npm run page-weight`), not a test.
 */
const scriptsOf = (html: string) => new Set(pageScripts(html));

test("every program page loads the same scripts, and none carries a program's content", async ({ request }) => {
  const shared = scriptsOf(await (await request.get("/")).text());
  expect(shared.size).toBeGreaterThan(0);
  const extraOf = new Map<string, string[]>();
  for (const p of programs) {
    extraOf.set(p.slug, [...scriptsOf(await (await request.get(programPath(p.slug))).text())].filter((s) => !shared.has(s)).sort());
  }
  const [first, ...rest] = programs.map((p) => p.slug);
  for (const slug of rest) expect(extraOf.get(slug), `${slug} loads other scripts than ${first}`).toEqual(extraOf.get(first));

  const islands = await Promise.all(extraOf.get(first)!.map(async (src) => (await request.get(src)).text()));
  for (const p of programs) {
    for (const code of islands) {
      expect(code.includes(p.title), `${p.slug}'s title is in a script`).toBe(false);
      expect(code.includes(p.summary), `${p.slug}'s summary is in a script`).toBe(false);
    }
  }
});

test("a page full of links fetches nothing for them until one is followed", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "fetch" || r.url().includes("_rsc=")) fetched.push(r.url());
  });
  await page.goto("/programs", { waitUntil: "networkidle" });
  expect(await page.locator("main a[href^='/programs/']").count()).toBeGreaterThanOrEqual(programs.length);
  expect(fetched).toEqual([]);

  await page.locator(`main a[href='${programPath(programs[0].slug)}']`).first().click();
  await expect(page).toHaveURL(new RegExp(`${programPath(programs[0].slug)}$`));
  await expect(page.locator("h1")).toHaveText(programs[0].title);
});

test("the framework's scripts are requested only once the page has painted its content, and then the page works", async ({ page }) => {
  for (const route of ["/", programPath(programs[0].slug), "/search?q=%E9%A6%99%E6%B8%AF"]) {
    await page.goto(route);
    await page.waitForSelector("html[data-hydrated]");
    const { fcp, scripts } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      scripts: performance
        .getEntriesByType("resource")
        .filter((r) => new URL(r.name).pathname.startsWith("/_next/static/") && r.name.endsWith(".js"))
        .map((r) => ({ url: new URL(r.name).pathname, start: r.startTime })),
    }));
    expect(fcp, `${route}: first contentful paint`).toBeGreaterThan(0);
    expect(scripts.length, route).toBeGreaterThan(0);
    for (const s of scripts) expect(s.start, `${route}: ${s.url} requested before the first paint`).toBeGreaterThanOrEqual(fcp!);
  }
});
