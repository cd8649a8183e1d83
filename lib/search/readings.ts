/**
 * What an owner types without converting kana to kanji (でんきだいがたかい,
 * あとつぎ): the readings of our own vocabulary, worked out at build time with
 * the IPADIC dictionary (readings-build.ts), shipped beside the index and read
 * with the first forgiving search. A kana word of a query is scanned for the
 * longest readings it contains, and each leads to the words that are read so.
 * No dictionary runs in the browser: only our words' readings travel.
 */

/** reading (normalised, kana-folded) → our words read so (normalised, kana-folded). */
export type ReadingEntry = [reading: string, words: string[]];
export type ReadingFile = { notice: string; readings: ReadingEntry[] };

export const READING_NOTICE =
  "Readings of this site's own words, computed at build time with mecab-ipadic-2.7.0-20070801 " +
  "(Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and Technology. All Rights Reserved.) through the npm package kuromoji (Apache-2.0); " +
  "the dictionary's licence and NAIST's disclaimer of warranties are in that package's NOTICE.md.";

/** Shorter readings (かし, ひと) occur inside unrelated kana everywhere. */
export const MIN_READING = 3;

/** How much a word found through its reading counts against the word typed in kanji. */
export const READING_WEIGHT = 0.9;

export class Readings {
  private readonly byReading: Map<string, string[]>;
  private readonly longest: number;

  constructor(entries: ReadingEntry[]) {
    this.byReading = new Map(entries);
    this.longest = entries.reduce((m, [r]) => Math.max(m, r.length), 0);
  }

  /** Our words whose readings the kana spells, longest reading first at each place, left to right. */
  wordsIn(kana: string): string[] {
    const found: string[] = [];
    for (let i = 0; i + MIN_READING <= kana.length; ) {
      let len = Math.min(this.longest, kana.length - i);
      while (len >= MIN_READING && !this.byReading.has(kana.slice(i, i + len))) len--;
      if (len < MIN_READING) {
        i++;
        continue;
      }
      for (const w of this.byReading.get(kana.slice(i, i + len))!) if (!found.includes(w)) found.push(w);
      i += len;
    }
    return found;
  }
}
