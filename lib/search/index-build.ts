import { phoneDigits } from "@/lib/phone/number";
import { createFlexIndex } from "./flex";
import { CHECKED_WHOLE_CHUNKS, chunkPath, FORMAT, READINGS_PATH, shardOf, shardPath, SYNONYMS_PATH, type ShardEntry } from "./layout";
import { foldKana, normalize } from "./normalize";
import { READING_NOTICE, type ReadingEntry, type ReadingFile } from "./readings";
import { reduceSynonyms, type SudachiGroup } from "./synonym-reduce";
import { SYNONYM_NOTICE, type SynonymFile } from "./synonyms";
import { indexTokens, wordIndexTokens } from "./tokenize";
import { TIER, type SearchDoc, type SearchIndexInfo, type Tier } from "./types";

/**
 * Builds the sharded index from the search documents. One FlexSearch index is
 * built and exported; its token map is then split by a hash of the token into
 * shards of about `shardBytes`, so that a query downloads only the few shards
 * holding its tokens. Each shard is a piece of FlexSearch's own export format,
 * which the engine reads as it is (layout.ts). The registry of ids FlexSearch also exports serves
 * only updates and removals, which a read-only index never does, so it is used
 * for the completeness check here and not shipped.
 *
 * The programs' text, which results show and the final substring check reads,
 * is cut into document chunks (see below). The synonym groups that touch the
 * programs' text or words go beside them in one file (synonyms.ts), and the
 * readings of the owners' words in another (readings.ts).
 */

export type BuildOptions = {
  shardBytes?: number;
  chunkBytes?: number;
  /** SudachiDict's groups (synonym-reduce.ts loadSudachiSynonyms); without them the forgiving search has no synonyms. */
  synonyms?: readonly SudachiGroup[];
  /** Readings of the owners' words (readings-build.ts); without them kana typed unconverted finds only kana. */
  readings?: ReadingEntry[];
};

/** Below this much program text the whole directory is a few chunks, and every search is checked in full. */
const SMALL_DIRECTORY_BYTES = 256 * 1024;

export type BuiltIndex = {
  info: Omit<SearchIndexInfo, "base">;
  /** Path inside the index folder → file content. */
  files: Map<string, string>;
  stats: { tokens: number; postings: number; synonymGroups: number };
};


export async function buildSearchIndex(docs: SearchDoc[], options: BuildOptions = {}): Promise<BuiltIndex> {
  const shardBytes = options.shardBytes ?? 16 * 1024;
  docs.forEach((d, k) => {
    if (d.id !== k) throw new Error(`search documents must be numbered 0…n-1 in order (document ${k} has id ${d.id})`);
  });

  let tiers: Tier[] = [];
  const index = createFlexIndex((position) => tiers[position]);
  let postings = 0;
  for (const doc of docs) {
    const tokens = documentTokens(doc);
    tiers = [...tokens.values()];
    postings += tokens.size;
    if (tokens.size) index.add(doc.id, [...tokens.keys()].join(" "));
  }

  // FlexSearch calls back once per key and chunk ("1.reg", "1.map", "2.map", …;
  // large maps come in several chunks) and may do so asynchronously.
  const registered = new Set<number>();
  const entries: ShardEntry[] = [];
  await index.export((key, data) => {
    const kind = key.split(".").pop();
    if (kind === "reg") for (const id of JSON.parse(data) as number[]) registered.add(id);
    else if (kind === "map") for (const e of JSON.parse(data) as ShardEntry[]) entries.push(e);
    else if (JSON.parse(data) !== null) throw new Error(`search index: unexpected FlexSearch export key ${key}`);
  });
  const missing = docs.filter((d) => !registered.has(d.id));
  if (missing.length) throw new Error(`search index: FlexSearch did not index ${missing.map((d) => d.slug).join(", ")}`);

  const totalBytes = entries.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e)) + 1, 2);
  let shards = 1;
  while (totalBytes / shards > shardBytes) shards *= 2;
  const byShard: ShardEntry[][] = Array.from({ length: shards }, () => []);
  for (const e of entries) byShard[shardOf(e[0], shards)].push(e);

  const files = new Map<string, string>();
  byShard.forEach((list, n) => files.set(shardPath(n), JSON.stringify(list)));

  // A small directory is read in a few chunks; in a large one the results of a
  // query are scattered, so each program is its own chunk and a result costs
  // only its own text.
  const docJson = docs.map((d) => JSON.stringify(d));
  const docBytes = docJson.reduce((s, j) => s + Buffer.byteLength(j), 0);
  const docsPerChunk =
    options.chunkBytes !== undefined
      ? Math.max(1, Math.min(64, Math.floor(options.chunkBytes / Math.max(1, docBytes / Math.max(1, docs.length)))))
      : docBytes <= SMALL_DIRECTORY_BYTES
        ? Math.ceil(docs.length / CHECKED_WHOLE_CHUNKS)
        : 1;
  for (let k = 0; k * docsPerChunk < docs.length; k++) {
    files.set(chunkPath(k), `[${docJson.slice(k * docsPerChunk, (k + 1) * docsPerChunk).join(",")}]`);
  }

  const synonyms = reduceSynonyms(options.synonyms ?? [], docs.map(searchableText).join("\n"));
  files.set(SYNONYMS_PATH, JSON.stringify({ notice: SYNONYM_NOTICE, groups: synonyms } satisfies SynonymFile));
  files.set(READINGS_PATH, JSON.stringify({ notice: READING_NOTICE, readings: options.readings ?? [] } satisfies ReadingFile));

  return {
    info: { format: FORMAT, docs: docs.length, shards, docsPerChunk },
    files,
    stats: { tokens: entries.length, postings, synonymGroups: synonyms.length },
  };
}

/** A program's text and words as one normalised, kana-folded string. */
function searchableText(doc: SearchDoc): string {
  return foldKana(normalize([...doc.fields, ...doc.words].map(([, t]) => t).join("\n")));
}

/**
 * Every token of a program with the best tier it occurs in, in order of first
 * appearance: its text's, then its owners' words' (tokenize.ts), filed under
 * the tiers of WORD_TIER.
 */
export function documentTokens(doc: SearchDoc): Map<string, Tier> {
  const parts: [Tier, string][] = [
    ...doc.fields,
    ...doc.phones.map((p): [Tier, string] => [p.tier, phoneDigits(p.number)]),
    ...doc.faxes.map((f): [Tier, string] => [TIER.other, phoneDigits(f)]),
  ];
  parts.sort((a, b) => a[0] - b[0]);
  const tokens = new Map<string, Tier>();
  for (const [tier, text] of parts) {
    for (const t of indexTokens(foldKana(normalize(text)))) if (!tokens.has(t)) tokens.set(t, tier);
  }
  for (const [tier, word] of [...doc.words].sort((a, b) => a[0] - b[0])) {
    for (const t of wordIndexTokens(foldKana(normalize(word)))) if (!tokens.has(t)) tokens.set(t, tier);
  }
  return tokens;
}
