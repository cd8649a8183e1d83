import fs from "node:fs";
import path from "node:path";
import { text } from "node:stream/consumers";
import type { Metadata } from "next";
import { resolveRobots, resolveSitemap } from "next/dist/build/webpack/loaders/metadata/resolve-route-data";
import { resolveUrl } from "next/dist/lib/metadata/resolvers/resolve-url";
import type { ReactElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionsOf } from "@/lib/content/schedule";
import { englishProgramPath, programPath } from "@/lib/site/paths";
import { readAtom } from "../support/atom";
import { everyPage, needs, programs, settings } from "../support/content";
import { parseCsv } from "../support/csv";

/**
 * A production build is configured with its public origin (SITE_URL) and its
 * correction channels; the browser tests run on a build without them. Here
 * the site's own route handlers, metadata and page components run with the
 * modules loaded under such a configuration, and what Next makes of them
 * (its own sitemap and robots.txt writers, its URL resolution against the
 * layout's metadataBase) is checked: every address is a full URL on the origin.
 */
const ORIGIN = "https://navi.test";
const EMAIL = "navi@pref.test";
const at = (route: string) => `${ORIGIN}${route === "/" ? "/" : route}`;
const appDir = path.resolve(__dirname, "../../app");

type PageModule = {
  default: (props: { params: Promise<Record<string, string>> }) => Promise<ReactElement> | ReactElement;
  metadata?: Metadata;
  generateMetadata?: (props: { params: Promise<Record<string, string>> }) => Promise<Metadata> | Metadata;
  generateStaticParams?: () => Record<string, string>[];
};

/** Every page file under app/ with its route pattern, as Next reads the folders. */
function pageFiles(dir = appDir, route = ""): { file: string; pattern: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name.startsWith("_") || e.name.startsWith("@") ? [] : pageFiles(path.join(dir, e.name), e.name.startsWith("(") ? route : `${route}/${e.name}`);
    return /^page\.tsx$/.test(e.name) ? [{ file: path.join(dir, e.name), pattern: route || "/" }] : [];
  });
}

const load = <T,>(file: string) => import(/* @vite-ignore */ file) as Promise<T>;
const html = async (element: ReactElement) => text((await prerenderToNodeStream(element)).prelude);
const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);

/** A page's breadcrumb data: every step before the page itself a full URL, the page itself none. */
function expectCrumbsOnOrigin(page: string) {
  const crumbs = jsonLd(page).find((d) => d["@type"] === "BreadcrumbList")?.itemListElement as { item?: string }[] | undefined;
  expect(crumbs?.length).toBeGreaterThan(1);
  expect(crumbs!.slice(0, -1).map((c) => c.item?.startsWith(`${ORIGIN}/`))).not.toContain(false);
  expect(crumbs!.at(-1)!.item).toBeUndefined();
}

let metadataBase: URL | null;
beforeAll(async () => {
  vi.stubEnv("SITE_URL", ORIGIN);
  vi.stubEnv("CORRECTIONS_EMAIL", EMAIL);
  vi.stubEnv("ISSUES_URL", "https://github.com/owner/repo/issues/new");
  vi.resetModules();
  const base = (await load<{ metadata: Metadata }>(path.join(appDir, "layout.tsx"))).metadata.metadataBase;
  metadataBase = base ? new URL(base) : null;
});

afterAll(() => {
  vi.unstubAllEnvs();
  // the modules loaded with this configuration must not reach the test files that share this worker
  vi.resetModules();
});

describe("a build with SITE_URL", () => {
  it("lists every page once in sitemap.xml at its full URL, with the date its content was updated", async () => {
    const sitemap = (await load<{ default: () => Parameters<typeof resolveSitemap>[0] }>(path.join(appDir, "sitemap.ts"))).default;
    const xml = resolveSitemap(sitemap());
    const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)].map((m) => ({ loc: m[1], lastmod: m[2] }));
    expect(entries.map((e) => e.loc).sort()).toEqual(everyPage.map(at).sort());
    for (const p of programs) expect(entries.find((e) => e.loc === at(programPath(p.slug)))?.lastmod.slice(0, 10), p.slug).toBe(p.updated);
  });

  it("names the sitemap in robots.txt", async () => {
    const robots = (await load<{ default: () => Parameters<typeof resolveRobots>[0] }>(path.join(appDir, "robots.ts"))).default;
    expect(resolveRobots(robots())).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap\\.xml$`, "m"));
  });

  it("gives every page of every template its own full URL as canonical link and og:url", async () => {
    expect(metadataBase?.href).toBe(`${ORIGIN}/`);
    const seen: string[] = [];
    for (const { file, pattern } of pageFiles()) {
      const page = await load<PageModule>(file);
      for (const params of page.generateStaticParams?.() ?? [{}]) {
        const route = pattern.replace(/\[(\w+)\]/g, (_, name: string) => params[name]);
        const meta = page.metadata ?? (await page.generateMetadata!({ params: Promise.resolve(params) }));
        const canonical = meta.alternates?.canonical;
        expect(canonical && resolveUrl(String(canonical), metadataBase).href, route).toBe(at(route));
        expect(resolveUrl(String((meta.openGraph as { url?: string }).url), metadataBase).href, route).toBe(at(route));
        seen.push(route);
      }
    }
    for (const route of everyPage) expect(seen, route).toContain(route);
  });

  it("links each program's Japanese and English pages to each other as hreflang alternates, at full URLs", async () => {
    const japanese = await load<PageModule>(path.join(appDir, "programs/[slug]/page.tsx"));
    const english = await load<PageModule>(path.join(appDir, "en/programs/[slug]/page.tsx"));
    for (const p of programs) {
      const params = Promise.resolve({ slug: p.slug });
      const both = { ja: at(programPath(p.slug)), en: at(englishProgramPath(p.slug)) };
      for (const page of [japanese, english]) {
        const languages = (await page.generateMetadata!({ params })).alternates?.languages as Record<string, string> | undefined;
        expect(Object.fromEntries(Object.entries(languages ?? {}).map(([lang, url]) => [lang, resolveUrl(url, metadataBase)!.href])), p.slug).toEqual(both);
      }
    }
  });

  it("makes the feeds' ids and links the pages' full URLs", async () => {
    const { GET } = await load<{ GET: () => Response }>(path.join(appDir, "feed.xml/route.ts"));
    const feed = readAtom(await GET().text());
    const { changeEntries } = await import("@/lib/open-data/feed");
    expect([feed.id, ...feed.entries.map((e) => e.id)]).toEqual([at("/feed.xml"), ...changeEntries(programs, settings).map((e) => at(e.key))]);
    const need = await load<{ GET: (r: Request, c: { params: Promise<{ slug: string }> }) => Promise<Response> }>(path.join(appDir, "needs/[slug]/feed.xml/route.ts"));
    const own = readAtom(await (await need.GET(new Request(at("/")), { params: Promise.resolve({ slug: needs[0].slug }) })).text());
    expect(own.id).toBe(at(`/needs/${needs[0].slug}/feed.xml`));
    for (const f of [feed, own]) for (const { href } of [...f.links, ...f.entries.flatMap((e) => e.links)]) expect(href.startsWith(`${ORIGIN}/`), href).toBe(true);
  });

  it("gives each program's page as a full URL in the open data", async () => {
    const json = (await (await load<{ GET: () => Response }>(path.join(appDir, "data/programs.json/route.ts"))).GET().json()) as { programs: { slug: string; url: string }[] };
    for (const p of json.programs) expect(p.url).toBe(at(programPath(p.slug)));
    const [header, ...rows] = parseCsv(await (await load<{ GET: () => Response }>(path.join(appDir, "data/programs.csv/route.ts"))).GET().text());
    expect(rows.map((r) => r[header.indexOf("URL")]).sort()).toEqual(programs.map((p) => at(programPath(p.slug))).sort());
  });

  it("puts the page's URL and the host in a calendar file", async () => {
    const { programCalendarText } = await import("@/lib/calendar/program-calendar");
    const p = programs.find((x) => x.schedule)!;
    const ics = programCalendarText(p, sessionsOf(p.schedule!).slice(0, 1)).replace(/\r\n /g, "");
    expect(ics).toContain(`URL:${at(programPath(p.slug))}`);
    expect(ics).toMatch(/^UID:[0-9a-f]+@navi\.test\r?$/m);
  });

  it("draws a program page with full URLs in its structured data, its printed QR code and its report e-mail", async () => {
    const p = programs[0];
    const page = await html(await (await load<PageModule>(path.join(appDir, "programs/[slug]/page.tsx"))).default({ params: Promise.resolve({ slug: p.slug }) }));
    const [service] = jsonLd(page).filter((d) => d["@type"] === "GovernmentService");
    expect(service.url).toBe(at(programPath(p.slug)));
    // every address in it, the service's, its channels' and its page's, is absolute on the origin
    const addresses = [...JSON.stringify(service).matchAll(/"(?:url|@id|serviceUrl)":"([^"]*)"/g)].map((m) => m[1]);
    expect(addresses.length).toBeGreaterThan(3);
    for (const a of addresses) expect(a.startsWith(at("/"))).toBe(true);
    expectCrumbsOnOrigin(page);
    expect(/<figcaption[^>]*>(.*?)<\/figcaption>/s.exec(page)?.[1]).toContain(at(programPath(p.slug)));
    const mail = /href="(mailto:[^"]+)"/.exec(page)![1].replace(/&amp;/g, "&");
    expect(decodeURIComponent(/[?&]body=([^&]*)/.exec(mail)![1])).toContain(at(programPath(p.slug)));
  });

  it("draws a need page's breadcrumb with full URLs", async () => {
    const n = needs[0];
    const page = await html(await (await load<PageModule>(path.join(appDir, "needs/[slug]/page.tsx"))).default({ params: Promise.resolve({ slug: n.slug }) }));
    expectCrumbsOnOrigin(page);
  });
});
