import { test as ownContext, type APIRequestContext, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { callNumbers, contactDesks } from "../../lib/content/model";
import { programAbsoluteUrl, programPath } from "../../lib/site/paths";
import { recordKeyboard } from "../support/a11y-record";
import { keyboardWalk, waitForHydration } from "../support/browser";
import { expect, test } from "../support/fixtures";
import { FAX_SHEETS, NOT_FOUND, programs, screensOf, templates } from "../support/content";
import { fetchPage } from "../support/html";

/**
 * What is the same for every page drawn with one template is checked once per
 * template, on the page of that template most likely to break: the keyboard
 * walk on the page with the most controls, the A4 printout on the program
 * page that is tallest on paper. Which page that is, is measured, not named.
 */

/** Of several pages of one template, the one whose HTML has the most links and controls. */
async function mostControls(request: APIRequestContext, routes: string[]): Promise<string> {
  if (routes.length === 1) return routes[0];
  const counts = await Promise.all(
    routes.map(async (r) => ((await fetchPage(request, r, r === NOT_FOUND ? 404 : 200)).html.match(/<a\s[^>]*href=|<(button|input|select|textarea|summary)\b/g) ?? []).length),
  );
  return routes[counts.indexOf(Math.max(...counts))];
}

for (const template of templates) {
  test(`keyboard: ${template}`, async ({ page, request }) => {
    // a hundred key presses on a long page take a while on a busy two-core machine
    test.setTimeout(90_000);
    const route = await mostControls(request, screensOf(template));
    test.info().annotations.push({ type: "page", description: route });
    await page.goto(route);
    await waitForHydration(page);
    const walk = await keyboardWalk(page);
    recordKeyboard({ template, path: route, stops: walk.stops, problems: walk.problems.length });
    expect(walk.problems, route).toEqual([]);
  });
}

/** Pages in a PDF: one /Type /Page object each (the tree's /Pages node excluded). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The printable width of A4 with the 10 mm side margins of app/globals.css's @page, in CSS pixels. */
const A4_PRINT_WIDTH = Math.round(((210 - 2 * 10) / 25.4) * 96);

/** Each program page's height as laid out for paper, tallest first. */
async function printedHeights(page: Page) {
  await page.emulateMedia({ media: "print" });
  // a short window, so the document's scroll height is its content's, never the window's
  await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 100 });
  const heights: { slug: string; height: number }[] = [];
  for (const p of programs) {
    await page.goto(programPath(p.slug));
    heights.push({ slug: p.slug, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  }
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 390, height: 844 });
  return heights.sort((a, b) => b.height - a.height);
}

/** Reads a QR code from a screenshot, with a white border added for the decoder's quiet zone. */
function readQr(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  const pad = 16;
  const out = new PNG({ width: img.width + 2 * pad, height: img.height + 2 * pad });
  out.data.fill(255);
  PNG.bitblt(img, out, 0, 0, img.width, img.height, pad, pad);
  return jsQR(new Uint8ClampedArray(out.data), out.width, out.height)?.data;
}

ownContext.describe("print", () => {
  // Three device pixels per CSS pixel, so each QR module is several pixels wide in the screenshot: a context of its own.
  ownContext.use({ deviceScaleFactor: 3 });

  ownContext("the program page tallest on paper prints on at most two A4 pages, with its contacts and a QR code that reads as its URL (when the build knows it)", async ({ page }) => {
    ownContext.setTimeout(120_000);
    const [tallest, ...rest] = await printedHeights(page);
    ownContext.info().annotations.push({ type: "printed heights (px)", description: [tallest, ...rest].map((h) => `${h.slug} ${h.height}`).join(", ") });
    const program = programs.find((p) => p.slug === tallest.slug)!;
    // the page's public URL; a build without a configured origin has none to print, and prints no code
    const url = programAbsoluteUrl(program.slug);

    await page.goto(programPath(program.slug));
    await waitForHydration(page);
    const qr = page.locator(".print-qr");
    const share = page.getByRole("button", { name: /共有|コピー/ });
    await expect(qr).toBeHidden();
    await expect(share).toBeVisible();

    await page.emulateMedia({ media: "print" });
    if (url) {
      await expect(qr).toBeVisible();
      await expect(qr).toContainText(url);
      const box = (await qr.locator("svg").boundingBox())!;
      expect(box.width, "about 28 mm at 96 dpi, big enough to scan").toBeGreaterThan(90);
      expect(readQr(await qr.locator("svg").screenshot()), "the printed QR code, as a phone camera would read it").toBe(url);
    } else {
      await expect(qr).toHaveCount(0);
    }
    await expect(page.getByRole("navigation", { name: "メインメニュー" })).toBeHidden();
    await expect(share).toBeHidden();
    for (const b of await page.locator("button").all()) await expect(b).toBeHidden();
    await expect(page.locator("#contacts")).toBeVisible();
    for (const t of contactDesks(program).flatMap(callNumbers)) await expect(page.locator("main").getByText(t.number).first()).toBeVisible();

    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const pages = pdfPageCount(pdf);
    ownContext.info().annotations.push({ type: "A4 pages", description: `${program.slug}: ${pages}` });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

ownContext.describe("FAX sheets, without JavaScript", () => {
  // Nothing on a sheet needs JavaScript: it is printed with the browser's own command.
  ownContext.use({ javaScriptEnabled: false });

  ownContext("every desk's FAX sheet prints on exactly one A4 page, addressed to that desk's FAX number, nothing cut off", async ({ page }) => {
    ownContext.setTimeout(120_000);
    expect(FAX_SHEETS.length, "content has desks with a FAX").toBeGreaterThan(0);
    const printed: string[] = [];
    // laid out at the printable width of A4, as on paper, for the measurements below
    await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1100 });
    for (const { route, fax, desk } of FAX_SHEETS) {
      await page.emulateMedia({ media: "screen" });
      await page.goto(route);
      await page.emulateMedia({ media: "print" });
      const sheet = page.locator("[data-fax-sheet]");
      await expect(sheet.getByRole("definition").filter({ hasText: fax }), route).toHaveText(fax);
      await expect(sheet.getByText(desk.name, { exact: true }), route).toBeVisible();
      await expect(page.locator("body > header"), `${route}: the sheet alone on paper`).toBeHidden();
      // the sheet clips what does not fit its page: the last line must still end inside it
      const [box, last] = await Promise.all([sheet.boundingBox(), sheet.locator("footer").boundingBox()]);
      expect(last!.y + last!.height, `${route}: the sheet's last line is on the page`).toBeLessThanOrEqual(box!.y + box!.height);
      const pages = pdfPageCount(await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true }));
      printed.push(`${route} ${pages}`);
      expect(pages, route).toBe(1);
    }
    ownContext.info().annotations.push({ type: "A4 pages", description: printed.join(", ") });
  });
});
