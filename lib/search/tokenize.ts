/**
 * What goes into the index, and what a query looks up. Both take text that
 * has been through normalize() and foldKana().
 *
 * Japanese has no spaces, so words cannot be found by splitting. Instead:
 *
 * - Every pair of adjacent characters within a space-separated segment is a
 *   token (overlapping bigrams). A query of two characters is then exactly one
 *   lookup, and a longer query needs all of its bigrams, so 香港 can only match
 *   text where 香 and 港 stand side by side; FlexSearch's Charset.CJK, which
 *   indexes single characters, would also match 香 … 港 far apart. Bigrams
 *   across script changes are kept (7か所, DX推進, (公財)) so that anything
 *   of two characters the page shows can be found.
 * - Runs of ASCII letters and digits are indexed as every substring of
 *   3 to 16 characters. That makes a phone number, an acronym or a postal code
 *   one exact lookup whatever part of it is typed (9243, 7349243, jetro),
 *   where bigrams of digits would be both huge and unselective (every number
 *   here starts 01…). Runs are short in this content, so this stays small;
 *   FlexSearch's tokenize: "full" would do the same to every Japanese run and
 *   grow with the square of the sentence length.
 *
 * Bigrams of a longer term can all be present without the term being
 * (東京 and 京都 do not make 東京都), so the query engine checks candidates
 * against the text itself before it shows them.
 */

export const MAX_RUN_TOKEN = 16;

const isAlnum = (c: string) => (c >= "a" && c <= "z") || (c >= "0" && c <= "9");

/** Adds the index tokens of a text to `out`, in order of first appearance. */
export function indexTokens(text: string, out: Set<string> = new Set()): Set<string> {
  for (const segment of text.split(" ")) {
    if (!segment) continue;
    const chars = Array.from(segment);
    for (let k = 0; k + 1 < chars.length; k++) out.add(chars[k] + chars[k + 1]);
    for (const [a, b] of alnumRuns(chars)) {
      const run = chars.slice(a, b).join("");
      for (let len = 3; len <= Math.min(MAX_RUN_TOKEN, run.length); len++) {
        for (let s = 0; s + len <= run.length; s++) out.add(run.slice(s, s + len));
      }
    }
  }
  return out;
}

/**
 * The tokens one query term needs. Every one of them is an index token of any
 * text that contains the term (tokenize.test.ts checks this on real content),
 * which is what makes recall complete.
 */
export function termTokens(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length < 2) return [];
  const out = new Set<string>();
  const inLongRun = new Array<boolean>(chars.length).fill(false);
  for (const [a, b] of alnumRuns(chars)) {
    if (b - a < 3) continue;
    for (let k = a; k < b; k++) inLongRun[k] = true;
    const run = chars.slice(a, b).join("");
    if (run.length <= MAX_RUN_TOKEN) {
      out.add(run);
    } else {
      for (let s = 0; ; s += MAX_RUN_TOKEN / 2) {
        const from = Math.min(s, run.length - MAX_RUN_TOKEN);
        out.add(run.slice(from, from + MAX_RUN_TOKEN));
        if (from + MAX_RUN_TOKEN >= run.length) break;
      }
    }
  }
  for (let k = 0; k + 1 < chars.length; k++) {
    // A pair inside a long letter/digit run is implied by the run token.
    if (inLongRun[k] && inLongRun[k + 1]) continue;
    out.add(chars[k] + chars[k + 1]);
  }
  return [...out];
}

function alnumRuns(chars: string[]): [number, number][] {
  const runs: [number, number][] = [];
  let a = -1;
  for (let k = 0; k <= chars.length; k++) {
    const alnum = k < chars.length && isAlnum(chars[k]);
    if (alnum && a < 0) a = k;
    if (!alnum && a >= 0) {
      runs.push([a, k]);
      a = -1;
    }
  }
  return runs;
}

/**
 * Owners' words (never shown, matched by the forgiving search only) share the
 * index with the text under tokens of their own: a prefix that normalize()
 * can never produce (it turns control characters into spaces), so no text
 * token is ever a word token and the exact search never sees them. Besides
 * the pairs, each kanji is a token, so that the stem of a verb (借 of
 * 借りたい) finds the words that have it (お金を借りたい, 借入).
 */
export const WORD_TOKEN_PREFIX = "\u0001";

export function wordIndexTokens(word: string, out: Set<string> = new Set()): Set<string> {
  for (const t of indexTokens(word)) out.add(WORD_TOKEN_PREFIX + t);
  for (const c of word) if (isKanji(c)) out.add(WORD_TOKEN_PREFIX + c);
  return out;
}

export function isKanji(c: string): boolean {
  const x = c.codePointAt(0)!;
  return (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || (x >= 0x20000 && x <= 0x2ffff) || x === 0x3005 || x === 0x3006;
}
