import { phoneDigits } from "@/lib/phone/number";
import { foldKana, normalizeWithMap, type Normalized } from "./normalize";
import type { Term } from "./query";
import { TIER, type SearchDoc, type SearchPhone } from "./types";

/**
 * The substring check on a candidate, and what a result shows. The index only
 * says a program has every token of a term; this says whether the term itself
 * is in the text, where, and at which tier.
 */

export type DocMatch = {
  /** Sum over terms of the best tier each was found in: lower is better. */
  score: number;
  /** How many times the terms occur, to order programs with the same score. */
  hits: number;
};

export type Part = { text: string; hit: boolean };

type Prepared = Normalized & { folded: string };

const prepared = new WeakMap<SearchDoc, Prepared[]>();

function fieldsOf(doc: SearchDoc): Prepared[] {
  let p = prepared.get(doc);
  if (!p) {
    p = doc.fields.map(([, text]) => {
      const n = normalizeWithMap(text);
      return { ...n, folded: foldKana(n.text) };
    });
    prepared.set(doc, p);
  }
  return p;
}

function find(field: Prepared, term: Term): number[] {
  const hay = term.fold ? field.folded : field.text;
  const needle = term.fold ? foldKana(term.text) : term.text;
  const at: number[] = [];
  for (let k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + needle.length)) at.push(k);
  return at;
}

function phoneHit(number: string, term: Term): boolean {
  return !!term.phone && phoneDigits(number).includes(term.phone.digits);
}

/** Null when some term is not in the program. */
export function matchDoc(doc: SearchDoc, terms: Term[]): DocMatch | null {
  const fields = fieldsOf(doc);
  let score = 0;
  let hits = 0;
  for (const term of terms) {
    let best = Infinity;
    fields.forEach((f, k) => {
      const n = find(f, term).length;
      if (n) {
        best = Math.min(best, doc.fields[k][0]);
        hits += n;
      }
    });
    for (const p of doc.phones) {
      if (phoneHit(p.number, term)) {
        best = Math.min(best, p.tier);
        hits++;
      }
    }
    if (doc.faxes.some((f) => phoneHit(f, term))) best = Math.min(best, TIER.other);
    if (best === Infinity) return null;
    score += best;
  }
  return { score, hits };
}

/** The title with the terms marked. */
export function highlightTitle(doc: SearchDoc, terms: Term[]): Part[] {
  const f = fieldsOf(doc)[0];
  return mark(doc.fields[0][1], f, terms, 0, f.text.length);
}

const BEFORE = 20;
const LENGTH = 90;

/**
 * A short passage around the first match outside the title, terms marked. When
 * only the title or a phone number matched, the summary, unmarked.
 */
export function snippet(doc: SearchDoc, terms: Term[]): Part[] {
  const fields = fieldsOf(doc);
  for (let k = 1; k < fields.length; k++) {
    const f = fields[k];
    const first = Math.min(...terms.map((t) => find(f, t)[0] ?? Infinity));
    if (first === Infinity) continue;
    const from = Math.max(0, first - BEFORE);
    const to = Math.min(f.text.length, from + LENGTH);
    const parts = mark(doc.fields[k][1], f, terms, from, to);
    if (from > 0) parts.unshift({ text: "…", hit: false });
    if (to < f.text.length) parts.push({ text: "…", hit: false });
    return parts;
  }
  return [{ text: doc.fields[1]?.[1] ?? "", hit: false }];
}

/** The numbers the query matched, or else the main desk's, so a result can be called straight away. */
export function phonesToShow(doc: SearchDoc, terms: Term[], max = 3): SearchPhone[] {
  const hit = doc.phones.filter((p) => terms.some((t) => phoneHit(p.number, t)));
  const seen = new Set<string>();
  const unique = hit.filter((p) => !seen.has(p.number + p.extension) && seen.add(p.number + p.extension));
  return unique.length ? unique.slice(0, max) : doc.phones.slice(0, 1);
}

// Marks every occurrence of every term between normalised offsets from and to,
// and maps them back to the original text, so what is shown is what the page says.
function mark(original: string, f: Prepared, terms: Term[], from: number, to: number): Part[] {
  const ranges: [number, number][] = [];
  for (const t of terms) {
    const len = t.text.length;
    for (const at of find(f, t)) if (at < to && at + len > from) ranges.push([Math.max(at, from), Math.min(at + len, to)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const oFrom = f.start[from] ?? original.length;
  const oTo = to > 0 ? (f.end[to - 1] ?? original.length) : oFrom;
  const parts: Part[] = [];
  let cursor = oFrom;
  for (const [a, b] of ranges) {
    const s = Math.max(f.start[a], cursor);
    const e = f.end[b - 1];
    if (e <= cursor) continue;
    if (s > cursor) parts.push({ text: original.slice(cursor, s), hit: false });
    parts.push({ text: original.slice(s, e), hit: true });
    cursor = e;
  }
  if (cursor < oTo) parts.push({ text: original.slice(cursor, oTo), hit: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") })).filter((p) => p.text);
}
