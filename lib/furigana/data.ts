/**
 * The furigana of one page, as the build writes it (scripts/build-furigana.ts)
 * and the page's island reads it (components/furigana): nothing of it is in
 * the page itself, so a page with furigana off carries none of it.
 *
 * - `texts`: each text of the page's <main> that holds kanji, as the build
 *   found it in the page's HTML, with the readings of its runs of kanji in
 *   context (the dictionary reads a word from the words around it);
 * - `words`: every run of kanji the page's texts hold, and those the page's
 *   islands write in the browser (open now, the chosen municipality), with
 *   one reading each, for a text the build could not see as it is shown.
 */
export type Ruby = [start: number, end: number, reading: string];
export type FuriganaData = { texts: Record<string, Ruby[]>; words: Record<string, string> };

/** Where the visitor's choice is kept on this device (components/furigana; tests set it directly). */
export const FURIGANA_KEY = "aomori-shien-navi:furigana";

/** Under public/: the folder the build writes, the address the island fetches. */
export const FURIGANA_DIR = "furigana";

/** /programs/yorozu → /furigana/programs/yorozu.json; / → /furigana/index.json. */
export function furiganaPath(route: string): string {
  const clean = route.replace(/[?#].*$/, "").replace(/\/+$/, "");
  return `/${FURIGANA_DIR}${clean === "" ? "/index" : clean}.json`;
}

/** Where furigana go: runs of kanji, as names' readings are split (lib/content/reading.ts). */
export { KANJI_RUN, hasKanji } from "../content/reading";

/** Elements whose text gets no furigana: not shown as text (script, template), shown by the system (option), or furigana already. */
export const SKIPPED_ELEMENTS = ["script", "style", "noscript", "template", "textarea", "select", "option", "optgroup", "title", "ruby", "rt", "rp"] as const;
