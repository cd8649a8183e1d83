import { Index } from "flexsearch";
import { TIER_COUNT } from "./types";

/**
 * The FlexSearch options, in one place because the browser must import an
 * index with exactly the options it was built with.
 *
 * FlexSearch's own encoders do not suit this text: the default applies NFKD
 * (ガイド becomes カ イ ト), collapses repeated letters and splits digits into
 * threes, which breaks phone numbers. So tokens are made by tokenize.ts and
 * FlexSearch receives them space-separated and only splits them again.
 * tokenize "strict" stores each token as given.
 *
 * resolution is the number of tiers: the build's score function files each
 * program under the best tier its token occurs in, so a lookup returns the
 * programs grouped by tier, best first.
 */
export const FORMAT = 2;

export function createFlexIndex(tierOf?: (position: number) => number) {
  return new Index({
    tokenize: "strict",
    resolution: TIER_COUNT,
    encode: (tokens: string) => tokens.split(" "),
    ...(tierOf ? { score: (_content: string[], _term: string, position: number) => tierOf(position) } : {}),
  });
}

export type FlexIndex = ReturnType<typeof createFlexIndex>;

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
/** The synonym groups that touch the content (synonyms.ts), fetched with the first forgiving search. */
export const SYNONYMS_PATH = "syn.json";
export const chunkPath = (k: number) => `d/${k}.json`;
/** The key under which FlexSearch exports and imports the token map. */
export const MAP_KEY = "map";
/** A search whose candidates lie in this many document chunks or fewer checks them all; a small directory is built as this many chunks. */
export const CHECKED_WHOLE_CHUNKS = 4;
