import path from "node:path";
import { loadSiteContent } from "../../lib/content/api";
import type { Need, Program } from "../../lib/content/model";
import { toSearchDoc } from "../../lib/search/document";
import { SearchEngine } from "../../lib/search/engine";
import { buildSearchIndex, type BuildOptions } from "../../lib/search/index-build";
import { buildReadings } from "../../lib/search/readings-build";
import { loadSudachiSynonyms, type SudachiGroup } from "../../lib/search/synonym-reduce";
import type { SearchDoc } from "../../lib/search/types";

/** For the tests: the real programs, and an engine over an index built in memory. */
const root = path.resolve(__dirname, "../..");

const realContent = () => loadSiteContent(root);

export function realPrograms(): Program[] {
  return realContent().programs;
}

export function realNeeds(): Need[] {
  return realContent().needs;
}

let sudachi: SudachiGroup[] | undefined;

/** SudachiDict's synonym groups, read once per test file. */
export function sudachiSynonyms(): SudachiGroup[] {
  return (sudachi ??= loadSudachiSynonyms());
}

/** An engine over `docs`, built as the site builds it (with the synonym dictionary and our words' readings) unless options say otherwise. */
export async function engineFor(docs: SearchDoc[], options?: BuildOptions) {
  const readings = await buildReadings(docs.flatMap((d) => d.words.map(([, w]) => w)));
  const built = await buildSearchIndex(docs, { synonyms: sudachiSynonyms(), readings, ...options });
  const fetched: string[] = [];
  const fetcher = async (file: string) => {
    const text = built.files.get(file);
    if (text === undefined) throw new Error(`no such index file: ${file}`);
    fetched.push(file);
    return text;
  };
  return { engine: new SearchEngine(built.info, fetcher), built, fetched, fetcher };
}

export function realDocs(): SearchDoc[] {
  return realPrograms().map((p, k) => toSearchDoc(p, k));
}

/** A tiny program for hand-made cases. */
export function doc(id: number, title: string, body = "", phones: string[] = [], words: string[] = []): SearchDoc {
  return {
    id,
    slug: `doc-${id}`,
    title,
    need: "",
    fields: [
      [0, title],
      [1, `${title}の概要`],
      [3, body],
    ],
    words: words.map((w): [0, string] => [0, w]),
    phones: phones.map((number) => ({ number, whom: "窓口", tier: 2 })),
    faxes: [],
  };
}

/** A repeatable sequence of pseudo-random numbers, so sampled queries are the same on every run. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}
