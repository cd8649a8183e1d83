import zlib from "node:zlib";
import { pageScripts } from "../lib/site/after-paint";
import { loadContent } from "../lib/content/load";
import { ROOT, startNext, stopOnExit } from "./lib/next-server";
import path from "node:path";
import { needPath, programPath } from "../lib/site/paths";

/**
 * `npm run page-weight`: the JavaScript each kind of page makes the browser
 * download before it is interactive ("first-load JS"), read from the HTML
 * that `next start` actually serves. Sizes are gzip, as a browser receives
 * them. A script every page loads is the shared part (React, Next's runtime,
 * and anything in the layout such as the search box); anything else is that
 * page's own. Program pages have no JavaScript of their own: beyond the
 * shared part they load only the visitor-feature islands (open now, nearest
 * office, share), the same scripts on every program page, so the script
 * exits 1 if any program page loads a script the others do not all load.
 *
 *   NEXT_DIST_DIR=.next npm run page-weight
 */

type Script = { src: string; raw: number; gzip: number };

async function scriptsOf(origin: string, route: string, cache: Map<string, Script>): Promise<{ status: number; html: number; scripts: Script[] }> {
  const res = await fetch(origin + route);
  const html = await res.text();
  const scripts: Script[] = [];
  for (const src of pageScripts(html)) {
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
  const { programs, needs } = loadContent(path.join(ROOT, "content"), ROOT);
  const server = await startNext();
  stopOnExit(server);
  const cache = new Map<string, Script>();
  const types: { type: string; route: string }[] = [
    { type: "home", route: "/" },
    { type: "need index", route: "/needs" },
    { type: "need listing", route: needPath(needs[0].slug) },
    { type: "program index", route: "/programs" },
    { type: "program page", route: programPath(programs[0].slug) },
    { type: "flow", route: "/flow" },
    { type: "about", route: "/about" },
    { type: "accessibility", route: "/accessibility" },
    { type: "phone book", route: "/phone-book" },
    { type: "open data", route: "/data" },
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
    for (const p of programs) programPages.push({ route: programPath(p.slug), ...(await scriptsOf(server.origin, programPath(p.slug), cache)) });
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

  const extras = programPages.map((p) => ({ route: p.route, srcs: p.scripts.map((x) => x.src).filter((src) => !shared.has(src)) }));
  const islands = extras.map((e) => e.srcs).reduce((a, b) => a.filter((src) => b.includes(src)));
  console.log(
    `program pages, beyond that: ${islands.length} script(s) of visitor features, ${kb(islands.reduce((n, src) => n + cache.get(src)!.gzip, 0))}, the same on all ${programPages.length}`,
  );
  const odd = extras.flatMap((e) => e.srcs.filter((src) => !islands.includes(src)).map((src) => ({ route: e.route, src })));
  for (const { route, src } of odd) console.error(`✗ ${route} loads ${src} (${kb(cache.get(src)!.gzip)}), which not every program page loads`);
  if (odd.length) process.exit(1);
  console.log(`✓ none of the ${programPages.length} program pages loads JavaScript of its own`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
