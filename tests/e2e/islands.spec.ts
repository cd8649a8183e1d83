import { expect, test } from "@playwright/test";
import { programPath, programUrl } from "../../lib/site/paths";
import { mainNumber, officeDesks } from "../../lib/content/model";
import { waitForHydration } from "../support/browser";
import { digits, programs } from "../support/content";
import { expectedStatus, isTimed, japanInstant, japanToday, telltaleMoments, type TimedHours } from "../support/open-hours";

/**
 * One thin test per island of client code, proving that in the real build it
 * hydrates and does its job. What each island does in every case is tested
 * beside it (components/<name>/*.test.tsx) in a DOM without a browser.
 */

// an office closed on national holidays, so the holiday list the build sends to the browser matters
const closesOnHolidays = (h: (typeof programs)[number]["desks"][number]["hours"]) => isTimed(h) && !!h.closedOn?.includes("祝日");
const withHours = programs.find((p) => officeDesks(p).some((o) => closesOnHolidays(o.hours)))!;
const office = officeDesks(withHours).find((o) => closesOnHolidays(o.hours))!;
const hours = office.hours as TimedHours;

test("open now: the status appears in Japan time, with the holidays the build sends, without moving the page", async ({ page }) => {
  // a national holiday on one of the desk's weekdays: right only if the holiday list reached the browser
  const holiday = telltaleMoments(hours, japanToday()).find((m) => m.label.startsWith("a national holiday"))!;
  const at = japanInstant(holiday.iso, "10:00");
  await page.clock.setFixedTime(at);
  await page.goto(programPath(withHours.slug));
  await waitForHydration(page);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: office.name }) });
  await expect(row.locator("[data-open-status]")).toHaveText(expectedStatus(hours, holiday.iso, "10:00"));
  await expect(row.locator("[data-open-status]")).toHaveAttribute("data-open-status", "closed");

  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
  expect(shift, "cumulative layout shift").toBeLessThan(0.01);
});

test("schedule: the next session of each venue is marked in the browser", async ({ page }) => {
  const scheduled = programs.find((p) => p.schedule)!;
  const dates = scheduled.schedule!.venues.flatMap((v) => v.dates.map((d) => d.date)).sort();
  const today = dates[Math.floor(dates.length / 2)];
  await page.clock.setFixedTime(japanInstant(today, "09:00"));
  await page.goto(programPath(scheduled.slug));
  await waitForHydration(page);
  const next = await page.locator('li[data-session="next"] time').evaluateAll((els) => els.map((e) => e.getAttribute("datetime")).sort());
  expect(next).toEqual(scheduled.schedule!.venues.flatMap((v) => v.dates.map((d) => d.date).sort().find((d) => d >= today) ?? []).sort());
  expect(await page.locator('li[data-session="past"]').count()).toBe(dates.filter((d) => d < today).length);
});

test("share: where there is no share sheet, the button copies the page's public URL and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", { configurable: true, value: undefined });
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => ((window as unknown as { copied: string }).copied = text) },
    });
  });
  const p = programs[0];
  await page.goto(programPath(p.slug));
  await waitForHydration(page);
  const button = page.getByRole("button", { name: "このページの URL をコピー" });
  await button.click();
  // the public URL when the build knows its origin; else the address the page is read at
  await expect.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(new URL(programUrl(p.slug), page.url()).href);
  await expect(button.locator("xpath=..").getByRole("status")).toHaveText("このページの URL をコピーしました");
});

test("phone book: typing a number's last digits leaves only the entries with them", async ({ page }) => {
  const number = mainNumber(withHours).number;
  await page.goto("/phone-book");
  await waitForHydration(page);
  const entries = page.locator("[data-phone-book-entry]");
  const ids = async () => new Set(await entries.evaluateAll((els) => els.map((e) => e.getAttribute("data-phone-book-entry")))).size;
  const all = await ids();
  await page.getByLabel("名前・地名・制度名・番号で絞り込む").fill(digits(number).slice(-4));
  await expect.poll(ids).toBeLessThan(all);
  await expect(entries.first()).toBeVisible();
  for (const text of await entries.allInnerTexts()) expect(text.replace(/\D/g, "")).toContain(digits(number).slice(-4));
  // a desk serving several needs is listed under each; the count is of desks
  await expect(page.getByText(`${await ids()}件の窓口を表示しています`)).toBeVisible();
});

test("where are you?: choosing a municipality puts its office first, and the choice outlives a reload", async ({ page }) => {
  const placed = (p: (typeof programs)[number]) => officeDesks(p).filter((o) => o.municipality);
  const program = [...programs].sort((a, b) => placed(b).length - placed(a).length)[0];
  const far = placed(program).at(-1)!;
  await page.goto(programPath(program.slug));
  await waitForHydration(page);
  const firstRow = page.locator("section:has(#offices) tbody tr th").first();
  await expect(firstRow).toContainText(officeDesks(program)[0].name);
  await page.getByLabel(/事業所の市町村を選ぶと/).selectOption(far.municipality!.name);
  await expect(firstRow).toContainText(far.name);
  await expect(firstRow).toContainText("お選びの市町村");
  await page.reload();
  await waitForHydration(page);
  await expect(firstRow).toContainText(far.name);
});
