import { expect, test } from "@playwright/test";
import { allRoutes, needs, programs } from "./content";

test("every page is reachable by following links from /", async ({ request }) => {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length) {
    const route = queue.shift()!;
    const res = await request.get(route);
    expect(res.status(), route).toBe(200);
    const html = await res.text();
    for (const m of html.matchAll(/href="(\/[^"#?]*)/g)) {
      const href = m[1].replace(/\/$/, "") || "/";
      if (href.startsWith("/_next") || seen.has(href)) continue;
      seen.add(href);
      queue.push(href);
    }
  }
  for (const route of allRoutes) expect(seen, route).toContain(route);
});

test("home → need → program, by clicking", async ({ page }) => {
  const program = programs[programs.length - 1];
  const category = needs.find((n) => n.slug === program.categories[0])!;
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(category.need) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.need);
  await page.getByRole("link", { name: program.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(program.title);
  await expect(page).toHaveURL(new RegExp(`/programs/${program.slug}$`));
});

test("each need lists exactly its programs", async ({ page }) => {
  for (const c of needs) {
    await page.goto(`/needs/${c.slug}`);
    const titles = await page.locator("main article h2 a").allTextContents();
    expect(titles, c.slug).toEqual(programs.filter((p) => p.categories.includes(c.slug)).map((p) => p.title));
  }
});

test("the programs index is in guidebook order", async ({ page }) => {
  await page.goto("/programs");
  const titles = await page.locator("main article h2 a").allTextContents();
  expect(titles).toEqual([...programs].sort((a, b) => a.source.number - b.source.number).map((p) => p.title));
});

test("unknown paths get the site's own 404 page", async ({ page }) => {
  for (const path of ["/programs/no-such-program", "/needs/no-such-need", "/no-such-page"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
    await expect(page.getByRole("link", { name: "困りごとから探す" }).first()).toBeVisible();
    const body = await page.content();
    expect(body).not.toMatch(/at \w+ \(|node_modules|\/work\//);
  }
});

test("the consultation flow is text, in order", async ({ page }) => {
  await page.goto("/flow");
  const steps = page.getByRole("list", { name: "相談の流れ" }).locator(":scope > li");
  expect(await steps.count()).toBeGreaterThan(1);
  await expect(page.getByRole("heading", { name: /中小企業者/ }).first()).toBeVisible();
  expect(await page.locator("main img").count()).toBe(0);
});
