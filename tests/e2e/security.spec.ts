import { expect, test, type APIResponse } from "@playwright/test";
import { loaderScript, pageScripts } from "../../lib/site/after-paint";
import { SITE_URL } from "../../lib/site/config";
import { everyPage, programs } from "../support/content";
import {
  HOSTILE_PATHS,
  MALFORMED_PATHS,
  rawAsk,
  rawRequest,
  RAW_REFUSED_METHODS,
  REFUSED_METHODS,
  SECURITY_HEADER_NAMES,
  UNSATISFIABLE_RANGE,
} from "../support/hostile-requests";

/**
 * What `next start` sends back, for pages, assets, metadata files and error
 * responses alike: the security headers, no framework banner, no stack trace
 * or server path in any error, no 500 for any request, and a script policy
 * without 'unsafe-inline': each page allows exactly the hashes of its own
 * inline scripts (proxy.ts, lib/site/csp-manifest.ts).
 */

type Csp = Map<string, string[]>;

function parseCsp(header: string | undefined): Csp {
  return new Map(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = parseCsp(h["content-security-policy"]);
  expect(csp.get("default-src"), `${what}: default-src`).toEqual(["'self'"]);
  expect(csp.get("object-src"), `${what}: object-src`).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(["'none'", "'self'"], `${what}: base-uri`).toContain(csp.get("base-uri")?.join(" "));
  expect(csp.get("form-action"), `${what}: form-action`).toEqual(["'self'"]);
  expect(csp.get("connect-src"), `${what}: connect-src`).toEqual(["'self'"]);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts[0], `${what}: script-src`).toBe("'self'");
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-eval'");
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
  for (const s of scripts.slice(1)) expect(s, `${what}: script-src ${s}`).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  // No directive names another origin, a scheme or a wildcard: the site loads nothing from anywhere else.
  for (const [name, sources] of csp) {
    if (name === "script-src") continue;
    for (const s of sources) expect(s, `${what}: ${name} ${s}`).toMatch(/^'(self|none)'$/);
  }
  expect(h["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"], `${what}: Referrer-Policy`).toContain(h["referrer-policy"]);
  for (const feature of ["camera", "microphone", "geolocation"]) expect(h["permissions-policy"], `${what}: Permissions-Policy`).toContain(`${feature}=()`);
  const maxAge = Number(/max-age=(\d+)/.exec(h["strict-transport-security"] ?? "")?.[1] ?? 0);
  expect(maxAge, `${what}: Strict-Transport-Security max-age`).toBeGreaterThanOrEqual(31_536_000);
  expect(h["x-powered-by"], `${what}: X-Powered-By`).toBeUndefined();
}

/** What a leaked server error looks like: a stack frame, a file path on the server, a module name. */
const LEAK = /\bat [\w.<>$]+ \(|at (async )?\/|node_modules|\/work\/|\/home\/|webpack-internal|turbopack:\/\/|\.next[\w-]*\/server|ENOENT|EACCES|TypeError:|ReferenceError:/;

test("every page, asset and metadata file carries the security headers", async ({ request }) => {
  test.setTimeout(120_000);
  const home = await (await request.get("/")).text();
  const assets = [...new Set([...[...home.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]), ...pageScripts(home)])];
  expect(assets.length).toBeGreaterThan(0);
  for (const path of [...everyPage, ...assets, "/robots.txt", "/sitemap.xml"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
  }
});

test("unknown and hostile paths get the site's own 404 page, with the headers and nothing of the server's insides", async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const path of HOSTILE_PATHS) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expectSecurityHeaders(res, path);
    const body = await res.text();
    expect(body, path).not.toMatch(LEAK);
    expect(body, path).not.toMatch(/<script>alert|<img src=x|onerror=alert/i);
    expect(body, path).not.toContain('"name": "aomori-shien-navi"');
    // Next's asset handler answers a bare 404 there; a payload file's name, the not-found payload
    if (path.startsWith("/_next/") || path.endsWith(".rsc")) continue;
    expect(res.headers()["content-type"], path).toMatch(/^text\/html/);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("ページが見つかりません");
  }
});

/** Every answer to a request no browser sends: never a 500, always the headers, never the server's insides. */
function expectRefusal(res: APIResponse, what: string, status: number) {
  expect(res.status(), what).toBe(status);
  expectSecurityHeaders(res, what);
}

test("malformed paths get 400, never a 500 (Next's bare 500: vercel/next.js#92527)", async ({ request }) => {
  for (const path of MALFORMED_PATHS) {
    const res = await request.get(path);
    expectRefusal(res, path, 400);
    expect(await res.text(), path).not.toMatch(LEAK);
  }
});

test("methods other than GET and HEAD get 405 with Allow on pages, assets and files (Next renders the page for them: vercel/next.js#78070)", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const chunk = pageScripts(home)[0];
  for (const path of ["/", `/programs/${programs[0].slug}`, "/needs", chunk, "/search/current.json", "/feed.xml", "/robots.txt"]) {
    for (const method of REFUSED_METHODS) {
      const res = await request.fetch(path, { method, data: method === "GET" ? undefined : "x=1" });
      expectRefusal(res, `${method} ${path}`, 405);
      expect(res.headers().allow, `${method} ${path}`).toBe("GET, HEAD");
      expect(await res.text(), `${method} ${path}`).not.toMatch(LEAK);
    }
    expect((await request.head(path)).status(), `HEAD ${path}`).toBe(200);
  }
});

test("an unsatisfiable Range gets 416 with the file's length, a satisfiable one 206 (Next's 500: vercel/next.js#40066)", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const chunk = pageScripts(home)[0];
  const pointer = (await (await request.get("/search/current.json")).json()) as { base: string };
  for (const path of [chunk, "/search/current.json", `${pointer.base}d/0.json`]) {
    const full = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
    expect(full.status(), path).toBe(200);
    const res = await request.get(path, { headers: { Range: UNSATISFIABLE_RANGE, "Accept-Encoding": "identity" } });
    expectRefusal(res, `${path} Range`, 416);
    expect(res.headers()["content-range"], path).toBe(`bytes */${(await full.body()).length}`);
    const part = await request.get(path, { headers: { Range: "bytes=0-9", "Accept-Encoding": "identity" } });
    expect(part.status(), path).toBe(206);
    expect((await part.body()).equals((await full.body()).subarray(0, 10)), path).toBe(true);
  }
});

test("OPTIONS * gets 405 with Allow and the headers, not a 500 (Next's parseUrl throws on it: vercel/next.js#32075)", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  for (const method of ["OPTIONS", "GET"]) {
    const answer = await rawRequest(port, `${method} * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    const [head] = answer.split("\r\n\r\n");
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
    expect(status, `${method} *`).toBe(method === "OPTIONS" ? 405 : 404);
    for (const name of SECURITY_HEADER_NAMES) expect(head.toLowerCase(), `${method} *: ${name}`).toContain(`\r\n${name}: `);
    expect(answer, `${method} *`).not.toMatch(LEAK);
  }
});

test("every method Node's parser knows and ones it does not (TRACE, TRACK, CONNECT…): 405 with Allow and the page's headers, never a bare 400, a 500 or a dropped connection", async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const port = Number(new URL(baseURL!).port);
  const home = await (await request.get("/")).text();
  for (const path of ["/", `/programs/${programs[0].slug}`, pageScripts(home)[0], "/no-such-page"]) {
    const csp = (await request.head(path)).headers()["content-security-policy"];
    for (const method of RAW_REFUSED_METHODS) {
      const what = `${method} ${path}`;
      const res = await rawAsk(port, method, path);
      expect(res.status, what).toBe(405);
      expect(res.headers.get("allow"), what).toEqual(["GET, HEAD"]);
      for (const name of SECURITY_HEADER_NAMES) expect(res.headers.has(name), `${what}: ${name}`).toBe(true);
      expect(res.headers.get("content-security-policy"), `${what}: the path's own policy`).toEqual([csp]);
      expect(res.body, what).not.toMatch(LEAK);
    }
  }
  // CONNECT's usual target names a host, not a path: refused the same way
  const tunnel = await rawAsk(port, "CONNECT", "127.0.0.1:443");
  expect(tunnel.status).toBe(405);
  for (const name of SECURITY_HEADER_NAMES) expect(tunnel.headers.has(name), `CONNECT host:port: ${name}`).toBe(true);
});

test("a page asked with a trailing slash redirects to its address, with the headers", async ({ request }) => {
  const res = await request.get("/about/?from=old", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toBe("/about?from=old");
  expectSecurityHeaders(res, "/about/");
});

test("malformed requests fail without a stack trace or a server path", async ({ request }) => {
  const attempts: { what: string; res: APIResponse }[] = [
    { what: "a forged router-state header", res: await request.get("/programs", { headers: { RSC: "1", "Next-Router-State-Tree": "%7B%22broken" } }) },
    { what: "a fake server-action id", res: await request.post("/", { headers: { "Next-Action": "0".repeat(40) }, data: "[]" }) },
  ];
  for (const { what, res } of attempts) {
    expect(res.status(), what).toBeLessThan(500);
    expect(await res.text(), what).not.toMatch(LEAK);
    expect(res.headers()["x-powered-by"], what).toBeUndefined();
  }
});

test("no page carries inline event handlers, script URLs or embedded objects", async ({ request }) => {
  test.setTimeout(120_000);
  for (const path of everyPage) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html, path).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
    expect(html, path).not.toMatch(/<(iframe|object|embed|frame)\b/i);
    // Inline scripts are the framework's payload or JSON-LD data blocks, never anything else.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attrs, body] = m;
      if (/\bsrc=/.test(attrs) || !body.trim()) continue;
      const type = /\btype="([^"]+)"/.exec(attrs)?.[1];
      if (type === "application/ld+json") {
        expect(() => JSON.parse(body), `${path}: JSON-LD parses`).not.toThrow();
        expect(body, `${path}: JSON-LD cannot close its script element`).not.toMatch(/<\//);
        continue;
      }
      // ours: the loader that adds the framework's own scripts after the first paint (lib/site/after-paint.ts), exactly
      const deferred = /^\(function\(s\)\{[\s\S]*\}\)\((\[[^\]]*\])\)$/.exec(body);
      if (deferred) {
        const srcs = JSON.parse(deferred[1]) as string[];
        for (const src of srcs) expect(src, `${path}: a script the loader adds`).toMatch(/^\/_next\/static\/chunks\/[\w-]+\.js$/);
        expect(body, `${path}: the loader`).toBe(loaderScript(srcs));
        continue;
      }
      expect(body.trim(), `${path}: inline script`).toMatch(/^(\(?self\.__next_[fsr]\b|\(globalThis\["TURBOPACK"\]|\$R[CSX]\b|requestAnimationFrame\(function\(\)\{\$RT)/);
    }
  }
});

test("links that leave the site say so and cannot reach back into the page", async ({ request }) => {
  test.setTimeout(120_000);
  let checked = 0;
  for (const path of everyPage) {
    const html = await (await request.get(path)).text();
    for (const [, attrs, inner] of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
      const href = /\bhref="([^"]*)"/.exec(attrs)?.[1] ?? "";
      if (!/^https?:\/\//i.test(href) || (SITE_URL && href.startsWith(SITE_URL))) continue;
      const rel = (/\brel="([^"]*)"/.exec(attrs)?.[1] ?? "").split(/\s+/);
      expect(rel, `${path}: ${href}`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
      // said in the link text, or at least in the name a screen reader announces
      const name = /\baria-label="([^"]*)"/.exec(attrs)?.[1] ?? inner.replace(/<[^>]+>/g, "");
      expect(name, `${path}: ${href} is marked as leaving the site`).toContain("外部サイト");
      checked++;
    }
  }
  expect(checked, "external links checked").toBeGreaterThan(0);
});

// The browser's own CSP reports (every page, and after typing in the search box) are collected by pages.spec.ts's one pass.

test.describe("the script policy in the browser", () => {
  const program = programs[0];
  const injected = "<script>window.__injected = true</script>";

  async function visitInjected(page: import("@playwright/test").Page, keepPolicy: boolean) {
    await page.route(`**/programs/${program.slug}`, async (route) => {
      const real = await route.fetch();
      const headers = { ...real.headers() };
      if (!keepPolicy) delete headers["content-security-policy"];
      const html = (await real.text()).replace("</body>", `${injected}</body>`);
      await route.fulfill({ status: real.status(), headers, body: html });
    });
    const violations: string[] = [];
    await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.clock.setFixedTime(new Date("2026-11-25T10:00:00+09:00"));
    await page.goto(`/programs/${program.slug}`, { waitUntil: "networkidle" });
    return { ran: await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true), violations };
  }

  test("an inline script injected into a built page does not run under the page's real header", async ({ page }) => {
    const { ran, violations } = await visitInjected(page, true);
    expect(ran).toBe(false);
    expect(violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
    // the page's own scripts did run: the client-side search box answers
    await page.getByRole("searchbox").first().pressSequentially(program.title.slice(0, 2));
    await expect(page.locator("header article").first()).toBeVisible();
  });

  test("control: without the header the same injected script runs (so the test above can fail)", async ({ page }) => {
    const { ran } = await visitInjected(page, false);
    expect(ran).toBe(true);
  });

  test("JSON-LD data blocks need no hash: not in the policy, no report", async ({ page, request }) => {
    const res = await request.get(`/programs/${program.slug}`);
    const html = await res.text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(0);
    const { createHash } = await import("node:crypto");
    for (const b of blocks) expect(res.headers()["content-security-policy"]).not.toContain(createHash("sha256").update(b).digest("base64"));
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`/programs/${program.slug}`, { waitUntil: "networkidle" });
    expect(violations).toEqual([]);
  });

  test("client-side navigation adds and runs no inline script, and reports nothing", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/", { waitUntil: "networkidle" });
    const inline = () => page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.type !== "application/ld+json").length);
    const before = await inline();
    await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
    // on a phone the header's links are behind the menu button
    await page.getByRole("button", { name: "メニュー" }).click();
    await page.getByRole("navigation", { name: "メインメニュー" }).locator('a[href="/needs"]').click();
    await expect(page).toHaveURL(/\/needs$/);
    await page.locator('a[href^="/needs/"]:visible').first().click();
    await expect(page).toHaveURL(/\/needs\/[^/]+$/);
    await page.locator('a[href^="/programs/"]:visible').first().click();
    await expect(page).toHaveURL(/\/programs\/[^/]+$/);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed), "no full page load").toBe(true);
    expect(await inline()).toBe(before);
    expect(violations).toEqual([]);
  });
});
