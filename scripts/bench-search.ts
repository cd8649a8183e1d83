import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { build } from "esbuild";
import { getAllPrograms } from "../lib/content/api";
import { containsQuery, scanDoc } from "./lib/search-contains";
import { toSearchDoc } from "../lib/search/document";
import { SearchEngine } from "../lib/search/engine";
import { buildSearchIndex } from "../lib/search/index-build";
import type { SearchIndexInfo } from "../lib/search/types";
import { LITERAL_QUERIES } from "./lib/literal-queries";
import { serve, type BenchServer } from "./bench/serve";
import { pageForIndexing, syntheticDoc, syntheticPrograms } from "./bench/synthetic";
import { kib, mean, median, mib, ms, pct, percentile, recallPrecision } from "./lib/stats";
import { programPath } from "../lib/site/paths";

/**
 * `npm run bench:search [-- --sizes 21,1000,10000]`: our sharded FlexSearch
 * index against Pagefind, on the real programs and on synthetic directories
 * made from them, in Chromium on loopback. Needs a production build first
 * (npm run build; NEXT_DIST_DIR picks another build folder): Pagefind indexes
 * the built program pages.
 *
 * Printed for each directory size and each engine: build time, index bytes,
 * bytes downloaded before the first result, latency cold (first query in a
 * fresh browser, loading included) and warm (the same query again, a page of
 * 20), and recall/precision against a brute-force scan of every program.
 */

const QUERIES = LITERAL_QUERIES;
const WARM_RUNS = 5;
const PAGE = 20;

type Side = {
  buildMs: number;
  files: number;
  rawBytes: number;
  sentBytes: number;
  firstResultBytes: number[];
  coldMs: number[];
  warmMs: number[];
  recall: number[];
  precision: number[];
};
type SetResult = { size: number; docsMs: number; ours: Side; pagefind: Side };

const newSide = (): Side => ({
  buildMs: 0, files: 0, rawBytes: 0, sentBytes: 0, firstResultBytes: [], coldMs: [], warmMs: [], recall: [], precision: [],
});

const root = path.resolve(__dirname, "..");
const argSizes = process.argv.indexOf("--sizes");
const SIZES = argSizes > 0 ? process.argv[argSizes + 1].split(",").map(Number) : [21, 1000, 10000];
const distDir = path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
const pagesDir = path.join(distDir, "server", "app", "programs");

async function main() {
  const started = performance.now();
  // Pagefind's Node API is an ES module only; this script runs as CommonJS under tsx.
  const pagefind = await import("pagefind");
  const real = getAllPrograms();
  if (!real.every((p) => fs.existsSync(path.join(pagesDir, `${p.slug}.html`)))) {
    throw new Error(`built program pages not found in ${pagesDir}: run npm run build first (or set NEXT_DIST_DIR)`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    await build({
      entryPoints: [path.join(__dirname, "bench", "browser-entry.ts")],
      outfile: path.join(tmp, "engine.js"),
      bundle: true,
      format: "esm",
      minify: true,
      platform: "browser",
      target: "es2022",
      logLevel: "error",
    });
    fs.copyFileSync(path.join(__dirname, "bench", "harness.html"), path.join(tmp, "bench.html"));
    const realDocs = real.map((p, k) => toSearchDoc(p, k));
    const templates = new Map(real.map((p) => [p.slug, pageForIndexing(fs.readFileSync(path.join(pagesDir, `${p.slug}.html`), "utf8"))]));

    const sets: (SetResult & { info: SearchIndexInfo; pfBase: string; pfSlugs: Map<string, string>; truth: string[][] })[] = [];
    for (const size of SIZES) {
      log(`${size} programs: building both indexes (${elapsed(started)})`);
      const synthetic = syntheticPrograms(real, size);
      let t = performance.now();
      const docs = synthetic.map((s, k) => (k < real.length ? realDocs[k] : syntheticDoc(s, realDocs[k % real.length], k)));
      const docsMs = performance.now() - t;
      const ours = newSide();
      const pf = newSide();

      t = performance.now();
      const built = await buildSearchIndex(docs);
      ours.buildMs = performance.now() - t;
      const oursDir = path.join(tmp, `n${size}`, "ours");
      for (const [file, content] of built.files) {
        fs.mkdirSync(path.dirname(path.join(oursDir, file)), { recursive: true });
        fs.writeFileSync(path.join(oursDir, file), content);
      }
      const info: SearchIndexInfo = { base: `/n${size}/ours/`, ...built.info };
      measureFiles(oursDir, ours);

      const pfDir = path.join(tmp, `n${size}`, "pagefind");
      t = performance.now();
      const { index, errors } = await pagefind.createIndex({ rootSelector: "main" });
      if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
      for (let k = 0; k < synthetic.length; k += 64) {
        await Promise.all(
          synthetic.slice(k, k + 64).map(async (s) => {
            const r = await index.addHTMLFile({ url: programPath(s.program.slug), content: s.rewrite(templates.get(s.template.slug)!) });
            if (r.errors.length) throw new Error(`pagefind: ${r.errors.join("; ")}`);
          }),
        );
      }
      await index.writeFiles({ outputPath: pfDir });
      await index.deleteIndex();
      pf.buildMs = performance.now() - t;
      measureFiles(pfDir, pf);

      log(`${size} programs: recall against a full scan (${elapsed(started)})`);
      const scanned = docs.map(scanDoc);
      const truth = QUERIES.map((q) => scanned.filter((d) => containsQuery(d, q)).map((d) => d.slug));
      const engine = new SearchEngine(info, (file) => fs.promises.readFile(path.join(oursDir, file), "utf8"));
      for (const [k, q] of QUERIES.entries()) {
        const found = (await engine.search(q, Infinity)).hits.map((h) => h.slug);
        score(ours, truth[k], found);
      }
      sets.push({ size, docsMs, ours, pagefind: pf, info, pfBase: `/n${size}/pagefind/`, pfSlugs: fragmentSlugs(pfDir), truth });
    }
    await pagefind.close();

    server = await serve(tmp);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
    });
    for (const set of sets) {
      log(`${set.size} programs: measuring in Chromium (${elapsed(started)})`);
      const call = {
        ours: (q: string, n: number) => `window.bench.ours(${JSON.stringify(set.info)}, ${JSON.stringify(q)}, ${n})`,
        pagefind: (q: string, n: number) => `window.bench.pagefind(${JSON.stringify(set.pfBase)}, ${JSON.stringify(q)}, ${n})`,
      };
      for (const side of ["ours", "pagefind"] as const) {
        const result = set[side];
        // Cold: nothing may be cached and each query gets a fresh page, so nothing carries over.
        server.caching(false);
        const cold = await browser.newContext();
        const coldPage = await cold.newPage();
        for (const q of QUERIES) {
          await coldPage.goto(`${server.origin}/bench.html`);
          await coldPage.waitForFunction(() => document.title === "ready");
          server.reset();
          const r = (await coldPage.evaluate(call[side](q, 1))) as { ms: number };
          result.firstResultBytes.push(server.sent());
          result.coldMs.push(r.ms);
        }
        await cold.close();
        server.caching(true);
        log(`  ${side}: cold done, warm runs (${elapsed(started)})`);
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/bench.html`);
        await page.waitForFunction(() => document.title === "ready");
        for (const [k, q] of QUERIES.entries()) {
          const first = (await page.evaluate(call[side](q, PAGE))) as { ids?: string[] };
          if (side === "pagefind") score(result, set.truth[k], (first.ids ?? []).map((id) => set.pfSlugs.get(id) ?? id));
          const runs: number[] = [];
          for (let r = 0; r < WARM_RUNS; r++) runs.push(((await page.evaluate(call[side](q, PAGE))) as { ms: number }).ms);
          result.warmMs.push(median(runs));
        }
        await context.close();
      }
    }
    report(sets);
    log(`done in ${elapsed(started)}`);
  } finally {
    await browser?.close();
    await server?.close();
    await pagefind.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function measureFiles(dir: string, side: Side) {
  for (const file of walk(dir)) {
    const body = fs.readFileSync(file);
    side.files++;
    side.rawBytes += body.length;
    side.sentBytes += /\.(js|json|css|html)$/.test(file) ? zlib.gzipSync(body).length : body.length;
  }
}

function* walk(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

// Pagefind's results are fragment ids; each fragment file names the page it came from.
function fragmentSlugs(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of fs.readdirSync(path.join(dir, "fragment"))) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, "fragment", f))).toString("utf8");
    const { url } = JSON.parse(text.slice(text.indexOf("{"))) as { url: string };
    map.set(f.replace(/\.pf_fragment$/, ""), url.replace(/^\/programs\//, "").replace(/\/$/, ""));
  }
  return map;
}

function score(side: Side, truth: string[], found: string[]) {
  const { recall, precision } = recallPrecision(new Set(truth), found);
  side.recall.push(recall);
  side.precision.push(precision);
}

function report(sets: SetResult[]) {
  const rows: [string, (s: Side, set: SetResult) => string][] = [
    ["index build", (s) => ms(s.buildMs)],
    ["index files", (s) => `${s.files}`],
    ["index bytes, raw on disk", (s) => mib(s.rawBytes)],
    ["index bytes, gzip as served", (s) => mib(s.sentBytes)],
    ["bytes before first result, p50", (s) => kib(median(s.firstResultBytes))],
    ["bytes before first result, max", (s) => kib(Math.max(...s.firstResultBytes))],
    ["latency cold, first result, p50", (s) => ms(median(s.coldMs))],
    ["latency cold, first result, p95", (s) => ms(percentile(s.coldMs, 95))],
    ["latency warm, p50", (s) => ms(median(s.warmMs))],
    ["latency warm, p95", (s) => ms(percentile(s.warmMs, 95))],
    ["recall (mean over queries)", (s) => pct(mean(s.recall))],
    ["recall, worst query", (s) => pct(Math.min(...s.recall))],
    ["precision (mean over queries)", (s) => pct(mean(s.precision))],
  ];
  console.log(`\nSearch benchmark: ${QUERIES.length} queries (${QUERIES.join(" / ")})`);
  console.log("Bytes are what the loopback server sent (gzip, headers included) from the first keystroke, library included.");
  console.log("Cold: a fresh browser, from the first keystroke to the first result. Warm: the query again, to a page of 20 results");
  console.log("(median of 5 repeats), as when a visitor types on. Recall and precision are against a scan of every program's text.\n");
  for (const set of sets) {
    console.log(`${set.size.toLocaleString("en")} programs (documents prepared in ${ms(set.docsMs)})`);
    console.log(`  ${"".padEnd(38)}${"ours (FlexSearch, sharded)".padEnd(30)}Pagefind ${pagefindVersion()}`);
    for (const [label, f] of rows) console.log(`  ${label.padEnd(38)}${f(set.ours, set).padEnd(30)}${f(set.pagefind, set)}`);
    console.log();
  }
  const big = sets.find((s) => s.size >= 10000);
  if (big) {
    const p95 = percentile(big.ours.warmMs, 95);
    const ours = median(big.ours.firstResultBytes);
    const theirs = median(big.pagefind.firstResultBytes);
    console.log(`Targets at ${big.size.toLocaleString("en")} programs:`);
    console.log(`  warm p95 under 10 ms in the browser: ${ms(p95)} ${p95 < 10 ? "met" : "NOT MET"}`);
    console.log(`  bytes before first result no more than Pagefind's (p50): ${kib(ours)} vs ${kib(theirs)} ${ours <= theirs ? "met" : "NOT MET"}`);
  }
}

function pagefindVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(root, "node_modules", "pagefind", "package.json"), "utf8")) as { version: string }).version;
}

const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

function log(s: string) {
  process.stderr.write(`[bench:search] ${s}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
