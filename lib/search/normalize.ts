/**
 * The one normalisation used for indexing and for querying. Whatever a
 * visitor types and whatever an editor wrote meet in this form, so a rule
 * added here applies to both sides at once.
 *
 * - NFKC: full-width ＤＸ and ０１７ become DX and 017, half-width ｶﾞ becomes ガ,
 *   ㈱ becomes (株). Applied per character cluster (a character and its
 *   combining marks) so that every output character can be traced back to
 *   the text it came from, which is what lets results highlight the original.
 * - Lower case.
 * - Every hyphen, dash, minus and prolonged sound mark is one character:
 *   after a kana it is a prolonged sound and is dropped (センター and センタ,
 *   エネルギ－ typed with a full-width minus, and コンピュータ/コンピューター all
 *   meet); anywhere else it becomes "-" (017ー734ー9243 typed in Japanese mode
 *   is a phone number).
 * - The katakana middle dot is dropped: インキュベーション・マネジャー is written
 *   with and without it.
 * - Wave dashes (〜 ～) become "~"; white space and control characters become a
 *   space; invisible format characters (zero-width space, joiners) are dropped.
 *
 * Kana folding is separate (foldKana) because it is applied to index tokens
 * always but to the final substring check only for longer terms.
 */

export type Normalized = {
  text: string;
  /** For each UTF-16 unit of text, where its source cluster starts in the input. */
  start: number[];
  /** For each UTF-16 unit of text, where its source cluster (and any dropped marks after it) ends. */
  end: number[];
};

const DASH = new Set([..."-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\u02D7\u2E3A\u2E3B\u2500\u2501\u30FC\uFE58\uFE63\uFF0D\uFF70"]);
const WAVE = new Set([..."~\u301C\uFF5E\u223C\u2053"]);
const MIDDLE_DOT = new Set(["\u30FB", "\uFF65"]);
// Spacing voiced marks (カ゛) are a common way of typing ガ; as combining marks NFKC composes them.
const SPACING_VOICED: Record<string, string> = { "\u309B": "\u3099", "\u309C": "\u309A" };
const COMBINING = /^[\p{M}\uFF9E\uFF9F\u309B\u309C]$/u;
const SPACE = /^[\s\p{Cc}]$/u;
const FORMAT = /^\p{Cf}$/u;

export function normalize(input: string): string {
  return run(input, false).text;
}

export function normalizeWithMap(input: string): Normalized {
  return run(input, true);
}

// One loop for both, so the text a map describes is exactly the text normalize() gives.
function run(input: string, withMap: boolean): Normalized {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let afterKana = false;
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    let j = i + codeUnitLength(input, i);
    while (j < input.length && isCombining(input, j)) j += codeUnitLength(input, j);
    // Most characters are plain letters, digits, kanji and kana: no NFKC, no rule applies.
    const chars = j === i + 1 && isPlain(c) ? [c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : input[i]] : normalizeCluster(input.slice(i, j));
    for (const ch of chars) {
      let out: string;
      if (ch.length === 1 && isPlain(ch.charCodeAt(0))) {
        out = ch;
      } else if (DASH.has(ch)) {
        if (afterKana) {
          if (withMap) extendLast(end, j);
          continue;
        }
        out = "-";
      } else if (MIDDLE_DOT.has(ch) || FORMAT.test(ch)) {
        continue;
      } else if (WAVE.has(ch)) {
        out = "~";
      } else if (SPACE.test(ch)) {
        out = " ";
      } else {
        out = ch.toLowerCase();
      }
      if (withMap) {
        for (let k = 0; k < out.length; k++) {
          start.push(i);
          end.push(j);
        }
      }
      text += out;
      afterKana = isKana(out.charCodeAt(out.length - 1));
    }
    i = j;
  }
  return { text, start, end };
}

/** Katakana to hiragana, one UTF-16 unit for one, so positions in the text stay valid. ヵ and ヶ (7ヶ所) read as か. */
export function foldKana(s: string): string {
  let out = "";
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if ((c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe) c -= 0x60;
    if (c === 0x3095 || c === 0x3096) c = 0x304b;
    out += String.fromCharCode(c);
  }
  return out;
}

function normalizeCluster(cluster: string): string[] {
  const fixed = cluster.length > 1 ? cluster.replace(/[\u309B\u309C]/g, (m) => SPACING_VOICED[m]) : cluster;
  return Array.from(fixed.normalize("NFKC"));
}

// Characters NFKC leaves alone and no rule here touches: ASCII letters (upper
// case is lowered by the caller), digits and punctuation other than - and ~,
// kanji, hiragana, katakana other than the prolonged sound mark.
function isPlain(c: number): boolean {
  return (
    (c > 0x20 && c < 0x7f && c !== 0x2d && c !== 0x7e && !(c >= 0x41 && c <= 0x5a)) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa)
  );
}

function isCombining(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x300 || isPlain(c)) return false;
  return COMBINING.test(s.slice(i, i + codeUnitLength(s, i)));
}

function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x309f) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fd || c === 0x30fe;
}

function codeUnitLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}


function extendLast(end: number[], to: number) {
  if (end.length) end[end.length - 1] = to;
}
