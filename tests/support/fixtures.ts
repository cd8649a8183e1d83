import { test as base, type BrowserContext } from "@playwright/test";

/**
 * A `test` whose pages share one browser context per worker, so the site's
 * scripts and styles come from the browser's cache after the first page
 * instead of being fetched, compressed and compiled again for every test.
 * Each test still gets a page of its own (its own listeners and init
 * scripts). For tests that leave nothing behind in the browser (no storage,
 * no permissions, no emulation that outlives the page).
 */
export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, provide, workerInfo) => {
      const o = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL: o.baseURL,
        viewport: o.viewport,
        isMobile: o.isMobile,
        hasTouch: o.hasTouch,
        deviceScaleFactor: o.deviceScaleFactor,
        locale: o.locale,
        timezoneId: o.timezoneId,
      });
      await provide(context);
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ sharedContext }, provide) => {
    const page = await sharedContext.newPage();
    await provide(page);
    await page.close();
  },
});

export { expect } from "@playwright/test";
