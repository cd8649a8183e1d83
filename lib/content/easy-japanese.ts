import { characterCount, shown } from "./characters";
import { phoneNumbersIn } from "./phone-text";

/**
 * The measurable rules of やさしい日本語 that a program's `easy` text is
 * checked against. The government's guideline (在留支援のためのやさしい日本語
 * ガイドライン, 出入国在留管理庁・文化庁, 2020) asks for short sentences with one
 * idea each, です・ます, fewer kanji, difficult words explained, no double
 * negatives and no honorific language; it gives no numbers, so the limits are
 * ours (docs/yasashii-nihongo.md says why each is what it is). Every message
 * names its rule, so staff can look it up.
 */
export const EASY_LIMITS = {
  /** Characters of a sentence, not counting explanations in （）. */
  sentence: 35,
  /** Characters of a sentence, explanations included. */
  sentenceWithExplanations: 50,
  /** Kanji of a sentence, explanations included. */
  kanji: 15,
  /** 読点 in a sentence: a third is the sign of a second idea. */
  commas: 2,
  /** Explanations in （） per sentence, and characters of one. */
  explanations: 1,
  explanation: 20,
  /** Sentences of the whole text. */
  minSentences: 3,
  maxSentences: 6,
} as const;

export type EasyRule = { id: string; name: string };

export const EASY_RULES = {
  length: { id: "R1", name: `1文は${EASY_LIMITS.sentence}文字まで。説明のかっこを含めて${EASY_LIMITS.sentenceWithExplanations}文字まで` },
  kanji: { id: "R2", name: `1文の漢字は${EASY_LIMITS.kanji}字まで` },
  doubleNegative: { id: "R3", name: "二重否定を使わない" },
  honorific: { id: "R4", name: "尊敬語・謙譲語を使わない" },
  polite: { id: "R5", name: "文は「です」「ます」で終え、「。」をつける" },
  commas: { id: "R6", name: `1文の読点「、」は${EASY_LIMITS.commas}つまで` },
  explanation: { id: "R7", name: `言葉の説明は全角のかっこで1文に${EASY_LIMITS.explanations}つ、${EASY_LIMITS.explanation}文字まで` },
  sentences: { id: "R8", name: `文は${EASY_LIMITS.minSentences}つから${EASY_LIMITS.maxSentences}つまで` },
  notation: { id: "R9", name: "数字と英字は半角、範囲は「から」「まで」で書く" },
  numbers: { id: "R10", name: "電話・FAX番号は書かない" },
} as const satisfies Record<string, EasyRule>;

export type EasyProblem = { rule: EasyRule; sentence?: number; text?: string; message: string };

/** A negation wrapped in another (plain and polite endings). */
const NEGATIVE = "(?:ない|ありません|ません)";
const DOUBLE_NEGATIVES: { name: string; test: RegExp }[] = [
  { name: "〜ないことはない", test: new RegExp(`な(?:い|かった)こと(?:は|も)${NEGATIVE}`) },
  { name: "〜ないわけではない", test: new RegExp(`な(?:い|かった)わけ(?:では|でも|じゃ)${NEGATIVE}`) },
  { name: "〜なくはない・〜なくもない", test: new RegExp(`なく(?:は|も)${NEGATIVE}`) },
  { name: "〜ないではない", test: new RegExp(`ない(?:では|でも)${NEGATIVE}`) },
  { name: "〜ないとは限らない", test: new RegExp(`ない(?:とは|とも)限ら${NEGATIVE}`) },
  { name: "〜ないわけにはいかない", test: /ない(?:わけ)?に(?:は|も)?いか(?:ない|ず|ません)/ },
  { name: "〜ざるを得ない", test: /ざるを得(?:ない|ません|ず)/ },
  { name: "〜ずにはいられない", test: /ずには(?:いられ|おれ)(?:ない|ません)/ },
  // 「予約がないと使えません」: a negative condition and a negative result are a double negative to a learner.
  { name: "〜ないと（なければ）〜ない", test: /(?:ないと|なければ|なくては|ないなら|なかったら)[^。]*?(?:ない|ません)/ },
  { name: "否定の言葉の否定（不〜ではない・少なくない など）", test: new RegExp(`[不無非未][\\p{Script=Han}]{1,3}(?:では|じゃ|でも)${NEGATIVE}|少なく${NEGATIVE}|否め${NEGATIVE}|否定でき${NEGATIVE}`, "u") },
];

const HONORIFICS: { name: string; test: RegExp }[] = [
  { name: "〜させていただく・〜ていただく", test: /いただ[かきくけこい]|いただけ/ },
  { name: "いたします", test: /いたし|いたす|致し|致す/ },
  { name: "ございます", test: /ござい/ },
  { name: "〜ております", test: /[てで]おり(?:ます|まし|ません)/ },
  { name: "申す・申し上げる", test: /申し上げ|申します|申す/ },
  { name: "参る・伺う", test: /参り|参る|まいり|伺[いうえっ]|うかが[いうえっ]/ },
  { name: "なさる・いらっしゃる・おっしゃる", test: /なさ[いるれっ]|いらっしゃ|おっしゃ/ },
  { name: "ご覧・拝見・存じる", test: /ご覧|拝見|存じ/ },
  { name: "ご〜ください（ご相談ください など）", test: /ご[\p{Script=Han}]{1,4}(?:ください|下さい|になり|になる|になれ)/u },
  { name: "お〜ください（お問い合わせください など）", test: /お[\p{Script=Han}ぁ-ゖ]{1,5}?(?:ください|下さい|になっ|になり|になる)/u },
  { name: "〜様・皆様", test: /皆様|お客様|[\p{Script=Han}ぁ-ゖァ-ヺ]様(?=[はがのにへとも、。])/u },
];

const POLITE_END = /(?:です|ます|ません|でした|ました|ましょう|ください)。$/;

const NOTATION: { name: string; test: RegExp; how: string }[] = [
  { name: "全角の数字や英字", test: /[０-９Ａ-Ｚａ-ｚ]/, how: "半角で書いてください（例: 3回、DX、FAX）" },
  { name: "半角のかっこ", test: /[()]/, how: "言葉の説明は全角の（）で書いてください" },
  { name: "「～」", test: /[～〜~]/, how: "「8:30から17:15まで」のように「から」「まで」で書いてください" },
];

const EXPLANATION = /（[^（）]*）/g;
const KANJI = /\p{Script=Han}|々/gu;
const kanjiIn = (s: string) => s.match(KANJI)?.length ?? 0;

/** The text as sentences: lines joined, cut after each 「。」 outside （）. What follows the last 「。」 is `rest`. */
export function easySentences(text: string): { sentences: string[]; rest: string } {
  const joined = text
    .split("\n")
    .map((l) => l.trim())
    .join("");
  const sentences: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of joined) {
    current += c;
    if (c === "（") depth++;
    else if (c === "）") depth = Math.max(0, depth - 1);
    else if (c === "。" && depth === 0) {
      sentences.push(current);
      current = "";
    }
  }
  return { sentences, rest: current };
}

/** Every rule the text breaks, sentence by sentence (numbered from 1, as staff count). */
export function easyProblems(text: string): EasyProblem[] {
  const { sentences, rest } = easySentences(text);
  const problems: EasyProblem[] = [];
  const say = (rule: EasyRule, message: string, sentence?: number, s?: string) => problems.push({ rule, message, sentence, text: s });
  if (rest.trim()) say(EASY_RULES.polite, `最後の「${shown(rest, 20)}」が「。」で終わっていません。文の終わりに「。」をつけてください`);
  const count = sentences.length + (rest.trim() ? 1 : 0);
  if (count < EASY_LIMITS.minSentences || count > EASY_LIMITS.maxSentences) {
    say(EASY_RULES.sentences, `文が${count}つあります。${count < EASY_LIMITS.minSentences ? "何の制度か・だれが使えるか・どこに聞くかを、短い文で足してください" : "1つの文に1つのことを書き、大事なことだけを残してください"}`);
  }
  sentences.forEach((s, i) => {
    for (const [rule, message] of sentenceProblems(s)) say(rule, message, i + 1, s);
  });
  for (const n of phoneNumbersIn(text)) {
    say(EASY_RULES.numbers, `電話・FAX番号「${n.text}」は書かないでください。番号は窓口の欄に、content の電話番号から表示されます`);
  }
  return problems;
}

function sentenceProblems(sentence: string): [EasyRule, string][] {
  const out: [EasyRule, string][] = [];
  const explanations = sentence.match(EXPLANATION) ?? [];
  const core = sentence.replace(EXPLANATION, "");
  const length = characterCount(core);
  const full = characterCount(sentence);
  if (length > EASY_LIMITS.sentence) out.push([EASY_RULES.length, `${length}文字あります（説明のかっこを除いて）。2つの文に分けてください`]);
  else if (full > EASY_LIMITS.sentenceWithExplanations) out.push([EASY_RULES.length, `説明のかっこを含めて${full}文字あります。説明を短くするか、文を分けてください`]);
  const kanji = kanjiIn(sentence);
  if (kanji > EASY_LIMITS.kanji) out.push([EASY_RULES.kanji, `漢字が${kanji}字あります。ひらがなの言葉に言いかえるか、文を分けてください`]);
  for (const d of DOUBLE_NEGATIVES) if (d.test.test(core)) out.push([EASY_RULES.doubleNegative, `「${d.name}」の形です。「〜できます」「〜です」のように、否定を使わずに書いてください`]);
  for (const h of HONORIFICS) if (h.test.test(sentence)) out.push([EASY_RULES.honorific, `「${h.name}」を使っています。「です」「ます」「〜てください」で書いてください`]);
  if (!POLITE_END.test(core)) out.push([EASY_RULES.polite, "文の終わりを「です」「ます」「ください」にしてください"]);
  const commas = core.match(/[、，]/g)?.length ?? 0;
  if (commas > EASY_LIMITS.commas) out.push([EASY_RULES.commas, `読点が${commas}つあります。1つの文に1つのことを書き、文を分けてください`]);
  if (/[（）]/.test(core) || explanations.some((e) => /[（）]/.test(e.slice(1, -1)))) {
    out.push([EASY_RULES.explanation, "かっこが閉じていないか、かっこの中にかっこがあります"]);
  }
  if (explanations.length > EASY_LIMITS.explanations) out.push([EASY_RULES.explanation, `説明のかっこが${explanations.length}つあります。文を分けてください`]);
  for (const e of explanations) {
    const inner = e.slice(1, -1).trim();
    if (!inner) out.push([EASY_RULES.explanation, "かっこの中が空です。言葉の説明を書くか、かっこを削除してください"]);
    else if (characterCount(inner) > EASY_LIMITS.explanation) out.push([EASY_RULES.explanation, `説明「${shown(inner, 20)}」が${characterCount(inner)}文字あります。短い言葉で説明してください`]);
    else if (/^[ぁ-ゖー]+$/.test(inner) && !/こと|もの|ひと|ところ/.test(inner)) {
      out.push([EASY_RULES.explanation, `「（${inner}）」は読みがなに見えます。読みは「ふりがな」の機能で表示されるので、かっこには言葉の意味を書いてください`]);
    }
  }
  for (const n of NOTATION) if (n.test.test(sentence)) out.push([EASY_RULES.notation, `${n.name}があります。${n.how}`]);
  return out;
}

/** 「やさしい日本語のきまり R2（1文の漢字は15字まで）: 3文目「…」: 漢字が16字あります…」 */
export function easyProblemMessage(p: EasyProblem): string {
  const where = p.sentence ? `${p.sentence}文目「${shown(p.text ?? "", 24)}」: ` : "";
  return `やさしい日本語のきまり ${p.rule.id}（${p.rule.name}）: ${where}${p.message}。くわしくは docs/yasashii-nihongo.md`;
}
