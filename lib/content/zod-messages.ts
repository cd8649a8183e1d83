import type { z } from "zod";
import { shown } from "./characters";
import { placesOfKey } from "./schema-keys";

/**
 * Zod's own wording ("expected string, received number") means nothing to
 * the staff who edit content. Our schema carries Japanese messages where it
 * can; this turns the structural failures it cannot word itself into advice
 * in plain words (文字, 数字, 一覧), showing what was written and what to write.
 */
export function explainZodIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[] = [], schema?: z.ZodType): string {
  switch (issue.code) {
    case "unrecognized_keys": {
      const renamed = issue.keys.filter((k) => Object.hasOwn(RENAMED, k) && knownKeys.includes(RENAMED[k].to));
      const misplaced = issue.keys.filter((k) => !renamed.includes(k) && schema !== undefined && placesOfKey(schema, k).length > 0);
      // A file of pasted text can have thousands of "keys"; the first few say what is wrong.
      const hints = issue.keys.slice(0, KEYS_SHOWN).map((k) => {
        if (renamed.includes(k)) return `「${k}」は「${RENAMED[k].to}」に名前が変わりました。${RENAMED[k].advice}`;
        if (misplaced.includes(k) && schema) {
          const here = describePlace(issue.path);
          const places = placesOfKey(schema, k).map(describePlace);
          const home = places.slice(0, 3).join("か、") + (places.length > 3 ? "など" : "");
          return `「${k}」は${/^[A-Za-z]/.test(here) ? " " : ""}${here}には書けません。${home}に書く項目です。字下げ（行頭の空白の数）を確かめてください`;
        }
        const near = didYouMean(k, knownKeys);
        return near ? `「${shown(k)}」は使えない項目です（「${near}」の書き間違いではありませんか）` : `「${shown(k)}」は使えない項目です`;
      });
      if (issue.keys.length > KEYS_SHOWN) hints.push(`ほかに ${issue.keys.length - KEYS_SHOWN} 個の使えない項目があります`);
      if (renamed.length + misplaced.length === issue.keys.length) return hints.join("。");
      return `${hints.join("。")}。項目名の綴りを確かめるか、不要なら削除してください${
        knownKeys.length ? `（ここで使える項目: ${knownKeys.join(", ")}）` : ""
      }`;
    }
    case "invalid_type": {
      if (JAPANESE.test(issue.message)) return issue.message;
      if (issue.input === undefined) return "必須の項目がありません。この項目を追加してください";
      if (issue.input === null) return "値が空です。値を書くか、項目ごと削除してください";
      const expected = EXPECTED[issue.expected] ?? "別の形";
      const quoteIt = issue.expected === "string" && (typeof issue.input === "number" || typeof issue.input === "boolean");
      return `${expected}で書いてください。いまは${describeValue(issue.input)}になっています${
        quoteIt ? `（文字として書くときは "${String(issue.input)}" のように " で囲みます）` : ""
      }`;
    }
    case "too_small":
      if (JAPANESE.test(issue.message)) return issue.message;
      if (issue.origin === "array") return `${issue.minimum} 個以上書いてください`;
      if (issue.origin === "string") return "空欄にはできません。値を書くか、項目ごと削除してください";
      return `${issue.minimum} 以上の数字を書いてください`;
    case "too_big":
      if (JAPANESE.test(issue.message)) return issue.message;
      if (issue.origin === "array") return `${issue.maximum} 個までにしてください`;
      if (issue.origin === "string") return `${issue.maximum}文字以内にしてください`;
      return `${issue.maximum} 以下の数字を書いてください`;
    case "invalid_value":
      if (JAPANESE.test(issue.message)) return issue.message;
      return `次のどれかを書いてください: ${issue.values.map(String).join(", ")}`;
    default:
      return JAPANESE.test(issue.message) ? issue.message : "この値は使えません。docs/editing.md の書き方の例と見比べて直してください";
  }
}

const KEYS_SHOWN = 5;

/** Messages our schema wrote itself are Japanese; Zod's defaults are English. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const EXPECTED: Record<string, string> = {
  string: "文字",
  number: "半角の数字",
  int: "半角の数字",
  array: "一覧（「- 」で始まる行の並び）",
  object: "項目のまとまり（字下げした「名前: 値」の並び）",
  boolean: "true か false",
};

/** What was written, in plain words: 文字の「一」, 数字の 5, 一覧. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "一覧";
  if (typeof value === "number") return `数字の ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "string") return `文字の「${shown(value)}」`;
  if (typeof value === "object") return "項目のまとまり";
  return "別の形";
}

/** Keys that were renamed; staff may still type the old name from habit. */
const RENAMED: Record<string, { to: string; advice: string }> = {
  lastChecked: { to: "updated", advice: "項目名を updated に書き換え、このページの内容を更新した日を書いてください" },
  closed: {
    to: "closedOn",
    advice: "祝日と年末年始は closedOn に、それ以外の休業日（例: アスパム休館日）は otherClosures に書いてください。土日の休みは days に土・日を書かないことで表します",
  },
};

/** The known key a misspelt (or renamed) one was most likely meant to be, if any is close enough. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (Object.hasOwn(RENAMED, word) && candidates.includes(RENAMED[word].to)) return RENAMED[word].to;
  // No key is this long; comparing a pasted paragraph with every key would only cost time.
  if (word.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(sameKey(word), sameKey(c));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // A key every letter of which would have to change (k0 and en) was not a slip of that key.
  return bestDistance <= Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1) ? best : undefined;
}

/** ｔｉｔｌｅ and Title are title to the eye; keys are compared the way they are read. */
const sameKey = (key: string) => key.normalize("NFKC").toLowerCase();

/** 「一番外側（title などと同じ字下げ）」「contacts の中の hours の中」 */
function describePlace(path: readonly PropertyKey[]): string {
  const names = path.filter((k): k is string => typeof k === "string");
  return names.length === 0 ? "一番外側（title などと同じ字下げ）" : `${names.join(" の中の ")} の中`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
