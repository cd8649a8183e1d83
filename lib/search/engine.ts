import { CHECKED_WHOLE_CHUNKS, chunkPath, READINGS_PATH, shardOf, shardPath, SYNONYMS_PATH, type ShardEntry } from "./layout";
import { foldKana } from "./normalize";
import { highlightTitle, matchDoc, phonesToShow, snippet, type DocMatch, type Part } from "./match";
import { parseQuery, type ParsedQuery, type Term } from "./query";
import { queryUnits, rankRelated, type QueryUnit } from "./related";
import { Readings, type ReadingFile } from "./readings";
import { Synonyms, type SynonymFile } from "./synonyms";
import { indexTokens, termTokens, WORD_TOKEN_PREFIX } from "./tokenize";
import type { LocalDesks, SearchDoc, SearchIndexInfo, SearchPhone } from "./types";

/**
 * Runs a query against the sharded index. The same code runs in the browser
 * (fetching files over HTTP), in the build-time check, the benchmarks and the
 * tests (reading them from disk): only the fetcher differs.
 *
 * Two searches in one:
 * - exact: the programs whose text contains every term as typed, ranked by
 *   where (title first). This is what a name, a place or a number needs, and
 *   it is never changed by the second.
 * - related (the forgiving search): when the query is a phrase, or finds
 *   fewer than FEW_EXACT programs, the other programs that best answer its
 *   content words, through the owners' words and synonyms (related.ts). They
 *   are returned apart, for the page to show under their own heading.
 *
 * A query downloads the shards that hold its tokens and the document chunks
 * of the programs it is about to show, nothing else, and keeps both for the
 * next keystroke; a related search also fetches the synonym and reading files once.
 */

export type Fetcher = (path: string) => Promise<string>;

export type SearchHit = {
  id: number;
  slug: string;
  title: Part[];
  need: string;
  snippet: Part[];
  phones: SearchPhone[];
  /** The office to call from each municipality, for a program that has local offices. */
  local?: LocalDesks;
};

export type SearchOutcome = {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Programs that contain every term: exact when every candidate was checked, else an estimate. */
  total: number;
  totalIsExact: boolean;
  /** Other programs that answer the query's content words, best first (none when the exact search says enough). */
  related: SearchHit[];
};

/** Below this many exact results the related ones are added even to a one-word query. */
export const FEW_EXACT = 3;
/** How many related programs a search returns unless asked otherwise. */
export const RELATED_LIMIT = 10;
/** In a large directory, how many of the likeliest related candidates are read and scored. */
const RELATED_CHECKED = 64;

export class SearchEngine {
  /** The token map of the shards loaded so far: token → programs by tier. */
  private readonly postings = new Map<string, ShardEntry[1]>();
  private readonly shards = new Map<number, Promise<void>>();
  private readonly chunks = new Map<number, Promise<SearchDoc[]>>();

  constructor(
    readonly info: Pick<SearchIndexInfo, "shards" | "docsPerChunk" | "docs">,
    private readonly fetcher: Fetcher,
  ) {}

  async search(raw: string, limit = 20, relatedLimit = RELATED_LIMIT): Promise<SearchOutcome> {
    const query = parseQuery(raw);
    if (query.tooShort) return { query, hits: [], total: 0, totalIsExact: true, related: [] };
    const exact = await this.exact(query, limit);
    const related = relatedLimit > 0 && wantsRelated(query, exact.total) ? await this.related(query, exact.matched, relatedLimit) : [];
    return { query, hits: exact.hits, total: exact.total, totalIsExact: exact.totalIsExact, related };
  }

  private async exact(query: ParsedQuery, limit: number) {
    const lookups = query.terms.filter((t) => t.tokens.length || t.phone?.tokens.length);
    await this.loadShards(lookups.flatMap((t) => [...t.tokens, ...(t.phone?.tokens ?? [])]));

    const order = this.candidates(lookups);
    if (!order.length) return { hits: [], total: 0, totalIsExact: true, matched: new Set<number>() };

    // Candidates whose text is in a few chunks are all checked, so count and
    // order are exact (always, for a small directory). Otherwise (a common word
    // in a large directory) they are checked best first until enough are found,
    // and the count is an estimate.
    const checkAll = fewChunks(order, this.info.docsPerChunk);
    const matched: { doc: SearchDoc; m: DocMatch }[] = [];
    let checked = 0;
    while (checked < order.length && (checkAll || matched.length < limit)) {
      const batch = order.slice(checked, checkAll ? order.length : checked + Math.max(1, Math.min(limit, order.length) - matched.length));
      checked += batch.length;
      for (const doc of await this.docs(batch)) {
        const m = matchDoc(doc, query.terms);
        if (m) matched.push({ doc, m });
      }
    }
    matched.sort((a, b) => a.m.score - b.m.score || b.m.hits - a.m.hits || a.doc.id - b.doc.id);
    const totalIsExact = checked >= order.length;
    const total = totalIsExact ? matched.length : Math.round(matched.length + ((order.length - checked) * matched.length) / checked);
    return {
      hits: matched.slice(0, limit).map(({ doc }) => toHit(doc, query.terms)),
      total,
      totalIsExact,
      matched: new Set(matched.map(({ doc }) => doc.id)),
    };
  }

  /**
   * The forgiving search. Candidates are the programs that have, in their
   * text, every token of some form of a content word, or in their owners'
   * words any token of it (so that ガス代 in a query typed as ガス代高騰 still
   * finds a program whose word is ガス代); related.ts then reads and scores
   * them. In a small directory every candidate is scored; in a large one the
   * RELATED_CHECKED likeliest (relatedCandidates).
   */
  private async related(query: ParsedQuery, exclude: Set<number>, limit: number): Promise<SearchHit[]> {
    const { units, candidates } = await this.relatedCandidates(query);
    if (!candidates.length) return [];
    const ids = fewChunks(candidates, this.info.docsPerChunk) ? candidates : candidates.slice(0, RELATED_CHECKED);
    const ranked = rankRelated(await this.docs(ids.sort((a, b) => a - b)), units, this.info.docs, foldKana(query.text));
    return ranked
      .filter((r) => !exclude.has(r.doc.id))
      .slice(0, limit)
      .map((r) => toHit(r.doc, r.textForms.map((text): Term => ({ text, fold: true, tokens: [] }))));
  }

  /**
   * The programs the forgiving search considers for a query, likeliest first,
   * and whether it reads them all (it does in a small directory; in a large one
   * it reads the RELATED_CHECKED likeliest). A program has a content word of
   * the query in its owners' words (counted twice: the surest sign; `byWords`)
   * or in its text (every token of some form of the word).
   */
  async relatedCandidates(query: ParsedQuery | string): Promise<{ units: QueryUnit[]; candidates: number[]; readsAll: boolean; byWords: Set<number> }> {
    const parsed = typeof query === "string" ? parseQuery(query) : query;
    const { synonyms, readings } = await this.lexicon();
    const units = queryUnits(parsed.text, synonyms, readings);
    if (!units.length) return { units, candidates: [], readsAll: true, byWords: new Set() };
    const lookups = units.map((u) => u.forms.map((f) => ({ text: f.inText ? termTokens(f.key) : [], words: wordTokens(f.key, u) })));
    await this.loadShards(lookups.flat().flatMap((l) => [...l.text, ...l.words]));

    const n = this.info.docs;
    const shared = new Uint8Array(n);
    const words = new Uint8Array(n);
    for (const forms of lookups) {
      const has = new Uint8Array(n);
      for (const l of forms) {
        const inText = l.text.length ? this.all(l.text) : null;
        for (const token of l.words) this.lookup(token).forEach((t, id) => t && (has[id] = words[id] = 2));
        inText?.forEach((t, id) => t && (has[id] = Math.max(has[id], 1)));
      }
      has.forEach((h, id) => (shared[id] += h));
    }
    const candidates = [...shared.keys()].filter((id) => shared[id] > 0).sort((a, b) => shared[b] - shared[a] || a - b);
    return { units, candidates, readsAll: fewChunks(candidates, this.info.docsPerChunk), byWords: new Set(candidates.filter((id) => words[id])) };
  }

  private lexiconLoad: Promise<{ synonyms: Synonyms; readings: Readings }> | null = null;

  /** The synonym groups and our words' readings, fetched together once. */
  private lexicon(): Promise<{ synonyms: Synonyms; readings: Readings }> {
    if (!this.lexiconLoad) {
      this.lexiconLoad = Promise.all([this.fetcher(SYNONYMS_PATH), this.fetcher(READINGS_PATH)]).then(([syn, read]) => ({
        synonyms: new Synonyms((JSON.parse(syn) as SynonymFile).groups),
        readings: new Readings((JSON.parse(read) as ReadingFile).readings),
      }));
      this.lexiconLoad.catch(() => (this.lexiconLoad = null));
    }
    return this.lexiconLoad;
  }

  /**
   * Programs that have every term, best first: by the sum over terms of the
   * tier each was found at, then in directory order. Each posting is spread
   * over an array with a slot per program (tier + 1, 0 for absent), so that
   * combining a handful of them costs a few passes over the directory however
   * common the words are.
   */
  private candidates(terms: Term[]): number[] {
    const n = this.info.docs;
    const score = new Int16Array(n);
    for (const term of terms) {
      const found = this.all(term.tokens);
      if (term.phone) {
        const phone = this.all(term.phone.tokens);
        for (let id = 0; id < n; id++) if (phone[id] && (!found[id] || phone[id] < found[id])) found[id] = phone[id];
      }
      // score: -1 once a term is missing, else the sum of tiers so far
      for (let id = 0; id < n; id++) score[id] = score[id] < 0 || !found[id] ? -1 : score[id] + found[id] - 1;
    }
    const buckets: number[][] = [];
    for (let id = 0; id < n; id++) if (score[id] >= 0) (buckets[score[id]] ??= []).push(id);
    return buckets.flat();
  }

  /** Tier + 1 of the worst of the tokens for programs that have them all, 0 for the others. */
  private all(tokens: string[]): Uint8Array {
    const n = this.info.docs;
    const out = new Uint8Array(n);
    tokens.forEach((token, k) => {
      const tiers = this.lookup(token);
      if (k === 0) out.set(tiers);
      else for (let id = 0; id < n; id++) out[id] = out[id] && tiers[id] ? Math.max(out[id], tiers[id]) : 0;
    });
    return out;
  }

  private lookup(token: string): Uint8Array {
    const tiers = new Uint8Array(this.info.docs);
    this.postings.get(token)?.forEach((ids, tier) => ids?.forEach((id) => (tiers[Number(id)] = tier + 1)));
    return tiers;
  }

  private loadShards(tokens: string[]): Promise<unknown> {
    const needed = new Set(tokens.map((t) => shardOf(t, this.info.shards)));
    return Promise.all(
      [...needed].map((n) => {
        let p = this.shards.get(n);
        if (!p) {
          p = this.fetcher(shardPath(n)).then((data) => {
            for (const [token, tiers] of JSON.parse(data) as ShardEntry[]) this.postings.set(token, tiers);
          });
          p.catch(() => this.shards.delete(n));
          this.shards.set(n, p);
        }
        return p;
      }),
    );
  }

  private async docs(ids: number[]): Promise<SearchDoc[]> {
    const per = this.info.docsPerChunk;
    const chunks = [...new Set(ids.map((id) => Math.floor(id / per)))];
    const loaded = new Map(
      await Promise.all(
        chunks.map(async (k) => {
          let p = this.chunks.get(k);
          if (!p) {
            p = this.fetcher(chunkPath(k)).then((text) => JSON.parse(text) as SearchDoc[]);
            p.catch(() => this.chunks.delete(k));
            this.chunks.set(k, p);
          }
          return [k, await p] as const;
        }),
      ),
    );
    return ids.map((id) => {
      const doc = loaded.get(Math.floor(id / per))?.[id % per];
      if (!doc || doc.id !== id) throw new Error(`search index: program ${id} is missing from its chunk`);
      return doc;
    });
  }
}

/**
 * A phrase (more than one content word, or words around them to drop) always
 * gets related results; a single word only when it finds few programs as
 * typed; a number never (its digits are matched exactly or not at all).
 */
function wantsRelated(query: ParsedQuery, exactTotal: number): boolean {
  if (query.terms.every((t) => t.phone)) return false;
  if (exactTotal < FEW_EXACT) return true;
  const units = queryUnits(query.text, null).filter((u) => !u.part);
  return units.length > 1 || (units.length === 1 && units[0].word.text !== query.text);
}

/** The word-index tokens of a form: all its pairs (and, for a one-kanji stem, the kanji itself). */
function wordTokens(key: string, unit: QueryUnit): string[] {
  const tokens = unit.word.stem && key === unit.word.key ? [key] : [...indexTokens(key)];
  return tokens.map((t) => WORD_TOKEN_PREFIX + t);
}

function fewChunks(ids: number[], perChunk: number): boolean {
  const seen = new Set<number>();
  for (const id of ids) if (seen.add(Math.floor(id / perChunk)).size > CHECKED_WHOLE_CHUNKS) return false;
  return true;
}

function toHit(doc: SearchDoc, terms: Term[]): SearchHit {
  return {
    id: doc.id,
    slug: doc.slug,
    title: highlightTitle(doc, terms),
    need: doc.need,
    snippet: snippet(doc, terms),
    phones: phonesToShow(doc, terms),
    ...(doc.local ? { local: doc.local } : {}),
  };
}
