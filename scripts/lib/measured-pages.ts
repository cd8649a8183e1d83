import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { INDEX_POINTER } from "../../lib/search/location";
import { distPath, ROOT } from "./next-server";
import { needPath, programPath } from "../../lib/site/paths";

export type MeasuredPage = { label: string; path: string };

/**
 * The pages the benchmarks measure, chosen from the content and the build
 * rather than named: the home page, the need with the most programs, the
 * program whose built HTML is largest, and the search page when the site has
 * one. A new program that becomes the heaviest page is measured without
 * anyone editing this list.
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
  if ((await fetch(`${origin}/search`, { method: "HEAD" })).ok) pages.push({ label: "search", path: "/search" });
  return pages;
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
