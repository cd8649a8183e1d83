/**
 * Every header the site sends, defined once. `proxy.ts` applies them when
 * `next start` serves the site, and `scripts/export.ts` writes the same values
 * into the nginx configuration and the CDN header table, so the two ways of
 * serving cannot drift apart (tests/e2e/nginx.spec.ts compares them).
 *
 * The Content-Security-Policy allows no inline script by default. Pages are
 * built ahead of time, so the inline scripts Next writes into each page (its
 * React payload) are known once `next build` has run: lib/site/csp-manifest.ts
 * hashes them per page, and each page's policy allows exactly its own hashes.
 * An inline script that was not in the built page — injected markup — does not
 * run. JSON-LD blocks (`type="application/ld+json"`) are data, never executed,
 * and need no hash.
 */

import { INDEX_POINTER } from "../search/location";

export type Header = { name: string; value: string };

/**
 * Directives shared by every policy, written as the header reads; script-src
 * is filled in per page. Everything is this site's own or nothing at all.
 */
const BASE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; " +
  "worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const DIRECTIVES: [string, string[]][] = BASE_POLICY.split("; ").map((d) => {
  const [name, ...sources] = d.split(" ");
  return [name, sources];
});

/** A policy from the shared directives with some replaced. */
function policyWith(replaced: Record<string, string[]>): string {
  return DIRECTIVES.map(([name, sources]) => [name, ...(replaced[name] ?? sources)].join(" ")).join("; ");
}

/** A policy whose script-src is `'self'` plus the given `'sha256-…'` sources. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return policyWith({ "script-src": ["'self'", ...scriptHashes] });
}

/** The headers every response carries besides its Content-Security-Policy. */
export const SECURITY_HEADERS: readonly Header[] = [
  { name: "X-Content-Type-Options", value: "nosniff" },
  { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here needs a device feature; saying so stops any future embed from asking.
  // Only features Chromium knows: an unknown name is logged as a console error on every page.
  {
    name: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()",
  },
  // Browsers honour this only over HTTPS, so it is harmless on the loopback server.
  { name: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  // For browsers that predate frame-ancestors.
  { name: "X-Frame-Options", value: "DENY" },
  { name: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { name: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** The site is read-only: every path answers GET and HEAD, and 405 with this Allow header otherwise. */
export const ALLOWED_METHODS: readonly string[] = ["GET", "HEAD"];
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

/** Route → hashes of its inline scripts, plus those of the 404 page, which answers every other path. */
export type ScriptHashes = { pages: Readonly<Record<string, readonly string[]>>; notFound: readonly string[] };

/**
 * A part of the site that cannot use per-page hashes gets its own policy here,
 * for its prefix only, while every public page keeps the strict one. An entry
 * must say why it is looser. `headers` replace the shared header of the same
 * name (or add one) on that prefix.
 */
export type PathPolicy = { prefix: string; why: string; csp: string; methods?: readonly string[]; headers?: readonly Header[] };

export const PATH_POLICIES: readonly PathPolicy[] = [
  {
    prefix: "/admin",
    why: [
      "The staff's form editor (Decap CMS: lib/cms/, public/admin/) is a client application; each addition is what",
      "Chromium reports it needs (tests/e2e/cms.spec.ts fails on any other violation).",
      "script-src 'unsafe-eval': Decap validates its configuration with ajv, which compiles schemas with `new Function`;",
      "without it /admin stays blank. No inline script: the page's only scripts are our files.",
      "style-src 'unsafe-inline': Decap's components inject <style> elements (emotion).",
      "connect-src https://api.github.com: the GitHub backend; http://127.0.0.1:* the local backend (decap-server) that",
      "staff and tests run on their own computer, which Decap uses only when /admin itself is opened on loopback.",
      "img-src data: https://avatars.githubusercontent.com: Decap's inline icons and the signed-in editor's avatar.",
      "Cross-Origin-Opener-Policy same-origin-allow-popups: signing in with GitHub happens in a popup that reports back.",
      "X-Robots-Tag: the editor is never indexed (its HTML has a robots meta too).",
    ].join(" "),
    csp: policyWith({
      "script-src": ["'self'", "'unsafe-eval'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "https://avatars.githubusercontent.com"],
      "connect-src": ["'self'", "https://api.github.com", "http://127.0.0.1:*"],
    }),
    headers: [
      { name: "Cross-Origin-Opener-Policy", value: "same-origin-allow-popups" },
      { name: "X-Robots-Tag", value: "noindex, nofollow" },
    ],
  },
];

function pathPolicy(path: string, policies: readonly PathPolicy[]): PathPolicy | undefined {
  return policies.find((p) => path === p.prefix || path.startsWith(`${p.prefix}/`));
}

/**
 * The Content-Security-Policy for a request path (decoded, without query).
 * A prebuilt page gets its own hashes; any other path gets the 404 page's,
 * because the 404 page is the only other HTML the site can send (files and
 * assets are not documents, so script-src means nothing for them).
 */
export function cspForPath(path: string, hashes: ScriptHashes, policies: readonly PathPolicy[] = PATH_POLICIES): string {
  const own = pathPolicy(path, policies);
  if (own) return own.csp;
  return contentSecurityPolicy(hashes.pages[path] ?? hashes.notFound);
}

/** Methods a path answers; everything else is 405. */
export function methodsForPath(path: string, policies: readonly PathPolicy[] = PATH_POLICIES): readonly string[] {
  return pathPolicy(path, policies)?.methods ?? ALLOWED_METHODS;
}

/** Security headers for a request path: the shared ones plus that path's Content-Security-Policy. */
export function securityHeadersForPath(path: string, hashes: ScriptHashes, policies: readonly PathPolicy[] = PATH_POLICIES): Header[] {
  const own = pathPolicy(path, policies)?.headers ?? [];
  const shared = SECURITY_HEADERS.filter((h) => !own.some((o) => o.name === h.name));
  return [{ name: "Content-Security-Policy", value: cspForPath(path, hashes, policies) }, ...shared, ...own];
}

/** Header names some path policy sets to its own value: the nginx configuration maps them per path. */
export function perPathHeaderNames(policies: readonly PathPolicy[] = PATH_POLICIES): string[] {
  return [...new Set(policies.flatMap((p) => (p.headers ?? []).map((h) => h.name)))];
}

/**
 * Cache-Control, the same from `next start` and from nginx. Files whose URL
 * contains a hash of their content never change, so browsers and CDNs may keep
 * them for good. Everything else — pages, their RSC payloads, the feed, open
 * data, the pointer to the current search index — changes with the content and
 * is kept briefly; the pointer is revalidated every time, so a new index is
 * used as soon as the pages that name it are.
 */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const SHORT = "public, max-age=300";
export const REVALIDATE = "public, max-age=0, must-revalidate";
/** Content-Type of the short plain-text answers to a bad request (400, 405). */
export const PLAIN_TYPE = "text/plain; charset=utf-8";

/** What Next sends with any error it renders (404, 416…); nginx sends the same. */
export const NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

/** The search index's folder is named for its content's hash (scripts/build-search-index.ts). */
export const HASHED_SEARCH_INDEX = /^\/search\/[0-9a-f]{8,}\//;
export const SEARCH_INDEX_POINTER = `/search/${INDEX_POINTER}`;

/** Cache-Control of a successful response for a request path. */
export function cacheControlForPath(path: string): string {
  if (path.startsWith("/_next/static/") || HASHED_SEARCH_INDEX.test(path)) return IMMUTABLE;
  if (path === SEARCH_INDEX_POINTER) return REVALIDATE;
  return SHORT;
}
