import { expect, test, type Page } from "@playwright/test";
import { SITE_URL } from "../../lib/site/config";
import { everyPage, programs } from "./content";

/** Findability: one canonical URL per page from the configured site URL, Open Graph, sitemap, robots.txt and JSON-LD. */
const absolute = (route: string) => new URL(route, SITE_URL).href;
/** "https://x.jp" and "https://x.jp/" are the same address; compare them as URLs. */
const normal = (url: string | null | undefined) => (url ? new URL(url).href : url);

type Ld = Record<string, unknown> & { "@type": string };

async function jsonLd(page: Page): Promise<Ld[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Ld);
}

for (const route of everyPage) {
  test(`${route}: canonical URL, Open Graph card and breadcrumb data from the configured site URL`, async ({ page }) => {
    await page.goto(route, { waitUntil: "domcontentloaded" });
    const head = await page.evaluate(() => ({
      canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute("href")),
      description: document.querySelector('meta[name="description"]')?.getAttribute("content"),
      og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute("property")!.slice(3), m.getAttribute("content")])),
      crumbs: [...document.querySelectorAll('nav[aria-label="パンくずリスト"] li')].map((li) => ({
        name: (li.querySelector("a")?.textContent ?? li.textContent ?? "").replace("›", "").trim(),
        href: li.querySelector("a")?.getAttribute("href") ?? undefined,
      })),
    }));
    expect(head.canonicals.map(normal)).toEqual([absolute(route)]);
    expect(normal(head.og.url)).toBe(absolute(route));
    expect(head.og.type).toBe("website");
    expect(head.og.locale).toBe("ja_JP");
    expect(head.og.site_name).toBeTruthy();
    expect(head.og.title?.length ?? 0).toBeGreaterThan(1);
    expect(head.og.description).toBe(head.description);

    // A visible breadcrumb trail is described to search engines exactly as shown.
    const list = (await jsonLd(page)).find((d) => d["@type"] === "BreadcrumbList");
    if (!head.crumbs.length) {
      expect(list).toBeUndefined();
      return;
    }
    const items = list?.itemListElement as { position: number; name: string; item?: string }[] | undefined;
    expect(items?.map((i) => i.position)).toEqual(head.crumbs.map((_, i) => i + 1));
    expect(items?.map((i) => i.name)).toEqual(head.crumbs.map((c) => c.name));
    expect(items?.map((i) => normal(i.item))).toEqual(head.crumbs.map((c) => (c.href ? absolute(c.href) : undefined)));
  });
}

test("the 404 page asks not to be indexed and claims no canonical URL", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test("sitemap.xml lists every page once, with the date its content was updated", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/xml/);
  const xml = await res.text();
  const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ loc: normal(m[1]), lastmod: m[2] }));
  expect(entries.map((e) => e.loc).sort()).toEqual(everyPage.map(absolute).sort());
  for (const p of programs) {
    const entry = entries.find((e) => e.loc === absolute(`/programs/${p.slug}`));
    expect(entry?.lastmod?.slice(0, 10), p.slug).toBe(p.updated);
  }
});

test("robots.txt lets every crawler in and points at the sitemap", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^User-Agent: \*$/im);
  expect(text).toMatch(/^Allow: \/$/im);
  expect(text).not.toMatch(/^Disallow: \/\s*$/im);
  expect(text).toMatch(new RegExp(`^Sitemap: ${SITE_URL.replace(/[.]/g, "\\.")}/sitemap\\.xml$`, "im"));
});

test("each program page describes itself as a GovernmentService with every desk's phone, address and hours", async ({ page }) => {
  test.setTimeout(120_000);
  for (const program of programs) {
    const route = `/programs/${program.slug}`;
    await page.goto(route, { waitUntil: "domcontentloaded" });
    const service = (await jsonLd(page)).find((d) => d["@type"] === "GovernmentService");
    expect(service, route).toBeDefined();
    expect(service!.name, route).toBe(program.title);
    expect(normal(service!.url as string), route).toBe(absolute(route));
    const channels = service!.availableChannel as {
      "@type": string;
      servicePhone?: { telephone: string; hoursAvailable?: { opens?: string } }[];
      serviceLocation?: { address?: { streetAddress?: string } };
    }[];
    expect(channels.every((c) => c["@type"] === "ServiceChannel"), route).toBe(true);
    const telephones = channels.flatMap((c) => c.servicePhone ?? []).map((p) => p.telephone.replace(/^\+81-?/, "0").replace(/\D/g, ""));
    const numbers = [...program.contacts.flatMap((c) => c.tel), ...(program.offices ?? []).flatMap((o) => o.tel ?? [])].map((t) => t.number.replace(/\D/g, ""));
    expect(telephones.sort(), route).toEqual(numbers.sort());
    const addresses = channels.map((c) => c.serviceLocation?.address?.streetAddress).filter(Boolean);
    expect(addresses.sort(), route).toEqual((program.offices ?? []).map((o) => o.address).filter(Boolean).sort());
    const opens = channels.flatMap((c) => c.servicePhone ?? []).map((p) => p.hoursAvailable?.opens).filter(Boolean);
    const contentOpens = [...program.contacts.flatMap((c) => c.tel.map(() => c.hours?.open)), ...(program.offices ?? []).flatMap((o) => (o.tel ?? []).map(() => o.hours?.open))].filter(Boolean);
    expect(opens.sort(), route).toEqual(contentOpens.sort());
  }
});
