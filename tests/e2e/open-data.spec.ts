import { expect, test, type APIResponse } from "@playwright/test";
import { sessionsOf } from "../../lib/content/schedule";
import { parseCsv } from "../support/csv";
import { changeEntries, FEED_PATH, feedId, needFeedPath, UPDATES_PATH } from "../../lib/open-data/feed";
import { calendarFiles } from "../../lib/calendar/paths";
import { editionLabel } from "../../lib/content/edition";
import { buildDay } from "../../lib/site/build-day";
import { publicUrl, SITE_URL } from "../../lib/site/config";
import { needPath, programPath, programUrl } from "../../lib/site/paths";
import { mainNumber } from "../../lib/content/model";
import { readAtom } from "../support/atom";
import { faxesOf, needs, phonesOf, programFiles, programs, settings } from "../support/content";
import { fetchPage } from "../support/html";
import { hsdsErrors } from "../support/hsds-schema";
import { OFFICES_STANDARD_HEADER, OFFICES_STANDARD_PATH, standardPhone, standardRows, STANDARD_SEPARATOR } from "../../lib/open-data/offices-standard";
import { HSDS_PATHS, HSDS_VERSION, hsdsServicePath, serviceId, type HsdsPage, type HsdsService } from "../../lib/open-data/hsds/export";
import hsdsSchema from "../../lib/open-data/hsds/schema.json";
import { callNumbers } from "../../lib/content/model";

/**
 * Open data, the Atom feed and calendar files, over plain HTTP against the
 * production build; one browser test follows the footer link and downloads.
 * Every expectation comes from content/.
 */

const allPhones = programs.flatMap(phonesOf);
const allFaxes = programs.flatMap(faxesOf);
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
      const row = rows.find((r) => at(r, "URL") === programUrl(p.slug));
      expect(row, p.slug).toBeDefined();
      expect(at(row!, "名称")).toBe(p.title);
      expect(at(row!, "電話番号")).toBe(mainNumber(p).number);
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

  test("programs.json: every program with its contacts, offices and schedule as its file writes them", async ({ request }) => {
    const res = await request.get("/data/programs.json");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const json = await res.json();
    expect(json.license.short).toBe("PDL1.0");
    expect(json.programs).toHaveLength(programs.length);
    for (const p of programFiles) {
      const out = json.programs.find((x: { slug: string }) => x.slug === p.slug);
      expect(out.contacts).toEqual(p.contacts);
      expect(out.offices).toEqual(p.offices);
      expect(out.categories).toEqual(p.categories);
      expect(out.updated).toBe(p.updated);
      expect(out.edition).toBe(editionLabel(p.source));
      if (p.schedule) expect(out.schedule.venues.flatMap((v: { sessions: unknown[] }) => v.sessions)).toHaveLength(sessionsOf(p.schedule).length);
    }
  });

  test("/data documents the licence and the very columns the CSVs have", async ({ request }) => {
    const { doc } = await fetchPage(request, "/data");
    expect(doc.querySelector("h1")?.textContent).toBe("オープンデータ");
    expect([...doc.querySelectorAll("main a")].map((a) => a.textContent).some((t) => /公共データ利用規約（第1\.0版）（PDL1\.0）/.test(t ?? ""))).toBe(true);
    const newest = programs.map((p) => p.updated).sort().at(-1)!;
    expect(doc.querySelector("main time")?.getAttribute("datetime")).toBe(newest);
    for (const file of ["programs.csv", "contacts.csv", "offices-standard.csv"]) {
      const [header] = parseCsv(await (await request.get(`/data/${file}`)).text());
      const table = [...doc.querySelectorAll("table")].find((t) => t.querySelector("caption")?.textContent === `${file} の列`);
      expect([...(table?.querySelectorAll("tbody th") ?? [])].map((th) => th.textContent)).toEqual(header);
    }
  });

  test("/data links every file it describes, each HSDS service's among them", async ({ request }) => {
    const { doc } = await fetchPage(request, "/data");
    const links = new Set([...doc.querySelectorAll("main a")].map((a) => a.getAttribute("href")));
    const files = ["/data/programs.csv", "/data/contacts.csv", OFFICES_STANDARD_PATH, "/data/programs.json", FEED_PATH, ...Object.values(HSDS_PATHS), ...programs.map((p) => hsdsServicePath(serviceId(p.slug)))];
    for (const f of files) expect(links, f).toContain(f);
    for (const f of files) expect((await request.head(f)).status(), f).toBe(200);
  });

  test("offices-standard.csv: the standard's columns in order, a row for every office and desk", async ({ request }) => {
    const [header, ...rows] = await csvOf(await request.get(OFFICES_STANDARD_PATH));
    expect(header).toEqual([...OFFICES_STANDARD_HEADER]);
    expect(rows).toHaveLength(standardRows(programs).length);
    const at = (row: string[], name: string) => row[header.indexOf(name)];
    for (const p of programs) {
      for (const d of p.desks) {
        const first = callNumbers(d)[0];
        const row = rows.find((r) => at(r, "名称") === d.name && at(r, "URL").split(STANDARD_SEPARATOR).includes(programUrl(p.slug)) && at(r, "電話番号") === (first ? standardPhone(first.number) : ""));
        expect(row, `${p.slug} ${d.name}`).toBeDefined();
        expect(at(row!, "所在地_全国地方公共団体コード")).toBe(d.municipality?.code ?? "");
        expect(at(row!, "開始時間")).toBe(d.hours?.open ?? "");
      }
    }
  });

  test(`HSDS ${HSDS_VERSION}: every file validates against our schema and reads back every program, office, number and hours entry`, async ({ request }) => {
    const get = async (path: string, type = "application/json; charset=utf-8") => {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["content-type"], path).toBe(type);
      return res.json();
    };
    expect(await get(HSDS_PATHS.schema, "application/schema+json; charset=utf-8")).toEqual(hsdsSchema);
    const index = await get(HSDS_PATHS.index);
    expect(hsdsErrors("api_root", index)).toEqual([]);
    expect(index.version).toBe(HSDS_VERSION);
    const services = (await get(HSDS_PATHS.services)) as HsdsPage<HsdsService>;
    expect(hsdsErrors("service_list", services)).toEqual([]);
    expect(hsdsErrors("organization_list", await get(HSDS_PATHS.organizations))).toEqual([]);
    expect(services.contents.map((s) => s.name)).toEqual(programs.map((p) => p.title));
    for (const p of programs) {
      const one = (await get(hsdsServicePath(serviceId(p.slug)))) as HsdsService;
      expect(hsdsErrors("service", one), p.slug).toEqual([]);
      expect(services.contents.find((s) => s.id === one.id)).toEqual(one);
      const sals = one.service_at_locations;
      const numbers = sals.flatMap((x) => x.phones.map((n) => `${n.type} ${n.number}#${n.extension ?? ""}`)).sort();
      expect(numbers).toEqual(p.desks.flatMap((d) => d.phones.map((n) => `${n.type} ${n.number}#${n.extension ?? ""}`)).sort());
      for (const d of p.desks) {
        const at = sals.filter((x) => x.location.name === d.name);
        expect(at.length, `${p.slug} ${d.name}`).toBeGreaterThan(0);
        if (d.hours) expect(at.flatMap((x) => x.schedules.map((s) => s.description))).toContain(d.hours.text);
        if (d.municipality) expect(at[0].location.addresses?.[0].city).toBe(d.municipality.name);
      }
    }
  });

  test("/data is linked from the footer and its download links download", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "オープンデータ" }).click();
    await expect(page).toHaveURL(/\/data$/);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "制度の一覧（CSV）" }).click();
    expect((await download).suggestedFilename()).toBe("programs.csv");
  });
});

test("feed.xml and every need's feed: valid Atom read back by a feed parser, one entry per change content records, newest first", async ({ request }) => {
  const feeds = [{ path: FEED_PATH, alternate: UPDATES_PATH, entries: changeEntries(programs, settings) }, ...needs.map((n) => ({ path: needFeedPath(n.slug), alternate: needPath(n.slug), entries: undefined }))];
  for (const f of feeds) {
    const res = await request.get(f.path);
    expect(res.status(), f.path).toBe(200);
    expect(res.headers()["content-type"], f.path).toBe("application/atom+xml; charset=utf-8");
    const feed = readAtom(await res.text());
    expect(feed.lang).toBe("ja");
    // full URLs with a configured origin; else paths, which a feed reader resolves against the feed's own address
    expect(feed.links).toEqual(expect.arrayContaining([{ rel: "self", href: publicUrl(f.path) }, { rel: "alternate", href: publicUrl(f.alternate) }]));
    // an id is an absolute IRI either way: the URL, or a urn:uuid: rather than an invented host
    expect(feed.id).toMatch(SITE_URL ? /^https?:\/\// : /^urn:uuid:/);
    if (f.entries) expect(feed.entries.map((e) => e.id)).toEqual(f.entries.map((e) => feedId(e.key)));
    const times = feed.entries.map((e) => Date.parse(e.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    if (times.length) expect(Date.parse(feed.updated)).toBe(times[0]);
  }
});

test("every calendar file the build offers (sessions still to come on the day of the build) is a valid iCalendar of those sessions", async ({ request }) => {
  test.slow(); // up to a hundred files
  const scheduled = programs.filter((p) => p.schedule);
  expect(scheduled.length).toBeGreaterThan(0);
  const today = buildDay();
  for (const f of calendarFiles(programs, today)) {
    const p = programs.find((x) => x.slug === f.slug)!;
    const venue = p.schedule!.venues[Number(f.venue) - 1];
    const dates = venue.dates.map((d) => d.date).filter((d) => d >= today);
    const res = await request.get(`${programPath(p.slug)}/calendar/${f.venue}/${f.file}`);
    expect(res.status(), f.file).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="[\w.-]+\.ics"$/);
    const text = await res.text();
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, "");
    const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => m[1]);
    expect(starts).toEqual(f.file === "all.ics" ? dates.map((d) => d.replace(/-/g, "")) : [f.file.replace(/-/g, "").replace(".ics", "")]);
    expect(unfolded).toContain(`（${venue.name}）`);
    expect(unfolded).toContain(venue.place);
    expect(unfolded).toContain(mainNumber(p).number);
  }
  // which past sessions answer 404 is honesty.spec.ts's; an unknown venue is refused too
  expect((await request.get(`${programPath(scheduled[0].slug)}/calendar/99/all.ics`)).status()).toBe(404);
});
