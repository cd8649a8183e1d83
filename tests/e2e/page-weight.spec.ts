import { expect, test } from "@playwright/test";
import { programPath } from "../../lib/site/paths";
import { programs } from "../support/content";

/**
 * Program pages ship no client JavaScript of their own. Beyond what the home
 * page loads (the framework and the layout, search box included) they load
 * only the visitor-feature islands (open now, nearest office, share), and
 * every program page loads exactly the same scripts: nothing grows with a
 * program's content. Sizes are a benchmark (`npm run page-weight`), not a test.
 */
const scriptsOf = (html: string) =>
  new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]));

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
