import { test as ownContext } from "@playwright/test";
import { callNumbers, contactDesks, faxNumber, servesNeed } from "../../lib/content/model";
import { phoneDigits } from "../../lib/phone/number";
import { buildPhoneBook } from "../../lib/phone-book/entries";
import { phoneBookLayout } from "../../lib/phone-book/groups";
import { faxSheetPath } from "../../lib/site/paths";
import { waitForHydration } from "../support/browser";
import { areas, digits, localOffice, needs, phonesOf, programs } from "../support/content";
import { expect, test } from "../support/fixtures";

/**
 * The phone book in the production build, the way a caller uses it: typing
 * a number however it is written (spaced, full-width) leaves the desks that
 * have it; without JavaScript the whole list is there, grouped by need and by
 * area, each desk's FAX with its sheet beside its number. The grouping's every case is components/phone-book's test.
 */

/** The number of the startup program's office in 八戸市, as a caller might read it off a flyer. */
const startup = programs.find((p) => servesNeed(p, "startup") && localOffice(p, "八戸市"))!;
const number = callNumbers(localOffice(startup, "八戸市")!)[0].number;
const spaced = number.replace(/-/g, " ");
const fullWidth = digits(number).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const entries = buildPhoneBook(programs);
const layout = phoneBookLayout(entries, needs, areas);

for (const typed of [spaced, fullWidth]) {
  test(`finds ${number} typed as 「${typed}」, with its hours and open-now where content has them`, async ({ page }) => {
    await page.goto("/phone-book");
    await waitForHydration(page);
    const box = page.getByLabel("名前・地名・制度名・番号で絞り込む");
    const top = (await box.boundingBox())!;
    expect(top.y + top.height, "the filter is on the first screen").toBeLessThan(844);
    await box.fill(typed);
    const entries = page.locator("[data-phone-book-entry]");
    await expect(entries.locator(`a[href="tel:${phoneDigits(number)}"]`).first()).toBeVisible();
    for (const text of await entries.allInnerTexts()) expect(text.replace(/\D/g, "")).toContain(digits(number));
    const ids = new Set(await entries.evaluateAll((els) => els.map((e) => e.getAttribute("data-phone-book-entry"))));
    await expect(page.getByText(`${ids.size}件の窓口を表示しています`)).toBeVisible();
    // the results start right under the box: the contents give way while typing
    await expect(page.getByRole("navigation", { name: "電話帳の目次" })).toHaveCount(0);
    const first = (await entries.first().boundingBox())!;
    expect(first.y).toBeLessThan(844);
  });
}

test("every desk with hours shows them, and its open-now, beside its number", async ({ page }) => {
  await page.goto("/phone-book");
  await waitForHydration(page);
  for (const p of programs) {
    for (const c of contactDesks(p).filter((x) => x.hours?.days)) {
      const card = page.locator("[data-phone-book-entry]", { has: page.locator(`a[href="tel:${phoneDigits(callNumbers(c)[0].number)}"]`) }).first();
      await expect(card).toContainText(c.hours!.text);
      await expect(card.locator("[data-open-status]")).toHaveText(/^受付(中|時間外)/);
    }
  }
});

ownContext.describe("without JavaScript", () => {
  ownContext.use({ javaScriptEnabled: false });

  ownContext("the whole phone book is there, by need and by area, and the menu still opens", async ({ page }) => {
    await page.goto("/phone-book");
    const calls = new Set(await page.locator("main a[href^='tel:']").evaluateAll((els) => els.map((a) => a.getAttribute("href"))));
    for (const t of programs.flatMap(phonesOf)) expect(calls, t.number).toContain(`tel:${digits(t.number)}`);
    const groups = await page.locator("main h3").allInnerTexts();
    expect(groups).toEqual([...layout.byNeed, ...layout.byArea].map((g) => g.title));
    // beside each desk's number, its FAX with the sheet of the first program that lists it, in every group the desk is in
    for (const entry of entries.filter((e) => faxNumber(e.desk))) {
      const fax = faxNumber(entry.desk)!.number;
      const shown = await page.locator(`[data-phone-book-entry="${entry.id}"] [data-fax]`).evaluateAll((els) => els.map((e) => [e.getAttribute("data-fax"), e.querySelector("a")?.getAttribute("href")]));
      expect(shown.length, entry.desk.name).toBeGreaterThan(0);
      for (const s of shown) expect(s, entry.desk.name).toEqual([fax, faxSheetPath(entry.programs[0].slug, fax)]);
    }
    await expect(page.locator("main [data-relay-note]")).toHaveCount(1);
    await page.locator("header summary", { hasText: "メニュー" }).click();
    await expect(page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "電話帳" })).toBeVisible();
  });
});
