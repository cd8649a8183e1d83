/**
 * Readings of names (furigana). Staff write a name's reading as the name with
 * each run of kanji written in hiragana, and everything else as it stands:
 *   青森県ＤＸ総合窓口 → あおもりけんＤＸそうごうまどぐち
 *   公益財団法人２１あおもり産業総合支援センター → こうえきざいだんほうじん２１あおもりさんぎょうそうごうしえんセンター
 * Kana, digits, Latin letters and marks are the anchors that tell which
 * hiragana belong to which kanji, so a reading splits over the name's kanji
 * runs with no guessing (what the ruby of a page needs), and a slip (a kana
 * left out, a digit read out) is caught here with the place it went wrong.
 * Katakana may be written in hiragana and full-width letters half-width.
 */

/**
 * A run of kanji, as furigana covers it: Han characters, the iteration mark 々
 * and 〆, and ヶ・ヵ between two kanji (鰺ヶ沢町, 六ヶ所村), where they are read as
 * part of the name rather than as kana.
 */
export const KANJI_RUN = /[\p{Script=Han}々〆](?:[\p{Script=Han}々〆ヶヵ]*[\p{Script=Han}々〆])?/gu;
const HAS_KANJI = /[\p{Script=Han}々〆]/u;

export const hasKanji = (text: string): boolean => HAS_KANJI.test(text);

/** What a reading may hold for a kanji run: hiragana and the long-vowel mark. */
const HIRAGANA = "[ぁ-ゖー]";

/** ア → あ; other characters as they are. */
export function toHiragana(text: string): string {
  return text.replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * How two spellings of the same non-kanji part are compared: width, katakana
 * and the kind or number of spaces do not matter; that there is a space does,
 * since it may be all that parts two runs of kanji (総合販売戦略課 食品産業振興グループ).
 */
const folded = (text: string) => toHiragana(text.normalize("NFKC")).replace(/\s+/g, " ");

/** One piece of a name: a kanji run with its reading, or text read as written. */
export type ReadingPart = { text: string; reading?: string };

export type Alignment = { ok: true; parts: ReadingPart[] } | { ok: false; message: string };

/** The name cut into kanji runs and what lies between them, in order. */
export function kanjiRuns(name: string): ReadingPart[] {
  const parts: ReadingPart[] = [];
  let last = 0;
  for (const m of name.matchAll(KANJI_RUN)) {
    if (m.index > last) parts.push({ text: name.slice(last, m.index) });
    parts.push({ text: m[0], reading: "" });
    last = m.index + m[0].length;
  }
  if (last < name.length) parts.push({ text: name.slice(last) });
  return parts;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The reading of `name` split over its kanji runs, or what is wrong with it.
 * Where a reading could split more than one way, each run takes the shortest
 * reading that lets the rest fit (申し込み = もう・し・こ・み).
 */
export function alignReading(name: string, reading: string): Alignment {
  const parts = kanjiRuns(name);
  const pattern = parts.map((p) => (p.reading === undefined ? escape(folded(p.text)) : `(${HIRAGANA}+?)`)).join("");
  const m = new RegExp(`^${pattern}$`, "u").exec(folded(reading));
  if (m) {
    let k = 1;
    return { ok: true, parts: parts.map((p) => (p.reading === undefined ? p : { text: p.text, reading: m[k++] })) };
  }
  return { ok: false, message: readingProblem(name, reading, parts) };
}

/** Says which part of the name the reading does not follow, in staff's words. */
function readingProblem(name: string, reading: string, parts: ReadingPart[]): string {
  const example = "（例: 青森県ＤＸ総合窓口 → あおもりけんＤＸそうごうまどぐち）";
  if (!parts.some((p) => p.reading !== undefined)) {
    return `「${name}」には漢字がないので、読みは要りません。reading の行を削除してください`;
  }
  const kana = folded(reading).replace(new RegExp(`${HIRAGANA}`, "gu"), "");
  const stray = [...kana].find((c) => !folded(name).includes(c));
  if (stray) return `読み「${reading}」に、名前にない「${stray}」があります。読みは漢字の部分だけをひらがなにし、かな・数字・英字・記号は名前のとおりに書いてください${example}`;
  for (const [i, p] of parts.entries()) {
    if (p.reading !== undefined) continue;
    const prefix = parts
      .slice(0, i + 1)
      .map((q) => (q.reading === undefined ? escape(folded(q.text)) : `${HIRAGANA}+?`))
      .join("");
    if (!new RegExp(`^${prefix}`, "u").test(folded(reading))) {
      const upTo = parts
        .slice(0, i + 1)
        .map((q) => q.text)
        .join("");
      const kept = /[\p{N}\p{Script=Latin}]+/u.exec(p.text)?.[0];
      const written = kept ? `数字や英字（「${kept}」）は読みに変えず、名前のとおりに書きます。` : "";
      if (!p.text.trim()) return `読み「${reading}」に、名前の「${upTo.trim()}」の後の空白がありません。名前の空白は、読みの同じところにも書いてください（漢字の読みの切れ目になります）`;
      return `読み「${reading}」が、名前の「${upTo}」の「${p.text}」のところで合いません。${written}読みは漢字の部分だけをひらがなにし、かな・数字・英字・記号は名前のとおりに書いてください${example}`;
    }
  }
  return `読み「${reading}」が名前「${name}」と合いません。漢字の部分はひらがなで、かな・数字・英字・記号は名前のとおりに、名前の最後まで書いてください${example}`;
}

/** The reading as one string for the whole name (kanji runs read, the rest as written). */
export function readingText(parts: ReadingPart[]): string {
  return parts.map((p) => p.reading ?? p.text).join("");
}
