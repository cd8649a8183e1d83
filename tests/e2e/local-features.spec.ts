import { expect, test } from "@playwright/test";
import { digits, programs } from "./content";

/** Programs and places chosen from content, never by name. */
const withHours = programs.find((p) => p.offices?.some((o) => o.hours?.closedOn?.includes("祝日") && o.hours.closedOn.includes("年末年始")))!;
const scheduled = programs.find((p) => p.schedule)!;
const manyOffices = programs.find((p) => (p.offices ?? []).filter((o) => o.municipality).length >= 5)!;
const sessions = scheduled.schedule!.venues.flatMap((v) => v.dates.map((d) => d.date)).sort();

test.describe("open now", () => {
  const cases = [
    { when: "2026-11-25T10:00:00+09:00", expect: /受付中/, label: "a weekday morning" },
    { when: "2026-11-23T10:00:00+09:00", expect: /受付時間外（次は 明日 8:30 から/, label: "勤労感謝の日 (a Monday holiday)" },
    { when: "2026-12-30T10:00:00+09:00", expect: /受付時間外（次は 1\/4（月） 8:30 から/, label: "年末年始" },
    { when: "2026-11-28T10:00:00+09:00", expect: /受付時間外（次は 11\/30（月） 8:30 から/, label: "a Saturday" },
  ];
  for (const c of cases) {
    test(`on ${c.label}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(c.when));
      await page.goto(`/programs/${withHours.slug}`);
      const status = page.locator("[data-open-status]").first();
      await expect(status).not.toHaveAttribute("data-open-status", "pending");
      await expect(status).toHaveText(c.expect);
    });
  }

  test("the hours are in the static HTML and the status does not shift the layout", async ({ page, request }) => {
    const html = await (await request.get(`/programs/${withHours.slug}`)).text();
    const office = withHours.offices!.find((o) => o.hours)!;
    expect(html).toContain(office.hours!.text);
    await page.clock.setFixedTime(new Date("2026-11-25T10:00:00+09:00"));
    await page.goto(`/programs/${withHours.slug}`);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
});

test.describe("phone book", () => {
  const allNumbers = [...new Set(programs.flatMap((p) => [...p.contacts.flatMap((c) => c.tel), ...(p.offices ?? []).flatMap((o) => o.tel ?? [])].map((t) => t.number)))];

  test("lists every phone number of the site as a tap-to-call link", async ({ page }) => {
    await page.goto("/phone-book");
    for (const n of allNumbers) expect(await page.locator(`a[href="tel:${digits(n)}"]`).count(), n).toBeGreaterThan(0);
  });

  test("filters as you type, by digits however typed and by place", async ({ page }) => {
    await page.goto("/phone-book");
    const box = page.getByLabel("名前・地名・制度名・番号で絞り込む");
    const target = withHours.contacts[0].tel[0].number;
    for (const typed of [target, digits(target), target.slice(-4), target.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))]) {
      await box.fill(typed);
      const entries = page.locator("[data-phone-book-entry]");
      await expect(entries.first()).toBeVisible();
      for (const text of await entries.allInnerTexts()) expect(text.replace(/\D/g, ""), typed).toContain(digits(target).slice(-4));
    }
    const place = manyOffices.offices!.find((o) => o.municipality && o.tel)!.municipality!;
    await box.fill(place);
    const placed = page.locator("[data-phone-book-entry]");
    await expect(placed.first()).toBeVisible();
    for (const text of await placed.allInnerTexts()) expect(text).toContain(place.replace(/[市町村]$/, ""));
    await box.fill("存在しない窓口の名前");
    await expect(page.getByText("当てはまる窓口はありません")).toBeVisible();
    await expect(page.getByText("0件の窓口を表示しています")).toBeVisible();
  });
});

test.describe("where are you?", () => {
  test("orders offices nearest first and remembers the choice on this device", async ({ page }) => {
    const offices = manyOffices.offices!.filter((o) => o.municipality);
    const far = offices[offices.length - 1].municipality!;
    await page.goto(`/programs/${manyOffices.slug}`);
    const firstRow = page.locator("#offices ~ table tbody tr th, section:has(#offices) tbody tr th").first();
    await expect(firstRow).toContainText(offices[0].name);
    await page.getByLabel(/事業所の市町村を選ぶと/).selectOption(far);
    await expect(firstRow).toContainText(offices[offices.length - 1].name);
    await expect(firstRow).toContainText("お選びの市町村");
    await page.reload();
    await expect(firstRow).toContainText(offices[offices.length - 1].name);
    await page.getByLabel(/事業所の市町村を選ぶと/).selectOption("");
    await expect(firstRow).toContainText(offices[0].name);
  });
});

test.describe("schedules", () => {
  test("marks past sessions and the next one per venue", async ({ page }) => {
    const middle = sessions[Math.floor(sessions.length / 2)];
    await page.clock.setFixedTime(new Date(`${middle}T09:00:00+09:00`));
    await page.goto(`/programs/${scheduled.slug}`);
    await expect(page.locator("[data-schedule-status]")).toHaveAttribute("data-schedule-status", "upcoming");
    const past = await page.locator('li[data-session="past"] time').evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(past.length).toBe(sessions.filter((d) => d < middle).length);
    const next = await page.locator('li[data-session="next"] time').evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(next.length).toBeLessThanOrEqual(scheduled.schedule!.venues.length);
    for (const d of next) expect(d >= middle).toBe(true);
  });

  test("says so when the schedule has run out", async ({ page }) => {
    const after = new Date(`${sessions[sessions.length - 1]}T09:00:00+09:00`);
    after.setDate(after.getDate() + 1);
    await page.clock.setFixedTime(after);
    await page.goto(`/programs/${scheduled.slug}`);
    await expect(page.getByText("今年度の日程は終了しました。担当窓口にお問い合わせください")).toBeVisible();
    expect(await page.locator('li[data-session="past"]').count()).toBe(sessions.length);
  });
});
