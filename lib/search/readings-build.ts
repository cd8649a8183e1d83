import { createRequire } from "node:module";
import path from "node:path";
import kuromoji from "kuromoji";
import { foldKana, normalize } from "./normalize";
import { MIN_READING, type ReadingEntry } from "./readings";

/**
 * Build time: the readings of our vocabulary (owners' words, need labels, and
 * the nouns inside them and inside program titles), from kuromoji's IPADIC.
 * A word is kept only when the dictionary knows every part of it, its reading
 * is long enough to mean something, and typing the reading would not already
 * find it (a katakana word folds to its own reading).
 */
export async function buildReadings(vocabulary: string[]): Promise<ReadingEntry[]> {
  const tokenizer = await loadTokenizer();
  const byReading = new Map<string, Set<string>>();
  const add = (word: string, reading: string) => {
    const key = foldKana(normalize(word));
    const read = foldKana(normalize(reading));
    if (Array.from(read).length < MIN_READING || read === key) return;
    if (!byReading.has(read)) byReading.set(read, new Set());
    byReading.get(read)!.add(key);
  };
  for (const word of new Set(vocabulary)) {
    const tokens = tokenizer.tokenize(word);
    if (tokens.every((t) => t.reading && t.word_type === "KNOWN")) add(word, tokens.map((t) => t.reading).join(""));
    for (const t of tokens) if (t.pos === "名詞" && t.reading && t.word_type === "KNOWN" && Array.from(t.surface_form).length >= 2) add(t.surface_form, t.reading);
  }
  return [...byReading]
    .map(([r, words]): ReadingEntry => [r, [...words].sort()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

let tokenizer: Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> | undefined;

/** The dictionary takes a second to load: once per process (the search's readings and the furigana share it). */
export function loadTokenizer(): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> {
  const dicPath = path.join(path.dirname(createRequire(__filename).resolve("kuromoji")), "..", "dict");
  tokenizer ??= new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))));
  return tokenizer;
}
