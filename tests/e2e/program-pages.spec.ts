import { expect, test } from "@playwright/test";
import { digits, programs } from "./content";

for (const program of programs) {
  test(`${program.slug}: contacts, offices and schedule as in content/`, async ({ page }) => {
    await page.goto(`/programs/${program.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(program.title);
    await expect(page).toHaveTitle(new RegExp(program.title.replace(/[()（）]/g, ".")));

    const phones = [...program.contacts.flatMap((c) => c.tel), ...(program.offices ?? []).flatMap((o) => o.tel ?? [])];
    for (const phone of phones) {
      const links = page.locator(`main a[href="tel:${digits(phone.number)}"]`);
      expect(await links.count(), phone.number).toBeGreaterThan(0);
      const texts = await links.allInnerTexts();
      const shown = phone.extension ? `${phone.number}（内線${phone.extension}）` : phone.number;
      expect(texts.some((t) => t.includes(shown)), `${shown} in ${texts}`).toBe(true);
      const names = await links.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
      expect(names.some((n) => n.startsWith(shown) && n.includes("電話")), `accessible name for ${shown}`).toBe(true);
    }

    const faxes = [...program.contacts.map((c) => c.fax), ...(program.offices ?? []).map((o) => o.fax)].filter((f): f is string => !!f);
    const telDigits = new Set(phones.map((p) => digits(p.number)));
    for (const fax of faxes) {
      await expect(page.locator("main").getByText(fax, { exact: true }).first()).toBeVisible();
      if (!telDigits.has(digits(fax))) expect(await page.locator(`a[href="tel:${digits(fax)}"]`).count(), fax).toBe(0);
    }

    for (const office of program.offices ?? []) {
      await expect(page.getByRole("rowheader", { name: office.name, exact: true })).toBeVisible();
      if (office.hours) await expect(page.locator("main").getByText(office.hours.text).first()).toBeVisible();
    }
    for (const contact of program.contacts) {
      if (contact.hours) await expect(page.locator("main").getByText(contact.hours.text).first()).toBeVisible();
    }

    const dates = program.schedule?.venues.flatMap((v) => v.dates.map((d) => d.date)) ?? [];
    const shownDates = await page.locator("main time[datetime]").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    for (const d of dates) expect(shownDates, d).toContain(d);

    // the summary first, then the body, then the contact table
    const order = await page.evaluate(() => {
      const y = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
      return { h1: y("main h1"), body: y(".prose-body"), contacts: y("#contacts") };
    });
    expect(order.h1).toBeLessThan(order.body);
    expect(order.body).toBeLessThan(order.contacts);
  });
}
