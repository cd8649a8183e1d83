/**
 * The files of a built index and how the browser reads them. Shared by the
 * build (index-build.ts), its check and the engine, with no dependency, so
 * that the engine's bundle stays small.
 */

/** Bumped whenever the files change shape, so a page never reads an index it does not understand. */
export const FORMAT = 4;

/** FNV-1a: the same token lands in the same shard in Node and in the browser. */
export function shardOf(token: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < token.length; k++) {
    h ^= token.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

export const shardPath = (n: number) => `s/${n}.json`;
export const chunkPath = (k: number) => `d/${k}.json`;
/** The synonym groups that touch the content (synonyms.ts), fetched with the first forgiving search. */
export const SYNONYMS_PATH = "syn.json";
/** The readings of our own words (readings.ts), fetched with the synonyms. */
export const READINGS_PATH = "readings.json";
/** A search whose candidates lie in this many document chunks or fewer checks them all; a small directory is built as this many chunks. */
export const CHECKED_WHOLE_CHUNKS = 4;

/**
 * One token of a shard as FlexSearch exports its map: the token, then for
 * each tier (slot k is tier k) the ids of the programs filed there.
 */
export type ShardEntry = [token: string, tiers: (number[] | null)[]];
