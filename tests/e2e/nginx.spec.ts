import fs from "node:fs";
import path from "node:path";
import { expect, request as newRequest, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { calendarFiles } from "../../lib/calendar/paths";
import { pageScripts } from "../../lib/site/after-paint";
import { buildDay } from "../../lib/site/build-day";
import { SITE_URL } from "../../lib/site/config";
import { startNginx, exportDir } from "../../scripts/lib/nginx-server";
import { distPath } from "../../scripts/lib/next-server";
import { everyPage, programs } from "../support/content";
import { HOSTILE_PATHS, MALFORMED_PATHS, rawAsk, RAW_REFUSED_METHODS, REFUSED_METHODS, SECURITY_HEADER_NAMES, UNSATISFIABLE_RANGE } from "../support/hostile-requests";

/**
 * The export (npm run export) behind a real nginx, compared with `next start`
 * (the suite's web server): the same status, the same bytes and the same
 * headers for every page in the sitemap, every file of the export, and the
 * hostile requests of the security spec; then the main things a visitor does,
 * in the browser, against nginx. Needs `npm run build && npm run export`.
 */

type Exported = { buildId: string; urls: Record<string, { file: string; headers: Record<string, string> }> };
let exported: Exported;

test.describe.configure({ mode: "serial" });

let nginx: { origin: string; stop: () => Promise<void> };
let ng: APIRequestContext;

test.beforeAll(async () => {
  const table = path.join(exportDir(), "headers.json");
  expect(fs.existsSync(table), "out/ に書き出しがありません。npm run build のあと npm run export を実行してください").toBe(true);
  exported = JSON.parse(fs.readFileSync(table, "utf8")) as Exported;
  const built = fs.readFileSync(distPath("BUILD_ID"), "utf8").trim();
  expect(exported.buildId, "out/ は今のビルドから書き出したものではありません。npm run export を実行してください").toBe(built);
  nginx = await startNginx();
  ng = await newRequest.newContext({ baseURL: nginx.origin });
});

test.afterAll(async () => {
  await ng?.dispose();
  await nginx?.stop();
});

const values = (res: APIResponse, name: string) => [...new Set(res.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value))];

type Ask = { method?: string; headers?: Record<string, string> };

async function compare(next: APIRequestContext, path: string, ask: Ask = {}): Promise<{ a: APIResponse; b: APIResponse }> {
  const what = `${ask.method ?? "GET"} ${path}${ask.headers ? ` ${JSON.stringify(ask.headers)}` : ""}`;
  const options = { method: ask.method ?? "GET", headers: ask.headers, maxRedirects: 0 };
  const [a, b] = await Promise.all([next.fetch(path, options), ng.fetch(path, options)]);
  expect(b.status(), `${what}: status`).toBe(a.status());
  for (const name of SECURITY_HEADER_NAMES) expect(values(b, name), `${what}: ${name}`).toEqual(values(a, name));
  expect(values(b, "x-powered-by"), `${what}: X-Powered-By`).toEqual([]);
  const status = a.status();
  // nginx decides 416 after adding the headers and adds them again, with the file's Cache-Control
  if (status !== 416 && status !== 308) expect(values(b, "cache-control"), `${what}: Cache-Control`).toEqual(values(a, "cache-control"));
  if (status === 405) expect(values(b, "allow"), `${what}: Allow`).toEqual(values(a, "allow"));
  if (status === 308) expect(b.headers().location, `${what}: Location`).toBe(a.headers().location);
  if (status === 200 || status === 206) {
    expect(b.headers()["content-type"], `${what}: Content-Type`).toBe(a.headers()["content-type"]);
    expect(b.headers()["content-disposition"], `${what}: Content-Disposition`).toBe(a.headers()["content-disposition"]);
  }
  const html = (r: APIResponse) => (r.headers()["content-type"] ?? "").startsWith("text/html");
  if ((ask.method ?? "GET") === "GET" && (status === 200 || status === 206 || (status === 404 && html(a) && html(b)))) {
    expect((await b.body()).equals(await a.body()), `${what}: the same bytes`).toBe(true);
  }
  return { a, b };
}

/** The sitemap's pages; a build without a configured origin has an empty sitemap, and then content's list of pages stands in. */
function sitemapPaths(xml: string): string[] {
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].slice((SITE_URL ?? "").length) || "/");
  return SITE_URL ? listed : everyPage;
}

test("every page in the sitemap and every file of the export: same status, bytes and headers as next start", async ({ request }) => {
  test.setTimeout(180_000);
  const pages = sitemapPaths(await (await request.get("/sitemap.xml")).text());
  expect(pages.length).toBeGreaterThan(programs.length);
  const files = Object.keys(exported.urls);
  // calendar files exist only for sessions still to come on the day of the build (lib/calendar/paths.ts)
  const calendars = calendarFiles(programs, buildDay()).length ? [/\.ics$/] : [];
  for (const kind of [/^\/feed\.xml$/, /^\/needs\/[a-z0-9-]+\/feed\.xml$/, /^\/programs\/[^/]+\/fax\/\d+$/, /\.csv$/, /^\/data\/.*\.json$/, ...calendars, /^\/search\/[0-9a-f]+\//, /^\/_next\/static\/.*\.js$/, /^\/sitemap\.xml$/, /^\/robots\.txt$/]) {
    expect(files.some((f) => kind.test(f)), `the export has a file matching ${kind}`).toBe(true);
  }
  for (const path of [...new Set([...pages, ...files])]) await compare(request, path);
});

test("the export can be served by a host's own nginx user: every file readable and every folder open to all", () => {
  // The test's nginx runs as whoever started it (scripts/lib/nginx-server.ts); a host's runs as www-data.
  const dir = exportDir();
  const closed = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => {
      const s = fs.statSync(f);
      return (s.mode & (s.isDirectory() ? 0o005 : 0o004)) === 0;
    });
  expect(closed.map((f) => path.relative(dir, f))).toEqual([]);
});

test("a page's RSC payload, which client-side navigation fetches, is the one next start serves", async () => {
  for (const route of ["/", "/about", `/programs/${programs[0].slug}`]) {
    const res = await ng.get(route, { headers: { RSC: "1" } });
    expect(res.status(), route).toBe(200);
    expect(res.headers()["content-type"], route).toBe("text/x-component");
    const file = route === "/" ? "index.rsc" : `${route.slice(1)}.rsc`;
    expect((await res.body()).equals(fs.readFileSync(distPath("server", "app", file))), `${route}: the built payload`).toBe(true);
    expect(res.headers().vary, route).toContain("rsc");
  }
  const missing = await ng.get("/no-such-page", { headers: { RSC: "1" } });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("text/x-component");
});

test("unknown, hostile and malformed requests, refused methods and ranges: the same answers as next start", async ({ request }) => {
  test.setTimeout(120_000);
  const home = await (await request.get("/")).text();
  const chunk = pageScripts(home)[0];
  const index = Object.keys(exported.urls).find((u) => /^\/search\/[0-9a-f]+\//.test(u))!;
  const page = `/programs/${programs[0].slug}`;
  for (const path of [...HOSTILE_PATHS, ...MALFORMED_PATHS]) await compare(request, path);
  for (const method of REFUSED_METHODS) for (const path of ["/", page, chunk, index, "/feed.xml"]) await compare(request, path, { method });
  // Ranges of the file as stored: asked with gzip, nginx sends the whole precompressed file (HTTP lets a server ignore Range).
  for (const path of [chunk, index]) {
    const { a } = await compare(request, path, { headers: { Range: UNSATISFIABLE_RANGE, "Accept-Encoding": "identity" } });
    expect(a.status(), path).toBe(416);
    await compare(request, path, { headers: { Range: "bytes=0-9", "Accept-Encoding": "identity" } });
  }
  await compare(request, "/about/?from=old-link");
});

test("every method but GET and HEAD, those HTTP clients will not send included (TRACE, TRACK, CONNECT…): the same 405 and headers as next start", async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const home = await (await request.get("/")).text();
  const ports = [Number(new URL(baseURL!).port), Number(new URL(nginx.origin).port)];
  const same = (v: string[] | undefined) => [...new Set(v ?? [])];
  for (const path of ["/", `/programs/${programs[0].slug}`, pageScripts(home)[0], "/no-such-page"]) {
    for (const method of RAW_REFUSED_METHODS) {
      const what = `${method} ${path}`;
      const [a, b] = await Promise.all(ports.map((port) => rawAsk(port, method, path)));
      expect(a.status, what).toBe(405);
      expect(b.status, `${what}: status`).toBe(a.status);
      for (const name of [...SECURITY_HEADER_NAMES, "allow", "cache-control", "content-type"]) expect(same(b.headers.get(name)), `${what}: ${name}`).toEqual(same(a.headers.get(name)));
    }
  }
  // CONNECT with a host for its target: nginx refuses the target before it looks at the method (400); next start refuses the method (405). Both with the headers.
  const [a, b] = await Promise.all(ports.map((port) => rawAsk(port, "CONNECT", "127.0.0.1:443")));
  expect([a.status, b.status]).toEqual([405, 400]);
  for (const name of SECURITY_HEADER_NAMES) expect(same(b.headers.get(name)), `CONNECT host:port: ${name}`).toEqual(same(a.headers.get(name)));
});

function watchCsp(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) reports.push(m.text());
  });
  return reports;
}

test.describe("in the browser, against nginx", () => {
  test("a search from the header box", async ({ page }) => {
    const reports = watchCsp(page);
    const hongKong = programs.find((p) => p.title.includes("香港"))!;
    await page.goto(`${nginx.origin}/`);
    await page.getByRole("searchbox", { name: "制度名・困りごと・電話番号で検索" }).pressSequentially("香港");
    await expect(page.locator("header article").first().getByRole("link", { name: hongKong.title })).toBeVisible();
    expect(reports).toEqual([]);
  });

  test("open-now status on a program page with hours", async ({ page }) => {
    const withHours = programs.find((p) => p.desks.some((d) => d.kind === "office" && d.hours))!;
    await page.clock.setFixedTime(new Date("2026-11-25T10:00:00+09:00"));
    await page.goto(`${nginx.origin}/programs/${withHours.slug}`);
    const status = page.locator("[data-open-status]").first();
    await expect(status).not.toHaveAttribute("data-open-status", "pending");
    await expect(status).toHaveText(/受付中|受付時間外/);
  });

  test("in-app navigation stays in the page and loads the next page's payload", async ({ page }) => {
    const reports = watchCsp(page);
    const payloads: string[] = [];
    page.on("response", (r) => {
      if (r.request().headers().rsc === "1") payloads.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${nginx.origin}/`, { waitUntil: "networkidle" });
    await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
    // on a phone the header's links are behind the menu button
    await page.getByRole("button", { name: "メニュー" }).click();
    await page.getByRole("navigation", { name: "メインメニュー" }).locator('a[href="/needs"]').click();
    await expect(page).toHaveURL(`${nginx.origin}/needs`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed), "no full page load").toBe(true);
    expect(payloads).toContain("200 /needs");
    expect(reports).toEqual([]);
  });

  test("the site's own 404 page", async ({ page }) => {
    const res = await page.goto(`${nginx.origin}/no-such-page`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  });
});
