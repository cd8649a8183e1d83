import { foldKana, normalize } from "./normalize";
import { phoneWordDigits, queryWords } from "./query-words";
import { termTokens } from "./tokenize";

/**
 * What a visitor typed, as terms the engine can look up. Everything here is
 * plain string work: no regular expression is ever built from the input, the
 * input is cut to a fixed length first, and the number of terms is capped, so
 * no input can make a search slow or throw.
 */

export const MAX_QUERY_CHARS = 64;
export const MAX_TERMS = 8;
/** Kana folding is applied to the final check only from this many characters: see fold below. */
export const FOLD_MIN_CHARS = 3;

export type Term = {
  /** Normalised, as typed. */
  text: string;
  /**
   * Whether hiragana and katakana count as the same. A katakana word typed in
   * hiragana because the IME was not asked to convert (さぽーと) is a real
   * query, so longer terms are folded. Two-kana strings are mostly particles
   * and endings in hiragana text (ある, いい, かた), so a short term must match
   * the script it was typed in, or エコ would find every こと…
   */
  fold: boolean;
  /** Index tokens that every program containing the term has. */
  tokens: string[];
  /** A term made only of digits and phone punctuation, matched on its digits as well: 017-734-9243, 0177349243, +81 17… */
  phone?: { digits: string; tokens: string[] };
};

export type ParsedQuery = {
  /** The normalised query the results are for. */
  text: string;
  terms: Term[];
  /** The input was longer than MAX_QUERY_CHARS or had more than MAX_TERMS terms. */
  truncated: boolean;
  /** Nothing to look up: every term is a single character, or there are none. */
  tooShort: boolean;
};


export function parseQuery(raw: string): ParsedQuery {
  // Cut before normalising so a pasted novel costs nothing; NFKC never shrinks
  // text by more than a few times, so 4× the limit is enough input.
  const input = raw.slice(0, MAX_QUERY_CHARS * 4);
  let text = normalize(input).trim();
  let truncated = input.length < raw.length;
  const chars = Array.from(text);
  if (chars.length > MAX_QUERY_CHARS) {
    text = chars.slice(0, MAX_QUERY_CHARS).join("").trim();
    truncated = true;
  }
  let words = [...new Set(queryWords(text))];
  if (words.length > MAX_TERMS) {
    words = words.slice(0, MAX_TERMS);
    truncated = true;
  }
  const terms = words.map(toTerm);
  const tooShort = !terms.some((t) => t.tokens.length > 0 || (t.phone?.tokens.length ?? 0) > 0);
  return { text: words.join(" "), terms, truncated, tooShort };
}

function toTerm(word: string): Term {
  const term: Term = {
    text: word,
    fold: Array.from(word).length >= FOLD_MIN_CHARS,
    tokens: termTokens(foldKana(word)),
  };
  const digits = phoneWordDigits(word);
  if (digits && digits.length >= 2) term.phone = { digits, tokens: termTokens(digits) };
  return term;
}
