import { expect, test } from "@playwright/test";
import { allRoutes, programs } from "./content";

test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways", async ({ page }) => {
    for (const route of allRoutes) {
      await page.goto(route);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, route).toBeLessThanOrEqual(client);
    }
  });

  test("phone links are at least 44 px tall and tables become cards", async ({ page }) => {
    for (const route of allRoutes.filter((r) => r.startsWith("/programs/"))) {
      await page.goto(route);
      for (const box of await page.locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
        expect(box.height, route).toBeGreaterThanOrEqual(44);
        expect(box.width, route).toBeGreaterThanOrEqual(44);
      }
      const displays = await page.locator("table.stack-table tr").evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
      expect(displays.every((d) => d === "block"), route).toBe(true);
    }
  });
});

test("every page has lang=ja, one h1, a unique title and a working skip link", async ({ page }) => {
  const titles = new Map<string, string>();
  for (const route of allRoutes) {
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect(await page.locator("h1").count(), route).toBe(1);
    const title = await page.title();
    expect(titles.get(title), `${route} shares its title with ${titles.get(title)}`).toBeUndefined();
    titles.set(title, route);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, route).toBeGreaterThan(10);
  }
  await page.goto("/programs");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へ移動" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("no request leaves the site", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) outside.push(r.url());
  });
  for (const route of ["/", ...programs.map((p) => `/programs/${p.slug}`), "/flow"]) await page.goto(route, { waitUntil: "networkidle" });
  expect(outside).toEqual([]);
});
