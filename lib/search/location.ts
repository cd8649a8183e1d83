import fs from "node:fs";
import path from "node:path";
import type { SearchIndexInfo } from "./types";

/**
 * Where the current search index is, for the pages to hand to the search box.
 * Read at build time from the pointer scripts/build-search-index.ts writes
 * (npm run build runs it first). Without it the pages still build, and the
 * search box says the index is missing instead of failing the build.
 */
export const INDEX_POINTER = "current.json";

let cached: SearchIndexInfo | null | undefined;

export function searchIndexInfo(): SearchIndexInfo | null {
  if (cached === undefined) {
    try {
      cached = JSON.parse(fs.readFileSync(path.join(process.cwd(), "public", "search", INDEX_POINTER), "utf8")) as SearchIndexInfo;
    } catch {
      cached = null;
    }
  }
  return cached;
}

export type { SearchIndexInfo };
