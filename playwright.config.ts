import os from "node:os";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Pages opened once each, and the checks made once per template: their accessibility figures feed a11y-results.spec.ts. */
const SITE_PASS = ["pages.spec.ts", "templates.spec.ts"];
const A11Y_RESULTS = "a11y-results.spec.ts";

/**
 * Browser tests run in Debian's Chromium against the production build served
 * by `next start` on loopback (`npm run build` must have run first).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // One worker per core: each drives its own Chromium, and the server shares the same cores.
  workers: Number(process.env.E2E_WORKERS ?? os.availableParallelism()),
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: process.env.PW_OUTPUT_DIR ?? "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: process.env.PW_JSON ?? "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "site", testMatch: SITE_PASS },
    // Compares lib/a11y/results.json with what the site pass found, so it runs after it.
    { name: "a11y-results", testMatch: A11Y_RESULTS, dependencies: ["site"] },
    { name: "features", testIgnore: [...SITE_PASS, A11Y_RESULTS] },
  ],
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
