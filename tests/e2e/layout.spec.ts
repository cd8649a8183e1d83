import { expect, test } from "@playwright/test";
import { allRoutes, programs } from "./content";

// One test per page, so a slow machine never runs a whole-site loop against a single test's time limit.
test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const route of allRoutes) {
    test(`${route}: does not scroll sideways`, async ({ page }) => {
      await page.goto(route);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }

  for (const route of allRoutes.filter((r) => r.startsWith("/programs/"))) {
    test(`${route}: phone links are at least 44 px tall and tables become cards`, async ({ page }) => {
      await page.goto(route);
      for (const box of await page.locator("a[href^='tel:']").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }
      const displays = await page.locator("table.stack-table tr").evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
      expect(displays.every((d) => d === "block")).toBe(true);
    });
  }
});

for (const route of allRoutes) {
  test(`${route}: lang=ja, one h1 and a description`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect(await page.locator("h1").count()).toBe(1);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0).toBeGreaterThan(10);
  });
}

test("every page has a title of its own", async ({ request }) => {
  const titles = new Map<string, string>();
  for (const route of allRoutes) {
    const title = /<title>([^<]*)<\/title>/.exec(await (await request.get(route)).text())?.[1];
    expect(title, route).toBeTruthy();
    expect(titles.get(title!), `${route} shares its title with ${titles.get(title!)}`).toBeUndefined();
    titles.set(title!, route);
  }
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/programs");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へ移動" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const route of ["/", ...programs.map((p) => `/programs/${p.slug}`), "/flow", "/search?q=相談"]) {
  test(`${route}: no request leaves the site`, async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith("data:")) outside.push(r.url());
    });
    await page.goto(route, { waitUntil: "networkidle" });
    expect(outside).toEqual([]);
  });
}
