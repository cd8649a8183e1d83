import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { qrSvg } from "../../components/print-qr";
import { FINDER_PATH } from "../../lib/finder/plan";
import { FEED_PATH } from "../../lib/open-data/feed";
import { publicUrl, SITE_URL } from "../../lib/site/config";
import { programAbsoluteUrl, programPath, ENGLISH_PATH } from "../../lib/site/paths";
import { digits, everyPage, NOT_FOUND, phonesOf, programs } from "../support/content";
import { fetchPage, type Doc } from "../support/html";
import { governmentServiceProblems } from "../support/structured-data";
import { freePort, groupStopper, waitFor } from "../../scripts/lib/next-server";

/**
 * What needs no browser, checked on the HTML the production server sends:
 * head tags (canonical URL, Open Graph, feed link), structured data against
 * the visible breadcrumb, sitemap and robots.txt, titles, links between
 * pages, and what program pages carry before any script runs (hours, the
 * printed QR code, no dead share button). Response headers are security.spec.ts's.
 * Whether the build was given its public origin (SITE_URL, read here as the
 * build read it) decides what a page may claim about its own address: with
 * it, canonical and Open Graph URLs and a full sitemap; without it, none, so
 * that nothing names an invented host.
 */

/** The address a page may give for a route: absolute with a configured origin, else the path itself (JSON-LD resolves it against the page). */
const expectedUrl = (route: string) => normal(publicUrl(route));
/** "https://x.jp" and "https://x.jp/" are the same address; compare them as URLs (paths as they are). */
const normal = (url: string | null | undefined) => (url && /^https?:/.test(url) ? new URL(url).href : url);

type Ld = Record<string, unknown> & { "@type": string };
const jsonLd = (doc: Doc): Ld[] => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? "") as Ld);

for (const route of everyPage) {
  test(`${route}: canonical URL, Open Graph card, feed link and breadcrumb data from the configured site URL`, async ({ request }) => {
    const { doc } = await fetchPage(request, route);
    const canonicals = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute("href"));
    const description = doc.querySelector('meta[name="description"]')?.getAttribute("content");
    const og = Object.fromEntries([...doc.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute("property")!.slice(3), m.getAttribute("content")]));
    if (SITE_URL) {
      expect(canonicals.map(normal)).toEqual([expectedUrl(route)]);
      expect(normal(og.url)).toBe(expectedUrl(route));
    } else {
      // no configured origin: no claim about where the page lives (Next would have made one up from localhost)
      expect(canonicals).toEqual([]);
      expect(og.url).toBeUndefined();
    }
    expect(og.type).toBe("website");
    expect(og.locale).toBe(route === ENGLISH_PATH || route.startsWith(`${ENGLISH_PATH}/`) ? "en_US" : "ja_JP");
    expect(og.site_name).toBeTruthy();
    expect(og.title?.length ?? 0).toBeGreaterThan(1);
    expect(og.description).toBe(description);
    expect(doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toBe(FEED_PATH);
    // the footer leads to the policies on every page
    const footer = [...doc.querySelectorAll("footer a")].map((a) => a.getAttribute("href"));
    expect(footer).toEqual(expect.arrayContaining(["/accessibility", "/data", "/about"]));

    // A visible breadcrumb trail is described to search engines exactly as shown.
    const crumbs = [...doc.querySelectorAll('nav[aria-label="パンくずリスト"] li')].map((li) => ({
      name: (li.querySelector("a")?.textContent ?? li.textContent ?? "").replace("›", "").trim(),
      href: li.querySelector("a")?.getAttribute("href") ?? undefined,
    }));
    const list = jsonLd(doc).find((d) => d["@type"] === "BreadcrumbList");
    if (!crumbs.length) {
      expect(list).toBeUndefined();
      return;
    }
    const items = list?.itemListElement as { position: number; name: string; item?: string }[] | undefined;
    expect(items?.map((i) => i.position)).toEqual(crumbs.map((_, i) => i + 1));
    expect(items?.map((i) => i.name)).toEqual(crumbs.map((c) => c.name));
    expect(items?.map((i) => normal(i.item))).toEqual(crumbs.map((c) => (c.href ? expectedUrl(c.href) : undefined)));
  });
}

test("unknown paths get the site's own 404 page, which asks not to be indexed and claims no canonical URL", async ({ request }) => {
  for (const path of [NOT_FOUND, "/programs/no-such-program", "/needs/no-such-need"]) {
    const { html, doc } = await fetchPage(request, path, 404);
    expect(doc.querySelector("h1")?.textContent, path).toBe("ページが見つかりません");
    expect([...doc.querySelectorAll("main a")].map((a) => a.textContent), path).toContain("困りごとから探す");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content"), path).toMatch(/noindex/);
    expect(doc.querySelectorAll('link[rel="canonical"]').length, path).toBe(0);
    expect(html, path).not.toMatch(/at \w+ \(|node_modules|\/work\//);
  }
});

test("every page has a title of its own", async ({ request }) => {
  const titles = new Map<string, string>();
  for (const route of everyPage) {
    const title = (await fetchPage(request, route)).doc.title;
    expect(title, route).toBeTruthy();
    expect(titles.get(title), `${route} shares its title with ${titles.get(title)}`).toBeUndefined();
    titles.set(title, route);
  }
});

test("every page is reachable by following links (and the search form) from /", async ({ request }) => {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length) {
    const route = queue.shift()!;
    const { doc } = await fetchPage(request, route);
    // links, and forms (the search box is how a visitor reaches /search)
    const targets = [...doc.querySelectorAll("a[href^='/']")].map((a) => a.getAttribute("href")!).concat([...doc.querySelectorAll("form[action^='/']")].map((f) => f.getAttribute("action")!));
    for (const target of targets) {
      const href = target.replace(/[#?].*$/, "").replace(/\/$/, "") || "/";
      // the finder's combinations (not in the sitemap) lead nowhere the site's pages do not: not crawled, to keep this short
      if (href.startsWith("/_next") || href.startsWith(`${FINDER_PATH}/`) || /\.(csv|json|xml|ics)$/.test(href) || seen.has(href)) continue;
      seen.add(href);
      queue.push(href);
    }
  }
  for (const route of everyPage) expect(seen, route).toContain(route);
});

test("sitemap.xml lists every page once, with the date its content was updated (and nothing without a configured origin)", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/xml/);
  const xml = await res.text();
  expect(xml).toContain("<urlset");
  const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ loc: normal(m[1]), lastmod: m[2] }));
  if (!SITE_URL) {
    // a sitemap takes absolute URLs only: without the real origin there is none to give
    expect(entries).toEqual([]);
    return;
  }
  expect(entries.map((e) => e.loc).sort()).toEqual(everyPage.map(expectedUrl).sort());
  for (const p of programs) {
    const entry = entries.find((e) => e.loc === expectedUrl(programPath(p.slug)));
    expect(entry?.lastmod?.slice(0, 10), p.slug).toBe(p.updated);
  }
});

test("robots.txt lets every crawler in and points at the sitemap when there is one", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^User-Agent: \*$/im);
  expect(text).toMatch(/^Allow: \/$/im);
  expect(text).not.toMatch(/^Disallow: \/\s*$/im);
  if (SITE_URL) expect(text).toMatch(new RegExp(`^Sitemap: ${SITE_URL.replace(/[.]/g, "\\.")}/sitemap\\.xml$`, "im"));
  else expect(text).not.toMatch(/^Sitemap:/im);
});

test("the phone book lists every phone number of the site as a tap-to-call link", async ({ request }) => {
  const { doc } = await fetchPage(request, "/phone-book");
  const links = new Set([...doc.querySelectorAll("a[href^='tel:']")].map((a) => a.getAttribute("href")));
  const numbers = [...new Set(programs.flatMap((p) => phonesOf(p).map((t) => t.number)))];
  for (const n of numbers) expect(links, n).toContain(`tel:${digits(n)}`);
});

for (const program of programs) {
  const route = programPath(program.slug);
  test(`${route}: static HTML carries the hours, the printed QR code of its URL (when the origin is known), its GovernmentService data and no dead share button`, async ({ request }) => {
    const { html, doc } = await fetchPage(request, route);

    // hours as the source gives them, before any script runs
    for (const { hours } of program.desks) if (hours) expect(doc.querySelector("main")?.textContent).toContain(hours.text);
    // the code printed on paper is the encoder's drawing of this page's public URL; without a known origin, no code at all
    const printed = programAbsoluteUrl(program.slug);
    if (printed) {
      expect(html).toContain(await qrSvg(printed));
      expect(doc.querySelectorAll(".print-qr svg").length).toBe(1);
      expect(doc.querySelector(".print-qr figcaption")?.textContent).toContain(printed);
    } else {
      expect(doc.querySelectorAll(".print-qr").length).toBe(0);
    }
    // without JavaScript there is no share button that would do nothing
    expect([...doc.querySelectorAll("button")].map((b) => b.textContent).filter((t) => /共有|コピー/.test(t ?? ""))).toEqual([]);
    expect(html).not.toMatch(/<button[^>]*>[^<]*(共有|コピー)/);

    // the GovernmentService says what content holds of every desk: numbers, FAX, place, hours (tests/support/structured-data.ts)
    const services = jsonLd(doc).filter((d) => d["@type"] === "GovernmentService");
    expect(services, route).toHaveLength(1);
    expect(governmentServiceProblems(services[0], program, (u) => normal(typeof u === "string" ? u : undefined), expectedUrl(route)!)).toEqual([]);
  });
}

test("npm start serves where PORT and HOSTNAME say, as Node servers do", async () => {
  test.setTimeout(60_000);
  const port = await freePort("");
  const child = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const stop = groupStopper(child);
  try {
    await waitFor(`http://127.0.0.1:${port}${programPath(programs[0].slug)}`, () => child.exitCode !== null);
  } finally {
    await stop();
  }
});
