import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { SearchEngine, type SearchOutcome } from "../../lib/search/engine";
import { INDEX_POINTER } from "../../lib/search/location";
import type { SearchIndexInfo } from "../../lib/search/types";
import { distPath, ROOT } from "./next-server";
import { needPath, programPath } from "../../lib/site/paths";

export type MeasuredPage = { label: string; path: string };

/**
 * Searches as visitors make them: the results page is what they see once they
 * have typed, so it is measured with its results (computed in the browser
 * after load), not empty. A word that names programs (創業), an owner's word
 * that finds them through the owners' words (電気代), and one that finds
 * nothing, whose page is the advice and the general desk instead.
 */
export const MEASURED_SEARCHES = [
  { label: "search: programs", query: "創業", finds: true },
  { label: "search: owner's word", query: "電気代", finds: true },
  { label: "search: nothing", query: "qzxjvw", finds: false },
] as const;

/**
 * The pages the benchmarks measure, chosen from the content and the build
 * rather than named: the home page, the need with the most programs, the
 * program whose built HTML is largest, and the search page with each of
 * MEASURED_SEARCHES when the site has one (each checked against the built
 * index, so a row never claims results its page does not show). A new program
 * that becomes the heaviest page is measured without anyone editing this list.
 */
export async function measuredPages(origin: string): Promise<MeasuredPage[]> {
  const { programs, needs } = loadContent(path.join(ROOT, "content"), ROOT);
  const need = needs
    .map((c) => ({ c, n: programs.filter((p) => p.categories.includes(c.slug)).length }))
    .sort((a, b) => b.n - a.n)[0].c;
  const largest = programs
    .map((p) => ({ p, bytes: fs.statSync(distPath("server", "app", "programs", `${p.slug}.html`)).size }))
    .sort((a, b) => b.bytes - a.bytes)[0].p;
  const pages: MeasuredPage[] = [
    { label: "home", path: "/" },
    { label: "need listing", path: needPath(need.slug) },
    { label: "largest program", path: programPath(largest.slug) },
  ];
  if ((await fetch(`${origin}/search`, { method: "HEAD" })).ok) {
    const engine = diskSearchEngine();
    for (const s of MEASURED_SEARCHES) {
      const outcome = await engine.search(s.query);
      if (foundAny(outcome) !== s.finds) throw new Error(`「${s.query}」は${s.finds ? "何も見つけません" : "制度を見つけます"}。scripts/lib/measured-pages.ts の MEASURED_SEARCHES を直してください`);
      pages.push({ label: s.label, path: `/search?q=${encodeURIComponent(s.query)}` });
    }
  }
  return pages;
}

const foundAny = (o: SearchOutcome) => o.hits.length + o.related.length > 0;

/** The engine the browser runs, on the index the build wrote to public/search/, read from disk. */
export function diskSearchEngine(): SearchEngine {
  const publicDir = path.join(ROOT, "public", "search");
  const info = JSON.parse(fs.readFileSync(path.join(publicDir, INDEX_POINTER), "utf8")) as SearchIndexInfo;
  const dir = path.join(publicDir, info.base.replace(/^\/search\//, ""));
  return new SearchEngine(info, (f) => fs.promises.readFile(path.join(dir, f), "utf8"));
}

/**
 * The search index the browser downloads, when the site has one: the largest
 * file of the current index (the one the pages point at; older builds' indexes
 * may still sit beside it).
 */
export function searchIndexFile(): { urlPath: string; file: string } | undefined {
  const publicDir = path.join(ROOT, "public");
  const pointer = path.join(publicDir, "search", INDEX_POINTER);
  if (!fs.existsSync(pointer)) return undefined;
  const { base } = JSON.parse(fs.readFileSync(pointer, "utf8")) as { base: string };
  const dir = path.join(publicDir, base);
  const files = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (!files.length) return undefined;
  return { file: files[0], urlPath: `/${path.relative(publicDir, files[0]).split(path.sep).join("/")}` };
}
