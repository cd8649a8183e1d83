import fs from "node:fs";
import path from "node:path";
import { containsQuery, scanDoc } from "./lib/search-contains";
import { SearchEngine } from "../lib/search/engine";
import { chunkPath } from "../lib/search/layout";
import { INDEX_POINTER } from "../lib/search/location";
import type { SearchDoc, SearchIndexInfo } from "../lib/search/types";
import { LITERAL_QUERIES } from "./lib/literal-queries";
import { mean, pct, recallPrecision } from "./lib/stats";

/**
 * `npm run bench:owner-search [-- queries.tsv]`: how well the search answers
 * owners who type what is on their mind, beside how exactly it still answers
 * queries that name a program, a place or a number.
 *
 * It runs the engine the browser runs on the index `npm run build` (or just
 * `npx tsx scripts/build-search-index.ts`) wrote to public/search/, reading
 * the files from disk, so no browser or server is needed.
 *
 * Owner queries (scripts/bench/owner-queries.tsv: query, the programs an
 * adviser would pick, the set it belongs to): the share whose adviser's pick
 * is among the first 3 results (exact results first, then related ones), and
 * how many end with nothing at all. Literal queries (the fixed set of
 * bench:search, plus every program's title): recall and precision of the
 * exact section against a scan of every program's text, and whether a title
 * still finds its own program first.
 */

const root = path.resolve(__dirname, "..");
const TOP = 3;

type OwnerQuery = { query: string; programs: string[]; set: string; line: number };

async function main() {
  const file = process.argv[2] ?? path.join(__dirname, "bench", "owner-queries.tsv");
  const publicDir = path.join(root, "public", "search");
  const pointer = path.join(publicDir, INDEX_POINTER);
  if (!fs.existsSync(pointer)) throw new Error("public/search/current.json がありません。先に npm run build（または npx tsx scripts/build-search-index.ts）を実行してください");
  const info = JSON.parse(fs.readFileSync(pointer, "utf8")) as SearchIndexInfo;
  const dir = path.join(publicDir, info.base.replace(/^\/search\//, ""));
  const fetcher = (f: string) => fs.promises.readFile(path.join(dir, f), "utf8");
  const engine = new SearchEngine(info, fetcher);

  const docs: SearchDoc[] = [];
  for (let k = 0; k * info.docsPerChunk < info.docs; k++) docs.push(...(JSON.parse(await fetcher(chunkPath(k))) as SearchDoc[]));
  const slugs = new Set(docs.map((d) => d.slug));
  const queries = readQueries(file, slugs);

  console.log(`Owner queries: ${path.relative(root, file)} (${queries.length}), index ${info.base} (${info.docs} programs)\n`);
  const sets = [...new Set(queries.map((q) => q.set))];
  const misses: string[] = [];
  const rows: [string, number, number, number][] = [];
  for (const set of [...sets, "all"]) {
    const list = set === "all" ? queries : queries.filter((q) => q.set === set);
    let top = 0;
    let empty = 0;
    for (const q of list) {
      const shown = await resultSlugs(engine, q.query);
      if (!shown.length) empty++;
      if (shown.slice(0, TOP).some((s) => q.programs.includes(s))) top++;
      else if (set === "all") misses.push(`  ${q.query}\t→ ${shown.slice(0, TOP).join(", ") || "(nothing)"}\t(adviser: ${q.programs.join(", ")})`);
    }
    rows.push([set, list.length, top, empty]);
  }
  console.log(`  ${"set".padEnd(10)}${"queries".padStart(8)}${`in first ${TOP}`.padStart(16)}${"nothing".padStart(10)}`);
  for (const [set, n, top, empty] of rows) {
    console.log(`  ${set.padEnd(10)}${String(n).padStart(8)}${`${top} (${pct(top / n)})`.padStart(16)}${String(empty).padStart(10)}`);
  }
  if (misses.length) console.log(`\n  Not in the first ${TOP}:\n${misses.join("\n")}`);

  const scanned = docs.map(scanDoc);
  const literal = [...LITERAL_QUERIES, ...docs.map((d) => d.title)];
  const recall: number[] = [];
  const precision: number[] = [];
  let titlesFirst = 0;
  for (const q of literal) {
    const truth = new Set(scanned.filter((d) => containsQuery(d, q)).map((d) => d.slug));
    const scored = recallPrecision(truth, (await engine.search(q, Infinity)).hits.map((h) => h.slug));
    recall.push(scored.recall);
    precision.push(scored.precision);
  }
  for (const d of docs) if ((await engine.search(d.title)).hits[0]?.slug === d.slug) titlesFirst++;
  console.log(`\nLiteral queries: ${LITERAL_QUERIES.length} of bench:search and ${docs.length} program titles`);
  console.log(`  recall of the exact section (mean / worst)     ${pct(mean(recall))} / ${pct(Math.min(...recall))}`);
  console.log(`  precision of the exact section (mean / worst)  ${pct(mean(precision))} / ${pct(Math.min(...precision))}`);
  console.log(`  a title finds its own program first            ${titlesFirst} of ${docs.length}`);
}

/** What a visitor sees, in order: the exact results, then the related ones (when the engine has them). */
async function resultSlugs(engine: SearchEngine, query: string): Promise<string[]> {
  const outcome = (await engine.search(query, 20)) as Awaited<ReturnType<SearchEngine["search"]>> & { related?: { slug: string }[] };
  return [...outcome.hits, ...(outcome.related ?? [])].map((h) => h.slug);
}

function readQueries(file: string, slugs: Set<string>): OwnerQuery[] {
  const out: OwnerQuery[] = [];
  const problems: string[] = [];
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((raw, k) => {
      const line = raw.replace(/\r$/, "");
      if (!line.trim() || line.startsWith("#") || line.startsWith("query\t")) return;
      const [query, programs, set] = line.split("\t");
      const list = (programs ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      if (!query?.trim() || !list.length) problems.push(`${k + 1}行目: 「検索語<TAB>制度のファイル名（カンマ区切り）<TAB>組」の形にしてください`);
      for (const s of list) if (!slugs.has(s)) problems.push(`${k + 1}行目: 制度「${s}」は索引にありません`);
      out.push({ query: query.trim(), programs: list, set: set?.trim() || "dev", line: k + 1 });
    });
  if (problems.length) throw new Error(`${path.relative(root, file)}:\n${problems.join("\n")}`);
  return out;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
