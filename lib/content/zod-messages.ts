import type { z } from "zod";

/**
 * Zod's own wording ("expected string, received number") means nothing to
 * the staff who edit content. Our schema carries Japanese messages where it
 * can; this turns the structural failures it cannot word itself into advice.
 */
export function explainZodIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[] = []): string {
  switch (issue.code) {
    case "unrecognized_keys": {
      const hints = issue.keys.map((k) => {
        const near = closest(k, knownKeys);
        return near ? `「${k}」は使えない項目です（「${near}」の書き間違いではありませんか）` : `「${k}」は使えない項目です`;
      });
      return `${hints.join("。")}。項目名の綴りを確かめるか、不要なら削除してください${
        knownKeys.length ? `（ここで使える項目: ${knownKeys.join(", ")}）` : ""
      }`;
    }
    case "invalid_type": {
      if (issue.input === undefined) return "必須の項目がありません。この項目を追加してください";
      if (JAPANESE.test(issue.message)) return issue.message;
      if (issue.input === null) return "値が空です。値を書くか、項目ごと削除してください";
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `${expected}で書いてください（いまは${describe(issue.input)}になっています）`;
    }
    case "too_small":
      if (issue.origin === "array") return `${issue.minimum} 個以上書いてください`;
      if (issue.origin === "string") return "空欄にはできません";
      return issue.message;
    default:
      return JAPANESE.test(issue.message) ? issue.message : `値が正しくありません（${issue.message}）`;
  }
}

/** Messages our schema wrote itself are Japanese; Zod's defaults are English. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const EXPECTED: Record<string, string> = {
  string: "文字列",
  number: "数値",
  array: "一覧（- で始まる行の並び）",
  object: "項目のまとまり（字下げした「名前: 値」の並び）",
  boolean: "true か false",
};

function describe(value: unknown): string {
  if (Array.isArray(value)) return "一覧";
  if (typeof value === "number") return `数値 ${value}`;
  if (typeof value === "boolean") return `真偽値 ${value}`;
  if (typeof value === "object") return "項目のまとまり";
  return typeof value;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
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
