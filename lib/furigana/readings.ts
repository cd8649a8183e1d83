import type kuromoji from "kuromoji";
import { alignReading, hasKanji, KANJI_RUN, toHiragana } from "../content/reading";
import type { FuriganaData, Ruby } from "./data";

/**
 * Build time: the reading of every run of kanji in a page's texts. Names
 * from content's table (content/names/, municipalities and regions) are
 * matched first, longest first, because the dictionary misreads proper
 * nouns (三八, 監理課, 八戸地区); dates get their day readings (20日 はつか);
 * everything else is read by kuromoji's IPADIC in context, and each word's
 * reading is split over its kanji runs (申し込み: もう・こ). A run the
 * dictionary does not know is read kanji by kanji (or left without ruby if a
 * kanji has no reading of its own) and reported, so staff can add it to the
 * names table.
 */
type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** A piece of a text read as one: a name of the table, a date's day, or what the dictionary reads. */
type Fixed = { start: number; end: number; rubies: Ruby[] };

const DAYS: Record<number, string> = { 1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか", 8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか" };
const WEEKDAYS: Record<string, string> = { 月: "げつ", 火: "か", 水: "すい", 木: "もく", 金: "きん", 土: "ど", 日: "にち" };
/** 4月20日, and the weekday after a date: 4月20日（木）, 4/20（木）; the month of a date (4月, which the dictionary reads つき after a digit). */
const DATE_PART = /(?<=月)([0-9０-９]{1,2})日|(?<=[日0-9０-９])[（(]([月火水木金土日])[)）]|(?<=[0-9０-９])(月)/gu;

export class FuriganaReader {
  /** Names of the table, by their first character, longest first. */
  private readonly names = new Map<string, { name: string; rubies: Ruby[] }[]>();
  /** Runs the dictionary did not know, read kanji by kanji ("" when even that failed and they have no ruby): worth a line in the names table. */
  readonly guessed = new Map<string, string>();

  constructor(
    private readonly tokenizer: Tokenizer,
    table: ReadonlyMap<string, string>,
  ) {
    for (const [name, reading] of table) {
      if (!hasKanji(name)) continue;
      const aligned = alignReading(name, reading);
      // Validation refuses a reading that does not fit its name; nothing to place here.
      if (!aligned.ok) continue;
      const rubies: Ruby[] = [];
      let at = 0;
      for (const p of aligned.parts) {
        if (p.reading) rubies.push(...this.split(p.text, p.reading, at));
        at += p.text.length;
      }
      const first = name[0];
      this.names.set(first, [...(this.names.get(first) ?? []), { name, rubies }].sort((a, b) => b.name.length - a.name.length));
    }
  }

  /**
   * A run of kanji with the table's reading, as the dictionary's words where
   * their readings agree with it, from either end (三八地域県民局: 三八 over
   * さんぱち, which the dictionary misreads, and 地域・県民・局 each over its
   * own reading), so no reading stretches over a long name.
   */
  private split(run: string, reading: string, at: number): Ruby[] {
    const words = this.tokenizer.tokenize(run).map((t) => ({ text: t.surface_form, reading: t.reading && t.reading !== "*" ? toHiragana(t.reading) : undefined }));
    const head: Ruby[] = [];
    const tail: Ruby[] = [];
    let [i, j, start, end, rest] = [0, words.length, at, at + run.length, reading];
    while (i < j && words[i].reading && rest.startsWith(words[i].reading!) && rest.length > words[i].reading!.length) {
      head.push([start, start + words[i].text.length, words[i].reading!]);
      start += words[i].text.length;
      rest = rest.slice(words[i].reading!.length);
      i++;
    }
    while (j > i && words[j - 1].reading && rest.endsWith(words[j - 1].reading!) && rest.length > words[j - 1].reading!.length) {
      tail.unshift([end - words[j - 1].text.length, end, words[j - 1].reading!]);
      end -= words[j - 1].text.length;
      rest = rest.slice(0, -words[j - 1].reading!.length);
      j--;
    }
    return [...head, ...(start < end ? [[start, end, rest] as Ruby] : []), ...tail];
  }

  /** The rubies of one text, left to right, covering every run of kanji in it. */
  rubies(text: string): Ruby[] {
    const fixed = this.fixedParts(text);
    const out: Ruby[] = [];
    let at = 0;
    for (const f of [...fixed, { start: text.length, end: text.length, rubies: [] }]) {
      if (f.start > at) out.push(...this.dictionary(text.slice(at, f.start), at));
      out.push(...f.rubies);
      at = f.end;
    }
    return out;
  }

  /** Names of the table and date parts, leftmost and longest, not overlapping. */
  private fixedParts(text: string): Fixed[] {
    const found: Fixed[] = [];
    for (let i = 0; i < text.length; ) {
      const name = this.names.get(text[i])?.find((n) => text.startsWith(n.name, i));
      if (name) {
        found.push({ start: i, end: i + name.name.length, rubies: name.rubies.map(([s, e, r]): Ruby => [i + s, i + e, r]) });
        i += name.name.length;
      } else i++;
    }
    for (const m of text.matchAll(DATE_PART)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      if (m[1] !== undefined) {
        const day = DAYS[Number(m[1].normalize("NFKC"))];
        found.push({ start, end, rubies: [day ? [start, end, day] : [end - 1, end, "にち"]] });
      } else if (m[2] !== undefined) {
        found.push({ start, end, rubies: [[start + 1, start + 2, WEEKDAYS[m[2]]]] });
      } else {
        found.push({ start, end, rubies: [[start, end, "がつ"]] });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** What kuromoji reads in a stretch of text (offset: where the stretch starts in its text). */
  private dictionary(stretch: string, offset: number): Ruby[] {
    if (!hasKanji(stretch)) return [];
    const out: Ruby[] = [];
    let at = offset;
    for (const t of this.tokenizer.tokenize(stretch)) {
      const surface = t.surface_form;
      if (hasKanji(surface)) out.push(...this.tokenRubies(surface, t.reading, at));
      at += surface.length;
    }
    return out;
  }

  private tokenRubies(surface: string, reading: string | undefined, at: number): Ruby[] {
    if (reading && reading !== "*") {
      const aligned = alignReading(surface, toHiragana(reading));
      if (aligned.ok) {
        const out: Ruby[] = [];
        let i = at;
        for (const p of aligned.parts) {
          if (p.reading) out.push([i, i + p.text.length, p.reading]);
          i += p.text.length;
        }
        return out;
      }
    }
    // Unknown to the dictionary, or read in a way that does not fit (a digit read out): each run kanji by kanji.
    const out: Ruby[] = [];
    for (const m of surface.matchAll(KANJI_RUN)) {
      const run = m[0];
      const singles = [...run].map((c) => this.single(c));
      this.guessed.set(run, singles.every(Boolean) ? singles.join("") : "");
      if (singles.every(Boolean)) out.push([at + m.index, at + m.index + run.length, singles.join("")]);
    }
    return out;
  }

  /** A kanji's reading on its own, or nothing (a wrong reading over a kanji is worse than none). */
  private single(kanji: string): string {
    const [t] = this.tokenizer.tokenize(kanji);
    return t?.reading && t.reading !== "*" && t.surface_form === kanji ? toHiragana(t.reading) : "";
  }
}

/**
 * One page's furigana: each text with its rubies, and each run of kanji with
 * a reading for the texts the page's islands write (`extra`: sample phrases
 * they are made of).
 */
export function pageFurigana(reader: FuriganaReader, texts: readonly string[], extra: readonly string[] = []): FuriganaData {
  const data: FuriganaData = { texts: {}, words: {} };
  const learn = (text: string, rubies: Ruby[]) => {
    for (const [s, e, r] of rubies) data.words[text.slice(s, e)] ??= r;
  };
  for (const text of texts) {
    if (!hasKanji(text) || data.texts[text]) continue;
    const rubies = reader.rubies(text);
    data.texts[text] = rubies;
    learn(text, rubies);
  }
  for (const text of extra) learn(text, reader.rubies(text));
  return data;
}
