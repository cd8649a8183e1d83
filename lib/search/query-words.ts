/**
 * How a typed query splits into words, and which words are phone numbers:
 * shared by the search (query.ts) and the phone book's filter, and kept
 * apart so that the phone book's page does not load the search's code.
 */

export const PHONE_CHARS = /^[0-9()+.\-]+$/;
const WHOLE_PHONE = /^[0-9()+.\- ]+$/;

/**
 * The words of a normalised query: split at spaces, except that a number
 * written with spaces ("017 734 9243", "0178 51 9593") is one word. The phone
 * book's filter splits the same way.
 */
export function queryWords(text: string): string[] {
  const words = text.split(" ").filter(Boolean);
  return words.length > 1 && WHOLE_PHONE.test(text) && digitsOf(text).length >= 6 ? [words.join("")] : words;
}

/** The digits of a word made of digits and phone punctuation (+81 read as 0), or null for any other word. */
export function phoneWordDigits(word: string): string | null {
  if (!PHONE_CHARS.test(word)) return null;
  const digits = digitsOf(word);
  // International form: +81 17 734 9243 is 017 734 9243.
  return word.startsWith("+81") ? `0${digits.slice(2)}` : digits;
}

export function digitsOf(s: string): string {
  let out = "";
  for (const c of s) if (c >= "0" && c <= "9") out += c;
  return out;
}
