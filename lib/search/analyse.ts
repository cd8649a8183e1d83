import { foldKana } from "./normalize";

/**
 * The content words of what an owner typed: 「後を継ぐ人がいない」 is 後・継・人,
 * 「ガス代が高くて困っています」 is ガス代・高. The forgiving search looks these up
 * instead of the whole phrase.
 *
 * No morphological analyser runs offline in a browser at a size we could
 * send, so this is a heuristic built on how Japanese is written:
 *
 * - Words that carry meaning are written in kanji, katakana or letters and
 *   digits; grammar (particles, endings, auxiliaries) is written in hiragana.
 *   So every run of non-hiragana characters is a content word (ガス代, 人手不足,
 *   IT化), and hiragana between them is dropped.
 * - A verb or adjective is a kanji followed by hiragana (借りたい, 継がせたい,
 *   高い). Its kanji alone is kept as a "stem" (借, 継, 高): too short to look
 *   for in a program's text, where one kanji is in everything, but enough to
 *   meet the owners' words staff wrote for a program (お金を借りたい, 後継ぎ).
 *   The kanji with its first okurigana (借り, 跡継ぎ, 値下げ) is kept too, as the
 *   form a synonym dictionary lists.
 * - Hiragana that does not follow a kanji may itself be a word typed without
 *   conversion (ほーむぺーじ, あとつぎがいない): its function-word endings are
 *   stripped and what is left counts from three characters.
 * - A few kanji words say nothing about the problem (思う, 自分, 最近, 問題)
 *   and would only add noise; they are listed below. These are grammar and
 *   filler, not the domain's words, which are content (program and need words).
 *
 * Input is text already through normalize() (lower case, NFKC, prolonged sound
 * marks dropped after kana); output keys are kana-folded like the index.
 */

export type ContentWord = {
  /** As typed (normalised): what a result says it matched. */
  text: string;
  /** Kana-folded: what is looked up. */
  key: string;
  /** A single kanji of a verb or adjective: matched against owners' words only. */
  stem: boolean;
  /** The stem or word with its first okurigana (借り, 跡継ぎ), for the synonym dictionary. */
  inflected: string[];
  /** Two-character pieces of a compound (原価高騰 → 原価, 価高, 高騰), used when the whole finds nothing. */
  parts: string[];
};

type Kind = "kanji" | "katakana" | "hiragana" | "alnum" | "other";

function kindOf(c: string): Kind {
  const x = c.codePointAt(0)!;
  if ((x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || (x >= 0x20000 && x <= 0x2ffff) || x === 0x3005 || x === 0x3006) return "kanji";
  if ((x >= 0x3041 && x <= 0x3096) || x === 0x309d || x === 0x309e) return "hiragana";
  if ((x >= 0x30a1 && x <= 0x30fa) || x === 0x30fd || x === 0x30fe) return "katakana";
  if ((x >= 0x61 && x <= 0x7a) || (x >= 0x30 && x <= 0x39)) return "alnum";
  return "other";
}

/**
 * Endings, particles and auxiliaries that end a hiragana run, longest first
 * when used. Hiragana that follows a kanji is dropped whole (it starts with
 * okurigana), so this list only matters for words typed in kana.
 */
const ENDINGS = [
  // wanting, asking, being able
  "たいのですが", "たいんですが", "たいんだけど", "たいです", "たいけど", "たい", "たく", "たくて",
  "てほしい", "てください", "てもらいたい", "てもらえる", "ていただきたい", "ほしい", "ください",
  "できない", "できません", "できる", "られない", "られた", "られる", "れない", "れた", "れる",
  "させたい", "せたい", "させる", "せる", "される", "された",
  // being, not being, existing
  "がいない", "がない", "いない", "いません", "ない", "なくて", "なく", "なかった", "ありません", "あります", "ある", "いる", "います",
  "ています", "ている", "ていた", "てる", "てた", "てしまう", "てしまった", "ちゃう", "ちゃった", "すぎる", "すぎて",
  // politeness, tense, copula, questions
  "ですか", "ですが", "でした", "です", "ました", "ません", "ます", "でしょうか", "でしょう", "だろう", "だった", "だけど", "だ",
  "したい", "します", "しました", "した", "して", "する", "しない",
  "わからない", "わかりません", "どうしたら", "どうすれば", "どうやって", "たらいい", "ばいい", "といい", "いい", "よい",
  "について", "として", "による", "によって", "のために", "ための", "ため",
  // particles
  "から", "まで", "より", "など", "なんか", "って", "とか", "けど", "けれど", "ので", "のに", "でも", "だけ", "しか",
  "が", "を", "に", "で", "は", "も", "と", "へ", "の", "や", "か", "ね", "よ", "な", "て", "た",
].sort((a, b) => b.length - a.length);

/** One kanji that says nothing about the problem: 思う, 困る, 言われた, 知りたい, 教えて… */
const FILLER_KANJI = new Set([..."言思困知教分考聞見何今私僕俺方事時為良欲行頂致使受持入申々"]);

/** Kanji words that say nothing about the problem. */
const FILLER_WORDS = new Set([
  "自分", "最近", "必要", "方法", "場合", "大変", "本当", "一番", "全然", "今後", "出来", "色々", "様々", "具体的", "可能",
  "状況", "状態", "現在", "当社", "弊社", "御社", "貴社", "問題", "何か", "誰か", "以前", "今回", "今年", "来年", "毎日",
  "毎年", "関係", "相手", "一緒", "何とか", "大丈夫", "至急",
]);

/** Kana words that say nothing about the problem (where, how, somehow, very…). */
const FILLER_KANA = new Set([
  "どこ", "どこに", "どこで", "だれ", "だれに", "なに", "なにを", "なにか", "いつ", "どう", "どうして", "どうしよう", "なんとか", "とにかく",
  "もっと", "とても", "すごく", "ちょっと", "いろいろ", "ぜひ", "まず", "こと", "もの", "ところ", "ほう", "よう", "みたい", "ような",
  "ください", "おねがい", "よろしく", "ありがとう", "すみません", "こんにちは",
]);

/** Hiragana that after a kanji is a particle, not okurigana (ガス代が, 後を). */
const PARTICLES = new Set([..."がをにではともへやかて"]);

/** Hiragana words are kept from this length: two kana are mostly grammar (ある, いい, かた). */
const MIN_KANA_WORD = 3;

export function contentWords(text: string): ContentWord[] {
  const out = new Map<string, ContentWord>();
  const add = (w: ContentWord) => {
    if (!out.has(w.key)) out.set(w.key, w);
  };
  for (const chunk of chunks(text)) {
    const runs = runsOf(chunk);
    runs.forEach((run, i) => {
      const prev = runs[i - 1];
      const next = runs[i + 1];
      if (run.kind !== "hiragana") {
        const word = contentRun(run.text, next?.kind === "hiragana" ? next.text : "");
        if (word) add(word);
        return;
      }
      // Hiragana after a kanji starts with that kanji's okurigana (借[りたい]),
      // so only what follows an を in it can be a word of its own.
      const pieces = prev?.kind === "kanji" ? run.text.split("を").slice(1) : run.text.split("を");
      for (const piece of pieces) {
        const core = stripEndings(piece);
        if (Array.from(core).length >= MIN_KANA_WORD) add({ text: core, key: foldKana(core), stem: false, inflected: [], parts: [] });
      }
    });
  }
  return [...out.values()];
}

function contentRun(run: string, after: string): ContentWord | null {
  const text = stripFillers(run);
  const chars = Array.from(text);
  const key = foldKana(text);
  const okurigana = Array.from(after)[0] ?? "";
  const inflected = okurigana && text.length === run.length && !PARTICLES.has(okurigana) && kindOf(chars[chars.length - 1]) === "kanji" ? [key + okurigana] : [];
  if (chars.length === 1) {
    // One kanji before hiragana is a verb or adjective; one letter, digit or kana is nothing.
    if (kindOf(text) !== "kanji" || FILLER_KANJI.has(text)) return null;
    return { text, key, stem: true, inflected, parts: [] };
  }
  if (FILLER_WORDS.has(text)) return null;
  return { text, key, stem: false, inflected, parts: partsOf(chars) };
}

/** A filler written straight against a word (至急ガス代, 最近人手不足) is not part of it. */
function stripFillers(run: string): string {
  let text = run;
  for (const f of FILLER_WORDS) {
    if (text.length > f.length + 1 && text.startsWith(f)) text = text.slice(f.length);
    if (text.length > f.length + 1 && text.endsWith(f)) text = text.slice(0, -f.length);
  }
  return text;
}

/** Pieces of a long compound: the two-kanji words it is made of, and its katakana or letter runs. */
function partsOf(chars: string[]): string[] {
  if (chars.length < 3) return [];
  const parts = new Set<string>();
  let from = 0;
  for (let k = 1; k <= chars.length; k++) {
    if (k < chars.length && kindOf(chars[k]) === kindOf(chars[from])) continue;
    const piece = chars.slice(from, k);
    if (kindOf(piece[0]) === "kanji") {
      for (let j = 0; j + 1 < piece.length; j++) parts.add(piece[j] + piece[j + 1]);
    } else if (piece.length >= MIN_KANA_WORD && piece.length < chars.length) {
      parts.add(foldKana(piece.join("")));
    }
    from = k;
  }
  return [...parts].filter((p) => !FILLER_WORDS.has(p));
}

function stripEndings(piece: string): string {
  let core = piece;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ENDINGS) {
      const rest = core.length - e.length;
      // Never cut a word down to one or two kana: しごと is not しご + と.
      if (core.endsWith(e) && (rest === 0 || rest >= MIN_KANA_WORD)) {
        core = core.slice(0, rest);
        changed = true;
        break;
      }
    }
  }
  if ((core.startsWith("お") || core.startsWith("ご")) && core.length > MIN_KANA_WORD) core = core.slice(1);
  return ENDINGS.includes(core) || FILLER_KANA.has(core) ? "" : core;
}

/** Text between spaces and punctuation. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  const chars = Array.from(text);
  chars.forEach((c, i) => {
    // An ampersand between letters is part of the word (M&A, R&D), not a break.
    if (c === "&" && kindOf(chars[i - 1] ?? " ") === "alnum" && kindOf(chars[i + 1] ?? " ") === "alnum") {
      cur += c;
      return;
    }
    if (kindOf(c) === "other") {
      if (cur) out.push(cur);
      cur = "";
    } else cur += c;
  });
  if (cur) out.push(cur);
  return out;
}

type Run = { kind: "content" | "kanji" | "hiragana"; text: string };

/** Hiragana runs and content runs (kanji, katakana, letters and digits together: ガス代, IT化); a content run ending in kanji is marked so. */
function runsOf(chunk: string): Run[] {
  const runs: Run[] = [];
  for (const c of chunk) {
    const hira = kindOf(c) === "hiragana";
    const last = runs[runs.length - 1];
    if (last && (last.kind === "hiragana") === hira) last.text += c;
    else runs.push({ kind: hira ? "hiragana" : "content", text: c });
  }
  for (const r of runs) if (r.kind !== "hiragana" && kindOf(Array.from(r.text).pop()!) === "kanji") r.kind = "kanji";
  return runs;
}
