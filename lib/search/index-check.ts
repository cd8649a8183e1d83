import { SearchEngine, type Fetcher } from "./engine";
import { chunkPath, shardPath, type ShardEntry } from "./layout";
import type { SearchDoc, SearchIndexInfo } from "./types";

export type ExpectedProgram = { slug: string; title: string; words?: readonly string[] };

/**
 * Reads a written index back the way the browser does and reports every way it
 * disagrees with the programs it was built from: a count that differs, a
 * program missing from the documents or from every shard, a program its own
 * title does not find, or one its first owners' word does not find (the
 * forgiving search's words and synonyms did not make it into the index). An
 * empty list means the index is complete. Each distinct word is searched once,
 * so the check costs one search per program and word, not per pair.
 */
export async function checkSearchIndex(
  info: Pick<SearchIndexInfo, "docs" | "shards" | "docsPerChunk">,
  fetcher: Fetcher,
  expected: ExpectedProgram[],
  { titleChecks = Infinity }: { titleChecks?: number } = {},
): Promise<string[]> {
  const problems: string[] = [];
  if (info.docs !== expected.length) problems.push(`索引の制度数 ${info.docs} 件が content/programs/ の ${expected.length} 件と一致しません`);

  const docs: SearchDoc[] = [];
  for (let k = 0; k * info.docsPerChunk < info.docs; k++) docs.push(...(JSON.parse(await fetcher(chunkPath(k))) as SearchDoc[]));
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  docs.forEach((d, k) => {
    if (d.id !== k) problems.push(`索引の ${k} 番目の制度の番号が ${d.id} になっています`);
  });
  for (const p of expected) if (!bySlug.has(p.slug)) problems.push(`${p.slug} が索引の制度一覧にありません`);
  if (docs.length !== expected.length) problems.push(`索引の制度一覧が ${docs.length} 件です（content/programs/ は ${expected.length} 件）`);

  const inShards = new Set<number>();
  for (let n = 0; n < info.shards; n++) {
    for (const [, slots] of JSON.parse(await fetcher(shardPath(n))) as ShardEntry[]) {
      for (const ids of slots) ids?.forEach((id) => inShards.add(id));
    }
  }
  for (const d of docs) if (!inShards.has(d.id)) problems.push(`${d.slug} の語がどのシャードにもありません`);

  const engine = new SearchEngine(info, fetcher);
  // One search per word, however many programs share it (copies of a program, or a word as common as 創業相談).
  const searched = new Map<string, Promise<{ shown: Set<string>; considered?: Set<number> }>>();
  const byWord = (word: string) => {
    let found = searched.get(word);
    if (!found) {
      found = (async () => {
        const outcome = await engine.search(word, Infinity, Infinity);
        const shown = new Set([...outcome.hits, ...outcome.related].map((h) => h.slug));
        // A directory too large for the search to read every program that shares the word: it reads
        // the likeliest, and the index can promise only that the others have the word among their owners' words.
        const { byWords, readsAll } = await engine.relatedCandidates(word);
        return { shown, considered: readsAll ? undefined : byWords };
      })();
      searched.set(word, found);
    }
    return found;
  };
  const step = Math.max(1, Math.ceil(expected.length / titleChecks));
  for (let k = 0; k < expected.length; k += step) {
    const p = expected[k];
    try {
      const found = await engine.search(p.title, Infinity);
      if (!found.hits.some((h) => h.slug === p.slug)) problems.push(`${p.slug} が自分の制度名「${p.title}」で見つかりません`);
      const word = p.words?.[0];
      if (word) {
        const { shown, considered } = await byWord(word);
        const id = bySlug.get(p.slug)?.id;
        if (!shown.has(p.slug) && !(id !== undefined && considered?.has(id))) problems.push(`${p.slug} が自分のことば「${word}」で見つかりません`);
      }
    } catch (e) {
      problems.push(`${p.slug} の制度名で検索できません: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return problems;
}
