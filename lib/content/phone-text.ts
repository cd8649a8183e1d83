/**
 * Phone and fax numbers written in running text: the guidebook text (taken
 * from a PDF, so digits may be full-width and separators odd) and the bodies of
 * content files. Matched on the text as written, so each hit keeps its position.
 */
const NUMBER = /[0０][0-9０-９]{1,4}[-‐−–ー－(（)）\s]*[0-9０-９]{1,4}[-‐−–ー－)）\s]*[0-9０-９]{3,4}/g;

export type NumberInText = { index: number; text: string; digits: string };

export function phoneNumbersIn(text: string): NumberInText[] {
  const out: NumberInText[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[0].normalize("NFKC").replace(/\D/g, "");
    // Japanese numbers are 10 digits (11 for mobiles and 0120…); 9 allows for a PDF that dropped one.
    if (digits.length >= 9 && digits.length <= 11) out.push({ index: m.index, text: m[0].trim(), digits });
  }
  return out;
}

export function phoneDigitsIn(text: string): Set<string> {
  return new Set(phoneNumbersIn(text).map((n) => n.digits));
}
