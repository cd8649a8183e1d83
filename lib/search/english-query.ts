/**
 * Whether a query reads as English: Latin letters only (words, spaces,
 * apostrophes, hyphens), with a run of three lowercase letters. The index
 * holds the Japanese text, so such a visitor is better served by the English
 * pages than by whatever the letters happen to match. Acronyms that Japanese
 * text uses as they are (DX, IT, M&A, ASPAM, HACCP) do not count.
 */
export function looksEnglish(query: string): boolean {
  const text = query.normalize("NFKC").trim();
  return /^[A-Za-z][A-Za-z\s'’-]*$/.test(text) && /[a-z]{3}/.test(text);
}
