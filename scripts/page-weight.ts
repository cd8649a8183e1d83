import zlib from "node:zlib";
import { CATEGORIES } from "../lib/content/categories";
import { loadContent } from "../lib/content/load";
import { ROOT, startNext, stopOnExit } from "./lib/next-server";
import path from "node:path";

/**
 * `npm run page-weight`: the JavaScript each kind of page makes the browser
 * download before it is interactive ("first-load JS"), read from the HTML
 * that `next start` actually serves. Sizes are gzip, as a browser receives
 * them. A script every page loads is the shared part (React, Next's runtime,
 * and anything in the layout such as the search box); anything else is that
 * page's own. Program pages must have no JavaScript of their own, so the
 * script exits 1 if any of the program pages loads a script the others don't
 * all share.
 *
 *   NEXT_DIST_DIR=.next npm run page-weight
 */

type Script = { src: string; raw: number; gzip: number };

async function scriptsOf(origin: string, route: string, cache: Map<string, Script>): Promise<{ status: number; html: number; scripts: Script[] }> {
  const res = await fetch(origin + route);
  const html = await res.text();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    // nomodule scripts are skipped by every browser that runs modules, so no current browser downloads them
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s): s is string => Boolean(s));
  const scripts: Script[] = [];
  for (const src of [...new Set(srcs)]) {
    if (!cache.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
      cache.set(src, { src, raw: body.length, gzip: zlib.gzipSync(body).length });
    }
    scripts.push(cache.get(src)!);
  }
  return { status: res.status, html: zlib.gzipSync(html).length, scripts };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  const { programs } = loadContent(path.join(ROOT, "content"), ROOT);
  const server = await startNext();
  stopOnExit(server);
  const cache = new Map<string, Script>();
  const types: { type: string; route: string }[] = [
    { type: "home", route: "/" },
    { type: "need index", route: "/needs" },
    { type: "need listing", route: `/needs/${CATEGORIES[0].slug}` },
    { type: "program index", route: "/programs" },
    { type: "program page", route: `/programs/${programs[0].slug}` },
    { type: "flow", route: "/flow" },
    { type: "about", route: "/about" },
    { type: "accessibility", route: "/accessibility" },
    { type: "search", route: "/search" },
    { type: "404", route: "/no-such-page" },
  ];
  const measured = [];
  const programPages = [];
  try {
    for (const t of types) {
      const m = await scriptsOf(server.origin, t.route, cache);
      if (m.status === 404 && t.type !== "404") continue; // e.g. no search page yet
      measured.push({ ...t, ...m });
    }
    for (const p of programs) programPages.push({ route: `/programs/${p.slug}`, ...(await scriptsOf(server.origin, `/programs/${p.slug}`, cache)) });
  } finally {
    await server.stop();
  }

  const shared = new Set(measured.map((m) => m.scripts.map((s) => s.src)).reduce((a, b) => a.filter((s) => b.includes(s))));
  const sum = (xs: Script[], k: "raw" | "gzip") => xs.reduce((n, s) => n + s[k], 0);
  const header = ["route type", "path", "first-load JS", "(raw)", "shared", "own", "scripts", "HTML"];
  const lines = measured.map((m) => {
    const own = m.scripts.filter((s) => !shared.has(s.src));
    return [m.type, m.route, kb(sum(m.scripts, "gzip")), kb(sum(m.scripts, "raw")), kb(sum(m.scripts, "gzip") - sum(own, "gzip")), kb(sum(own, "gzip")), String(m.scripts.length), kb(m.html)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log("First-load JavaScript per route type (gzip; HTML column is the page itself, gzip)");
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
  console.log(`shared by every page: ${[...shared].length} scripts, ${kb([...shared].reduce((n, s) => n + cache.get(s)!.gzip, 0))}`);

  const own = new Map<string, string[]>();
  for (const p of programPages) for (const s of p.scripts.filter((x) => !shared.has(x.src))) own.set(s.src, [...(own.get(s.src) ?? []), p.route]);
  if (own.size) {
    for (const [src, routes] of own) {
      console.error(`✗ ${routes.length} of ${programPages.length} program pages load ${src} (${kb(cache.get(src)!.gzip)}), e.g. ${routes[0]}`);
    }
    process.exit(1);
  }
  console.log(`✓ none of the ${programPages.length} program pages loads JavaScript of its own`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
