import { z } from "zod";
import { hasUnsafeCharacter, looksBlank, shown } from "./characters";
import { LIMITS } from "./limits";
import { EMAIL_ADDRESS, EXAMPLE_URL, emailAddressProblem, externalUrlProblem, formUrlProblem } from "./links";
import { describeValue } from "./zod-messages";

/**
 * Field schemas that several collections share, so a rule (what a date is,
 * what a word list may hold) is written once and reads the same everywhere.
 */

/**
 * One line of text of at most `max` characters. Besides empty, refused: a
 * value that only looks filled (zero-width or full-width spaces, fillers),
 * a line break or tab inside (every field is shown on one line), and more
 * than `max` characters, counted as a reader counts them. Unsafe characters
 * are refused for the whole file with their line (entry.ts), not here again.
 */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: "空欄にはできません。値を書くか、項目ごと削除してください" })
    .max(max, { error: (issue) => tooLong(max, String(issue.input ?? "").length) })
    .superRefine((value, ctx) => {
      // Empty is said by min(1); unsafe characters for the whole file with their line (entry.ts).
      if (value === "" || hasUnsafeCharacter(value)) return;
      if (/[\n\t]/.test(value)) {
        ctx.addIssue({ code: "custom", message: `${/\n/.test(value) ? "改行" : "タブ文字"}が入っています。この項目は1行で書き、区切りには空白か「、」を使ってください` });
      } else if (looksBlank(value)) {
        ctx.addIssue({ code: "custom", message: "目に見えない文字（全角の空白やゼロ幅の空白など）だけが書かれています。値を書くか、項目ごと削除してください" });
      }
    });

/** The length message of a one-line field. */
export const tooLong = (max: number, count: number) => `${max}文字以内にしてください${count > max ? `（いまは${count}文字です）` : ""}。短くまとめてください`;

/**
 * Error wording for a value that is there but wrong. A missing value returns
 * undefined here on purpose, so that it is reported as a missing field
 * (zod-messages.ts) rather than as a wrongly written one.
 */
export const whenPresent =
  (message: string) =>
  (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : `${message}。いまは${describeValue(issue.input)}になっています`;

/**
 * One superRefine for "no value twice in this list": the second occurrence is
 * reported on its own line, naming the first by position as staff count (from 1).
 */
export function noRepeats<T>(key: (value: T) => string | undefined, message: (value: T, firstPosition: number) => string) {
  return (values: T[], ctx: z.RefinementCtx<T[]>) => {
    const seen = new Map<string, number>();
    values.forEach((value, i) => {
      const k = key(value);
      // An item that failed its own check is not yet the value it should be; it was reported already.
      if (k === undefined) return;
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else ctx.addIssue({ code: "custom", path: [i], input: value, message: message(value, first + 1) });
    });
  };
}

const sameText = (v: string) => v;
export const repeatedValue = (v: string, first: number) => `「${v}」は ${first} 番目と同じです。重なっている方の行を削除してください`;

/** A list of slugs or keys where a repeat is a slip of the editor, never meaningful. */
export const distinct = <S extends z.ZodType<string>>(item: S, params?: z.core.$ZodArrayParams) =>
  z.array(item, params).superRefine(noRepeats<z.output<S>>(sameText, repeatedValue));

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDate = z
  .string({ error: whenPresent("日付は 2026-11-24 のように、半角の 年-月-日 で書いてください") })
  .superRefine((value, ctx) => {
    if (!ISO_DAY.test(value)) {
      ctx.addIssue({ code: "custom", message: `日付は 2026-11-24 のように、半角の 年-月-日 で書いてください（いまは「${value}」）` });
    } else if (!isRealDate(value)) {
      ctx.addIssue({ code: "custom", message: `${value} という日はありません。月と日を確かめてください` });
    }
  })
  .meta({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", examples: ["2026-11-24"] });

/** Text whose check says in plain words what is wrong with it (links.ts); `wrongType` for a value that is not text at all. */
const checkedText = (wrongType: string, problemOf: (value: string) => string | undefined) =>
  z.string({ error: whenPresent(wrongType) }).superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const httpUrl = checkedText(`URL を https:// から書いてください（例: ${EXAMPLE_URL}）`, externalUrlProblem).meta({ format: "uri", pattern: "^https?://\\S+$" });

/** A field that is one e-mail address (a desk's), the address only: the page makes it a mailto: link. */
export const emailAddress = checkedText("メールアドレスを半角で、アドレスだけ書いてください", emailAddressProblem).meta({ format: "email", pattern: EMAIL_ADDRESS.source });

/** The address of a web form: a web page, and an https one, since owners type their name and business into it. */
export const formUrl = checkedText(`フォームの URL を https:// から書いてください（例: ${EXAMPLE_URL}）`, formUrlProblem).meta({ format: "uri", pattern: "^https://\\S+$" });

/**
 * A page of this site, written as its path (/programs/yorozu). Whether the
 * page exists is checked once everything is loaded, like links in a body.
 */
export const sitePath = z
  .string({ error: whenPresent("サイト内のページを /programs/yorozu のように / から書いてください") })
  .max(LIMITS.slug * 2, { error: (issue) => tooLong(LIMITS.slug * 2, String(issue.input ?? "").length) })
  .regex(/^\/(?!\/)[^\s\\]*$/, { error: "サイト内のページを /programs/yorozu のように / から書いてください（ほかのサイトへのリンクは書けません）" })
  .meta({ pattern: "^/(?!/)[^\\s\\\\]*$", examples: ["/programs/yorozu"] });

/**
 * Owners' own words for a program or a need (「後継ぎ」「ガス代」), used by the
 * search. Compared after NFKC and lower case, so ＤＸ and dx count as the same word.
 */
export const WORD_MAX = LIMITS.word;
export const sameWord = (w: string) => w.normalize("NFKC").toLowerCase();

export const wordList = z
  .array(
    z
      .string({ error: whenPresent("言葉は文字で書いてください（例: - 後継ぎ）") })
      .trim()
      .min(1, { error: "空の言葉があります。言葉を書くか、その行を削除してください" })
      .max(WORD_MAX, {
        error: (issue) => `言葉は${WORD_MAX}文字以内にしてください（いまは${String(issue.input).trim().length}文字です）。短い言い方に分けて書いてください`,
      })
      .superRefine((value, ctx) => {
        if (value === "" || hasUnsafeCharacter(value)) return;
        if (/[\n\t]/.test(value) || looksBlank(value)) {
          ctx.addIssue({ code: "custom", message: "改行・タブか、目に見えない文字だけの言葉があります。言葉を1行に1つ書くか、その行を削除してください" });
        }
      }),
  )
  .superRefine(
    noRepeats(sameWord, (w, first) => `「${w}」は ${first} 番目の言葉と同じです（全角・半角、大文字・小文字の違いは同じ言葉とみなします）。片方を削除してください`),
  );

/**
 * The error for a value that is there but is not a plain number. YAML reads
 * only plain decimals as numbers (front-matter.ts); anything else arrives as
 * the text that was written (0641, 0x1F, 1e3, +5) and is refused here.
 */
export function numberError(what: string, example: string) {
  return (issue: { input?: unknown }): string | undefined => {
    if (issue.input === undefined) return undefined;
    if (typeof issue.input === "string" && /^(0|[1-9][0-9]*)$/.test(issue.input)) {
      return `${what}は ${example} のように、引用符（" または '）で囲まずに書いてください（いまは「${shown(issue.input)}」が引用符で囲まれた文字として書かれています）`;
    }
    if (typeof issue.input === "string" && /^[-+]?[.0-9]/.test(issue.input.trim())) {
      return `${what}は ${example} のように、0〜9 の半角数字だけで書いてください（いまは「${shown(issue.input)}」。先頭の 0 や +、0x・0o・e・_ などの書き方は使えません）`;
    }
    return `${what}は ${example} のように半角数字で書いてください。いまは${describeValue(issue.input)}になっています`;
  };
}

/** Sunday first, as Date#getUTCDay counts. */
export const DAY_NAMES = ["日", "月", "火", "水", "木", "金", "土"] as const;

export function weekdayOf(isoDay: string): (typeof DAY_NAMES)[number] {
  const [y, m, d] = isoDay.split("-").map(Number);
  return DAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}
