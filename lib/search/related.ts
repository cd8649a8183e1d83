import { contentWords, type ContentWord } from "./analyse";
import { foldKana, normalize } from "./normalize";
import { READING_WEIGHT, type Readings } from "./readings";
import { searchableForm, type Synonyms } from "./synonyms";
import { isKanji } from "./tokenize";
import { TIER, WORD_TIER, type SearchDoc } from "./types";

/**
 * The forgiving search's ranking: how well a program answers the content
 * words of a query, when the query as typed is not in its text.
 *
 * Each content word is looked for as typed, in the forms the synonym
 * dictionary gives it, and (a compound that finds nothing at all) in its
 * two-character pieces. A program scores, for each word, the best of where
 * it found one of its forms, weighted by field (the program's own words and
 * title above its needs' words above its summary above the rest of the page)
 * and by how far the form is from what was typed (a compound that finds
 * nothing is looked for one kanji off, then by its pieces); words are weighted by how
 * rare they are across the directory (idf), so 相談, which every program has,
 * counts little and 後継, which one has, counts most.
 */

/** How much a match counts, by where it is: owners' words by WORD_TIER, then the page's text by TIER. */
export const WORD_WEIGHT = { [WORD_TIER.own]: 3, [WORD_TIER.need]: 2, [WORD_TIER.otherNeed]: 1.6 } as const;
export const FIELD_WEIGHT = {
  [TIER.title]: 2.5,
  [TIER.summary]: 1.5,
  [TIER.contact]: 1,
  [TIER.other]: 1,
} as const;

/** A one-kanji stem is a weaker clue than a word. */
const STEM_WEIGHT = 0.6;
/** A piece of a compound that found nothing whole. */
const PART_WEIGHT = 0.5;
/** A compound found with one kanji different (事業商継 for 事業承継, a wrong IME conversion). */
const NEAR_WEIGHT = 0.6;
/** Compounds from this long are looked for with one kanji different. */
const NEAR_MIN_CHARS = 3;
const KANA_RUN = /[\u3041-\u309f]{3,}/g;
const KANA_WORD = /^[\u3041-\u309f]+$/;

/** Programs scoring below this share of the best are not shown. */
export const RELATED_CUTOFF = 0.3;

export type Form = {
  key: string;
  weight: number;
  /** Whether it may be looked for in a program's text (a word), or only in owners' words (a one-kanji stem). */
  inText: boolean;
};

export type QueryUnit = { word: ContentWord; forms: Form[]; part: boolean };

/** The content words of a normalised query with their forms; the pieces of compounds come after, marked. */
export function queryUnits(text: string, synonyms: Synonyms | null, readings: Readings | null = null): QueryUnit[] {
  const units: QueryUnit[] = [];
  const parts: QueryUnit[] = [];
  for (const word of contentWords(text)) {
    // a kana word that reads as words of ours stands for them (below), not for its kana
    if (KANA_WORD.test(word.key) && readings?.wordsIn(word.key).length) continue;
    const forms = new Map<string, Form>();
    const add = (key: string, weight: number, inText: boolean) => {
      const f = forms.get(key);
      if (!f || f.weight < weight) forms.set(key, { key, weight, inText });
    };
    add(word.key, 1, !word.stem && searchableForm(word.key));
    for (const key of [word.key, ...word.inflected]) {
      if (word.stem && key === word.key) continue;
      for (const e of synonyms?.expand(key) ?? []) add(e.key, e.weight, true);
    }
    units.push({ word, forms: [...forms.values()], part: false });
    for (const p of word.parts) {
      parts.push({ word: { text: p, key: p, stem: false, inflected: [], parts: [] }, forms: [{ key: p, weight: PART_WEIGHT, inText: true }], part: true });
    }
  }
  const seen = new Set(units.map((u) => u.word.key));
  // Kana typed without converting (でんきだいがたかい, あじをよくしたい): our words it reads as, each a
  // word of the query, met in owners' words only (where the reading came from). Whole runs
  // are read, particles and all, since a reading may span them.
  for (const run of text.match(KANA_RUN) ?? []) {
    for (const w of readings?.wordsIn(foldKana(run)) ?? []) {
      if (!seen.has(w) && seen.add(w)) units.push({ word: { text: w, key: w, stem: false, inflected: [], parts: [] }, forms: [{ key: w, weight: READING_WEIGHT, inText: false }], part: false });
    }
  }
  return [...units, ...parts.filter((p) => !seen.has(p.word.key) && seen.add(p.word.key))];
}

type Weighted = { weight: number; text: string };
type PreparedDoc = { words: Weighted[]; fields: Weighted[] };

const prepared = new WeakMap<SearchDoc, PreparedDoc>();

function prepare(doc: SearchDoc): PreparedDoc {
  let p = prepared.get(doc);
  if (!p) {
    const fold = (s: string) => foldKana(normalize(s));
    p = {
      words: doc.words.map(([tier, w]) => ({ weight: WORD_WEIGHT[tier], text: fold(w) })).sort((a, b) => b.weight - a.weight),
      fields: doc.fields.map(([tier, text]) => ({ weight: FIELD_WEIGHT[tier], text: fold(text) })),
    };
    prepared.set(doc, p);
  }
  return p;
}

/**
 * An owners' word matches a form that it contains (後継 in 後継ぎがいない) or
 * that contains it (ガス代 in ガス代高騰, typed without a particle).
 */
function wordHas(word: string, form: Form): boolean {
  return word.includes(form.key) || (form.inText && searchableForm(word) && form.key.includes(word));
}

export type UnitMatch = { score: number; textForms: string[] };

/** The best weight at which a program has the unit, and the forms of it found in the program's text (to highlight). */
export function matchUnit(doc: SearchDoc, unit: QueryUnit): UnitMatch {
  const p = prepare(doc);
  let score = 0;
  const textForms: string[] = [];
  for (const form of unit.forms) {
    let best = p.words.find((w) => wordHas(w.text, form))?.weight ?? 0;
    if (form.inText) {
      for (const f of p.fields) {
        if (f.weight > best && f.text.includes(form.key)) best = f.weight;
      }
      if (p.fields.some((f) => f.text.includes(form.key))) textForms.push(form.key);
    }
    score = Math.max(score, best * form.weight * (unit.word.stem ? STEM_WEIGHT : 1));
  }
  return { score, textForms };
}

/**
 * A compound that finds nothing as typed may be a wrong conversion of a word
 * that is there, one kanji off (人材不速, 事業商継): where its owners' words or
 * text have the same compound but for one kanji, the best weight and what
 * was found.
 */
export function matchNear(doc: SearchDoc, unit: QueryUnit): UnitMatch {
  const key = Array.from(unit.word.key);
  if (unit.part || unit.word.stem || key.length < NEAR_MIN_CHARS || !key.some(isKanji)) return { score: 0, textForms: [] };
  const p = prepare(doc);
  let score = 0;
  const textForms: string[] = [];
  for (const [list, inText] of [[p.words, false], [p.fields, true]] as const) {
    for (const w of list) {
      if (w.weight <= score / NEAR_WEIGHT) continue;
      const found = oneKanjiOff(w.text, key);
      if (!found) continue;
      score = w.weight * NEAR_WEIGHT;
      if (inText) textForms.push(found);
    }
  }
  return { score, textForms };
}

function oneKanjiOff(text: string, key: string[]): string | null {
  const chars = Array.from(text);
  for (let s = 0; s + key.length <= chars.length; s++) {
    let diff = -1;
    for (let k = 0; k < key.length; k++) {
      if (chars[s + k] === key[k]) continue;
      if (diff >= 0 || !isKanji(chars[s + k]) || !isKanji(key[k])) {
        diff = -2;
        break;
      }
      diff = k;
    }
    if (diff >= 0) return chars.slice(s, s + key.length).join("");
  }
  return null;
}

export type Ranked = { doc: SearchDoc; score: number; textForms: string[] };

/**
 * How much of the query one of the program's owners' words is, when the query
 * contains it whole (どこに相談したらいいかわからない, typed as staff wrote it):
 * the closest thing to an exact match the forgiving search has.
 */
function phraseMatch(doc: SearchDoc, queryKey: string): number {
  const length = Array.from(queryKey.replace(/ /g, "")).length;
  let best = 0;
  for (const w of prepare(doc).words) {
    if (searchableForm(w.text) && queryKey.includes(w.text)) best = Math.max(best, (w.weight * Array.from(w.text).length) / length);
  }
  return best;
}

/**
 * Programs by how well they answer the units, best first, cut where they fall
 * below RELATED_CUTOFF of the best. `docs` must include every program that
 * has any form of any unit (the engine's candidates), and `total` is the
 * number of programs in the directory, for the idf. The pieces of a compound
 * count only when the compound and its forms found nothing. `queryKey` is
 * the query normalised and kana-folded, for whole owners' words in it.
 */
export function rankRelated(docs: SearchDoc[], units: QueryUnit[], total: number, queryKey: string): Ranked[] {
  const idf = (df: number) => Math.log(1 + total / df);
  const matches = units.map((u) => {
    const exact = docs.map((d) => matchUnit(d, u));
    return exact.some((m) => m.score > 0) ? exact : docs.map((d) => matchNear(d, u));
  });
  const df = matches.map((m) => m.filter((x) => x.score > 0).length);
  const wholeFound = units.filter((u, k) => !u.part && df[k] > 0).map((u) => u.word.key);
  const phrases = docs.map((d) => phraseMatch(d, queryKey));
  const phraseDf = phrases.filter((x) => x > 0).length;
  const scores = docs.map((doc, i) => {
    let score = phrases[i] ? phrases[i] * idf(phraseDf) : 0;
    const forms = new Set<string>();
    units.forEach((u, k) => {
      if (u.part && wholeFound.some((w) => w.includes(u.word.key))) return;
      const m = matches[k][i];
      if (!m.score) return;
      score += m.score * idf(df[k]);
      m.textForms.forEach((f) => forms.add(f));
    });
    return { doc, score, textForms: [...forms] };
  });
  const ranked = scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
  const cut = (ranked[0]?.score ?? 0) * RELATED_CUTOFF;
  const kept = ranked.filter((r) => r.score >= cut);
  // A query whose every word is in most programs (何から相談すればいいか, 相談したい) names no
  // problem in particular: that is what the general desks are for (content/flow/ generalDesks).
  // (A word found nowhere says nothing either.)
  const vague = !phraseDf && units.some((u, k) => !u.part && df[k] > 0) && units.every((u, k) => u.part || !df[k] || df[k] >= total * VAGUE_SHARE);
  return vague ? [...ranked.filter((r) => r.doc.general), ...kept.filter((r) => !r.doc.general)] : kept;
}

/** A word found in at least this share of the programs says nothing about which one a visitor needs. */
export const VAGUE_SHARE = 0.5;
