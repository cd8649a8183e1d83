import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/open-data/csv";
import { sessionsOf } from "../../lib/content/schedule";
import { absoluteUrl } from "../../lib/site/config";
import { programs } from "./content";
import { decodeQr, matrixFromQrcodeSvg } from "./qr-decode";

/**
 * Open data, the Atom feed, calendar files, printing and sharing, against the
 * production build at phone width. Every expectation comes from content/.
 */

const allPhones = programs.flatMap((p) => [...p.contacts.flatMap((c) => c.tel), ...(p.offices ?? []).flatMap((o) => o.tel ?? [])]);
const allFaxes = programs.flatMap((p) => [...p.contacts.map((c) => c.fax), ...(p.offices ?? []).map((o) => o.fax)]).filter((f): f is string => !!f);
const BOM_BYTES = [0xef, 0xbb, 0xbf];

async function csvOf(res: APIResponse) {
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual(BOM_BYTES);
  const text = bytes.toString("utf8");
  // every line break outside a quoted field is CRLF
  expect(text.replace(/"[^"]*"/g, "").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  return parseCsv(text);
}

test.describe("open data", () => {
  test("programs.csv: one row per program with its first number, UTF-8 with BOM", async ({ request }) => {
    const [header, ...rows] = await csvOf(await request.get("/data/programs.csv"));
    expect(rows).toHaveLength(programs.length);
    for (const name of ["都道府県コード又は市区町村コード", "NO", "名称", "電話番号", "内線番号", "FAX番号", "担当部署", "対象者", "費用", "URL", "更新日"]) {
      expect(header).toContain(name);
    }
    const at = (row: string[], name: string) => row[header.indexOf(name)];
    for (const p of programs) {
      const row = rows.find((r) => at(r, "URL") === absoluteUrl(`/programs/${p.slug}`));
      expect(row, p.slug).toBeDefined();
      expect(at(row!, "名称")).toBe(p.title);
      expect(at(row!, "電話番号")).toBe(p.contacts[0].tel[0].number);
      expect(at(row!, "更新日")).toBe(p.updated);
    }
  });

  test("contacts.csv: every phone and fax number on the site", async ({ request }) => {
    const [header, ...rows] = await csvOf(await request.get("/data/contacts.csv"));
    const numbers = new Set(rows.map((r) => `${r[header.indexOf("電話番号")]}#${r[header.indexOf("内線番号")]}`));
    for (const t of allPhones) expect(numbers, `${t.number} ${t.extension ?? ""}`).toContain(`${t.number}#${t.extension ?? ""}`);
    const faxes = new Set(rows.map((r) => r[header.indexOf("FAX番号")]));
    for (const f of allFaxes) expect(faxes).toContain(f);
    expect(rows.filter((r) => r[header.indexOf("電話番号")])).toHaveLength(allPhones.length);
  });

  test("programs.json: every program with its contacts, offices and schedule", async ({ request }) => {
    const res = await request.get("/data/programs.json");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const json = await res.json();
    expect(json.license.short).toBe("PDL1.0");
    expect(json.programs).toHaveLength(programs.length);
    for (const p of programs) {
      const out = json.programs.find((x: { slug: string }) => x.slug === p.slug);
      expect(out.contacts).toEqual(p.contacts);
      expect(out.offices).toEqual(p.offices);
      expect(out.updated).toBe(p.updated);
      if (p.schedule) expect(out.schedule.venues.flatMap((v: { sessions: unknown[] }) => v.sessions)).toHaveLength(sessionsOf(p.schedule).length);
    }
  });

  test("/data documents the licence and the very columns the CSVs have, and downloads them", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "オープンデータ" }).click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("オープンデータ");
    await expect(page.getByRole("link", { name: /公共データ利用規約（第1\.0版）（PDL1\.0）/ })).toBeVisible();
    const newest = programs.map((p) => p.updated).sort().at(-1)!;
    await expect(page.locator("main time").first()).toHaveAttribute("datetime", newest);

    for (const file of ["programs.csv", "contacts.csv"]) {
      const [header] = parseCsv(await (await request.get(`/data/${file}`)).text());
      const table = page.getByRole("table", { name: `${file} の列` });
      await expect(table.getByRole("rowheader")).toHaveText(header);
    }

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "制度の一覧（CSV）" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("programs.csv");
  });
});

test("feed.xml: valid Atom with one entry per program, newest check first, linked from every page's head", async ({ page, request }) => {
  const res = await request.get("/feed.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  await page.goto("/programs");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const root = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, "id")[0]?.textContent,
      updated: child(root, "updated")[0]?.textContent,
      self: child(root, "link").find((l) => l.getAttribute("rel") === "self")?.getAttribute("href"),
      alternate: child(root, "link").find((l) => l.getAttribute("rel") === "alternate")?.getAttribute("href"),
      entries: child(root, "entry").map((e) => ({
        id: child(e, "id")[0]?.textContent,
        title: child(e, "title")[0]?.textContent,
        summary: child(e, "summary")[0]?.textContent,
        updated: child(e, "updated")[0]?.textContent,
        link: child(e, "link")[0]?.getAttribute("href"),
      })),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.self).toBe(absoluteUrl("/feed.xml"));
  expect(feed.id).toBeTruthy();
  expect(feed.alternate).toMatch(/^https?:\/\//);
  expect(feed.entries).toHaveLength(programs.length);
  for (const p of programs) {
    const e = feed.entries.find((x) => x.link === absoluteUrl(`/programs/${p.slug}`));
    expect(e, p.slug).toMatchObject({ title: p.title, summary: p.summary });
    expect(e!.id).toBeTruthy();
    expect(e!.updated?.slice(0, 10)).toBe(p.updated);
  }
  const times = feed.entries.map((e) => Date.parse(e.updated!));
  expect(times.every((t) => !Number.isNaN(t))).toBe(true);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(Date.parse(feed.updated!)).toBe(times[0]);

  for (const route of ["/", "/data", `/programs/${programs[0].slug}`]) {
    await page.goto(route);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), route).toHaveAttribute("href", /\/feed\.xml$/);
  }
});

test("every scheduled session has its own .ics, and each venue an all.ics", async ({ request }) => {
  test.slow(); // about a hundred files
  const scheduled = programs.filter((p) => p.schedule);
  expect(scheduled.length).toBeGreaterThan(0);
  for (const p of scheduled) {
    for (const [i, venue] of p.schedule!.venues.entries()) {
      const dates = venue.dates.map((d) => d.date);
      for (const date of [...dates, "all"]) {
        const file = date === "all" ? "all.ics" : `${date}.ics`;
        const res = await request.get(`/programs/${p.slug}/calendar/${i + 1}/${file}`);
        expect(res.status(), file).toBe(200);
        expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
        expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="[\w.-]+\.ics"$/);
        const text = await res.text();
        for (const line of text.split("\r\n")) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
        const unfolded = text.replace(/\r\n /g, "");
        const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => m[1]);
        expect(starts).toEqual(date === "all" ? dates.map((d) => d.replace(/-/g, "")) : [date.replace(/-/g, "")]);
        expect(unfolded).toContain(`（${venue.name}）`);
        expect(unfolded).toContain(venue.place);
        expect(unfolded).toContain(p.contacts[0].tel[0].number);
      }
    }
  }
  expect((await request.get(`/programs/${scheduled[0].slug}/calendar/99/all.ics`)).status()).toBe(404);
});

/** Pages in a PDF: one /Type /Page object each (the tree's /Pages node excluded). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test.describe("print", () => {
  for (const p of programs) {
    test(`${p.slug} prints on at most two A4 pages`, async ({ page }) => {
      test.slow(); // laying out a PDF takes a while on a busy machine
      await page.goto(`/programs/${p.slug}`);
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      const pages = pdfPageCount(pdf);
      test.info().annotations.push({ type: "A4 pages", description: String(pages) });
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }

  test("a printed program carries its contacts and a QR code of its URL, without the screen-only parts", async ({ page }) => {
    const p = programs.find((x) => x.offices?.length) ?? programs[0];
    const url = absoluteUrl(`/programs/${p.slug}`);
    await page.goto(`/programs/${p.slug}`);
    const qr = page.locator(".print-qr");
    const share = page.getByRole("button", { name: /共有|コピー/ });
    await expect(qr).toBeHidden();
    await expect(share).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(qr).toBeVisible();
    await expect(qr).toContainText(url);
    const svg = await qr.locator("svg").evaluate((el) => el.outerHTML);
    expect(decodeQr(matrixFromQrcodeSvg(svg))).toBe(url);
    const box = (await qr.locator("svg").boundingBox())!;
    expect(box.width).toBeGreaterThan(90); // about 28 mm at 96 dpi, big enough to scan
    await expect(page.getByRole("navigation", { name: "メインメニュー" })).toBeHidden();
    await expect(share).toBeHidden();
    for (const b of await page.locator("button").all()) await expect(b).toBeHidden();
    await expect(page.locator("#contacts")).toBeVisible();
    for (const t of p.contacts.flatMap((c) => c.tel)) await expect(page.locator("main").getByText(t.number).first()).toBeVisible();
  });
});

test.describe("share", () => {
  async function openProgram(page: Page) {
    const p = programs[0];
    await page.goto(`/programs/${p.slug}`);
    return { p, url: absoluteUrl(`/programs/${p.slug}`) };
  }
  /** The live region beside the button (other parts of the page have their own). */
  const shareStatus = (page: Page) => page.getByRole("button", { name: /共有|コピー/ }).locator("xpath=..").getByRole("status");

  test("uses the Web Share API where the browser has it", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared = [...((window as unknown as { shared?: ShareData[] }).shared ?? []), data];
        },
      });
    });
    const { p, url } = await openProgram(page);
    await page.getByRole("button", { name: "このページを共有" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData[] }).shared)).toEqual([{ title: p.title, url }]);
    await expect(shareStatus(page)).toHaveText("");
  });

  test("says nothing when the visitor closes the share sheet", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        configurable: true,
        value: async () => {
          (window as unknown as { asked: boolean }).asked = true;
          throw new DOMException("cancelled", "AbortError");
        },
      });
      Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async () => ((window as unknown as { copied: boolean }).copied = true) } });
    });
    await openProgram(page);
    await page.getByRole("button", { name: "このページを共有" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { asked?: boolean }).asked)).toBe(true);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))); // let the rejection be handled
    expect(await page.evaluate(() => (window as unknown as { copied?: boolean }).copied)).toBeUndefined();
    await expect(shareStatus(page)).toHaveText("");
  });

  test("copies the URL, and says so in a live region, where there is no share sheet", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", { configurable: true, value: undefined });
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => ((window as unknown as { copied: string }).copied = text) },
      });
    });
    const { url } = await openProgram(page);
    await page.getByRole("button", { name: "このページの URL をコピー" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(url);
    await expect(shareStatus(page)).toHaveText("このページの URL をコピーしました");
  });

  test("shows no button that would do nothing when JavaScript is off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/programs/${programs[0].slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: /共有|コピー/ })).toHaveCount(0);
    await context.close();
  });
});
