/**
 * Phone and fax numbers written in running text: the guidebook text (taken
 * from a PDF, so digits may be full-width and separators odd) and the bodies of
 * content files, where a number must not slip past the audit by the way it is
 * written. So the text is first folded, character by character: any decimal
 * digit (full-width, Arabic-Indic, mathematical bold…) and a circled one
 * become its ASCII digit, and anything that can stand between the groups of a
 * number (hyphens and dashes of every width, the long-vowel mark, dots, middle
 * dots, slashes, brackets, spaces) becomes one separator. Each hit keeps its
 * position and its text as written.
 */
const FOLDED_NUMBER = /(?:\+81~*|0)\d{1,4}~*\d{1,4}~*\d{3,4}/g;
const SEPARATORS = /^[-‐‑‒–—―−ーｰ－﹣⁃.．・･/／(（)）\s]$/u;
const CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨";

export type NumberInText = { index: number; text: string; digits: string };

/** The digit a character stands for, if it is one. Decimal digits come in runs of ten from zero, so a digit's value is its place in its run. */
function digitOf(char: string): string | undefined {
  const cp = char.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return char;
  if (cp >= 0xff10 && cp <= 0xff19) return String(cp - 0xff10);
  const circled = CIRCLED.indexOf(char);
  if (circled >= 0) return String(circled);
  if (!/^\p{Nd}$/u.test(char)) return undefined;
  let start = cp;
  while (start > 0 && /^\p{Nd}$/u.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

/** The text folded as above, with where each folded character starts in the text. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let i = 0;
  for (const char of text) {
    folded += char === "+" || char === "＋" ? "+" : (digitOf(char) ?? (SEPARATORS.test(char) ? "~" : "x"));
    at.push(i);
    i += char.length;
  }
  at.push(i);
  return { folded, at };
}

export function phoneNumbersIn(text: string): NumberInText[] {
  const { folded, at } = fold(text);
  const out: NumberInText[] = [];
  for (const m of folded.matchAll(FOLDED_NUMBER)) {
    const digits = m[0].replace(/^\+81~*/, "0").replace(/\D/g, "");
    const start = at[m.index];
    // Japanese numbers are 10 digits (11 for mobiles and 0120…); 9 allows for a PDF that dropped one.
    if (digits.length >= 9 && digits.length <= 11) out.push({ index: start, text: text.slice(start, at[m.index + m[0].length]).trim(), digits });
  }
  return out;
}

export function phoneDigitsIn(text: string): Set<string> {
  return new Set(phoneNumbersIn(text).map((n) => n.digits));
}
