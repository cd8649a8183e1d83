import { test as ownContext, type Page } from "@playwright/test";
import { localCall, mainCall } from "../../lib/areas/local-desk";
import { callNumbers, servesNeed } from "../../lib/content/model";
import { freshnessText } from "../../lib/content/reviews";
import { phoneDigits } from "../../lib/phone/number";
import { GLANCE_ROWS, glanceRows } from "../../lib/site/glance";
import { faxSheetPath, programPath } from "../../lib/site/paths";
import { waitForHydration } from "../support/browser";
import { areas, localOffice, programs } from "../support/content";
import { expect, test } from "../support/fixtures";

/**
 * What a hurried caller sees on a 390×844 phone before scrolling, for every
 * program in content/: a number to call, that desk's hours where content has
 * them and whether it is open now, all inside the first screen, under a
 * header of at most 120 px, beside it the same desk's FAX with its sheet and how current its facts are; then
 * the same rows (who, cost, status) on every program. With a municipality chosen, its own office's number comes first.
 */

const SCREEN = { width: 390, height: 844 };
const HEADER_MAX = 120;

type Box = { top: number; bottom: number } | null;
const box = (page: Page, selector: string): Promise<Box> =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  }, selector);

for (const program of programs) {
  test(`${programPath(program.slug)}: the number to call, its hours and open-now are on the first screen`, async ({ page }) => {
    await page.setViewportSize(SCREEN);
    await page.goto(programPath(program.slug));
    await waitForHydration(page);

    const header = await box(page, "body > header");
    expect(header!.bottom - header!.top, "header height").toBeLessThanOrEqual(HEADER_MAX);

    // the first number in the page's main content is the program's main desk (no municipality chosen)
    const desk = mainCall(program);
    const call = page.locator("main a[href^='tel:']").first();
    await expect(call).toHaveAttribute("href", `tel:${phoneDigits(desk.phone.number)}`);
    const callBox = (await call.boundingBox())!;
    expect(callBox.y + callBox.height, "the call button ends inside the first screen").toBeLessThan(SCREEN.height);
    expect(Math.min(callBox.width, callBox.height)).toBeGreaterThanOrEqual(44);

    // how current its facts are, beside the number and inside the first screen, in the words its review records allow
    const note = page.locator("main [data-freshness]").first();
    await expect(note).toHaveText(freshnessText(program.freshness));
    const n = (await note.boundingBox())!;
    expect(n.y + n.height, "the freshness note ends inside the first screen").toBeLessThan(SCREEN.height);

    const card = page.locator(`main [data-call-desk="${desk.phone.number}"]`).first();
    if (desk.hours) {
      const hours = card.getByText(desk.hours.text);
      await expect(hours).toBeVisible();
      const h = (await hours.boundingBox())!;
      expect(h.y + h.height, "the hours end inside the first screen").toBeLessThan(SCREEN.height);
    } else {
      await expect(card).toContainText("受付時間はガイドブックに記載がありません");
    }
    if (desk.hours?.days) {
      const status = card.locator("[data-open-status]");
      await expect(status).toHaveAttribute("data-open-status", /^(open|closed)$/);
      await expect(status).toHaveText(/^受付(中|時間外)/);
      const s = (await status.boundingBox())!;
      expect(s.y + s.height, "open-now ends inside the first screen").toBeLessThan(SCREEN.height);
    }

    // not only by voice: the same desk's FAX, with its sheet, beside the number and on the first screen too; its e-mail and form where content has them
    if (desk.fax) {
      const fax = card.locator(`[data-fax="${desk.fax}"]`);
      await expect(fax).toContainText(desk.fax);
      await expect(fax.getByRole("link", { name: /^FAX送付状/ })).toHaveAttribute("href", faxSheetPath(program.slug, desk.fax));
      const f = (await fax.boundingBox())!;
      expect(f.y + f.height, "the FAX ends inside the first screen").toBeLessThan(SCREEN.height);
    }
    if (desk.email) await expect(card.locator(`a[href="mailto:${desk.email}"]`)).toBeVisible();
    if (desk.form) await expect(card.locator(`a[href="${desk.form}"]`)).toBeVisible();
    // and once, under the desk, that a caller who cannot hear or speak can call any of them through the relay service
    const relay = page.locator("main [data-relay-note]");
    await expect(relay).toHaveCount(1);
    expect((await relay.boundingBox())!.y, "the relay line starts inside the first screen").toBeLessThan(SCREEN.height);

    // the same rows on every program, in the same order, saying so where the guidebook is silent
    const rows = page.locator("main section dl").first().locator(":scope > div");
    await expect(rows.locator("dt")).toHaveText(GLANCE_ROWS.map((r) => r.key));
    await expect(rows.locator("dd")).toHaveText(glanceRows(program).map((r) => r.value));
  });
}

ownContext.describe("with a municipality chosen", () => {
  // localStorage is the visitor's choice: a context of its own, not the shared one.
  const hachinohe = areas.municipalities.find((m) => m.name === "八戸市")!;
  const startup = programs.find((p) => servesNeed(p, "startup") && localOffice(p, hachinohe.name))!;

  ownContext.beforeEach(async ({ page }) => {
    await page.setViewportSize(SCREEN);
    await page.addInitScript((name) => window.localStorage.setItem("aomori-shien-navi:municipality", name), hachinohe.name);
  });

  ownContext("the startup page's first number is the program's own office in 八戸市, with the main desk below it", async ({ page }) => {
    expect(startup, "content has a startup program with an office in 八戸市").toBeDefined();
    const office = callNumbers(localOffice(startup, hachinohe.name)!)[0];
    expect(localCall(startup, hachinohe).phone.number).toBe(office.number);
    await page.goto(programPath(startup.slug));
    await waitForHydration(page);
    const calls = page.locator("main a[href^='tel:']");
    await expect(calls.first()).toHaveAttribute("href", `tel:${phoneDigits(office.number)}`);
    await expect(calls.nth(1)).toHaveAttribute("href", `tel:${phoneDigits(mainCall(startup).phone.number)}`);
    const first = (await calls.first().boundingBox())!;
    expect(first.y + first.height).toBeLessThan(SCREEN.height);
    await expect(page.locator("main").getByText(`${hachinohe.name}の窓口`).first()).toBeVisible();
  });
});
