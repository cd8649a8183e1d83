import { SearchEngine } from "./engine";
import type { SearchIndexInfo } from "./types";

/**
 * The browser's side of the index, loaded by the search box only when a
 * visitor starts to search (this module and FlexSearch are a separate chunk).
 * Files live under a content-hashed folder, so whatever the HTTP cache holds
 * for a URL is still right: "force-cache" uses it without asking the server.
 * One engine per index, kept across client-side navigation.
 */
const engines = new Map<string, SearchEngine>();

export function openSearchEngine(info: SearchIndexInfo): SearchEngine {
  let engine = engines.get(info.base);
  if (!engine) {
    engine = new SearchEngine(info, async (file) => {
      const res = await fetch(info.base + file, { cache: "force-cache" });
      if (!res.ok) throw new Error(`search index: ${res.status} for ${file}`);
      return res.text();
    });
    engines.set(info.base, engine);
  }
  return engine;
}
