import { z } from "zod";
import { hasUnsafeCharacter } from "../characters";
import { easyProblemMessage, easyProblems } from "../easy-japanese";
import { text } from "../fields";
import { LIMITS } from "../limits";
import { phoneNumbersIn } from "../phone-text";

/**
 * A program's texts for owners who read Japanese with difficulty or not at
 * all, written by us from the guidebook like the rest of the file: a summary
 * in やさしい日本語 (checked against the guideline's measurable rules) and the
 * program in English. Neither repeats a phone number: the pages show the
 * desks' numbers from the file's contacts, the same numbers the phone audit checks.
 */

export const easyText = z
  .string()
  .trim()
  .min(1, { error: "空欄にはできません。やさしい日本語の説明を書いてください" })
  .max(LIMITS.easy, { error: (issue) => `${LIMITS.easy}文字以内にしてください（いまは${String(issue.input ?? "").length}文字です）。文を減らしてください` })
  .superRefine((value, ctx) => {
    // Unsafe characters are said for the whole file with their line (entry.ts).
    if (value === "" || hasUnsafeCharacter(value)) return;
    for (const p of easyProblems(value)) ctx.addIssue({ code: "custom", message: easyProblemMessage(p) });
  })
  .meta({
    title: "やさしい日本語の説明",
    description: "制度のことを、やさしい日本語の短い文で。1行に1文。電話番号は書きません（窓口の欄に出ます）。きまりは docs/yasashii-nihongo.md",
    multiline: true,
    examples: ["事業承継（会社や店を次の人にわたすこと）の相談を受けます。\nお金はかかりません。\n青森県事業承継・引継ぎ支援センターに、電話かFAXで聞いてください。"],
  });

/** One line of English: no phone number in it, and English at all (a Japanese text pasted in the wrong field is the likely slip). */
const english = (max: number) =>
  text(max).superRefine((value, ctx) => {
    if (hasUnsafeCharacter(value)) return;
    if (!/[A-Za-z]{2}/.test(value)) ctx.addIssue({ code: "custom", message: "英語で書いてください（英字がありません）" });
    for (const n of phoneNumbersIn(value)) {
      ctx.addIssue({ code: "custom", message: `電話・FAX番号「${n.text}」は書かないでください。英語のページにも、番号は窓口の欄に content の電話番号から表示されます` });
    }
  });

export const englishSchema = z
  .strictObject({
    title: english(LIMITS.title).meta({ title: "英語の制度名", examples: ["Business succession consultation"] }),
    summary: english(LIMITS.englishSummary).meta({ title: "英語の説明", description: "出典から。機関の名前は初めに出るところで日本語の名前をかっこで添えます（窓口は日本語で答えるため）" }),
    audience: english(LIMITS.englishNote).optional().meta({ title: "英語の対象者", description: "日本語の対象者があるときは必須" }),
    cost: english(LIMITS.englishNote).optional().meta({ title: "英語の費用", description: "日本語の費用があるときは必須。出典に費用の記載があるときだけ" }),
  })
  .meta({ title: "英語のページ", description: "英語のページに載せる説明。数字は出典のとおりに" });

export type English = z.output<typeof englishSchema>;
