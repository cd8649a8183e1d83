import { fiscalYearLabel } from "../edition";
import { REVIEW_METHODS } from "../review-methods";
import { reviewIn, type FactChange } from "../reviews";
import { changedFacts, factsOf, type FactDiff } from "./facts";

/**
 * The rule of a change to a program: a fact it states (a number, hours, a
 * cost, a status…) may change only with a record, in the program's file, of
 * the review in the current edition that confirmed it, and that record lists
 * the change with its text before and after. The pull-request check
 * (scripts/content-diff.ts, against the base branch) and the form editor
 * (lib/cms/admin/) apply it to the file before and after; validation cannot,
 * since it sees only one version.
 */

/** The rule in the words the form's hint and every message use. */
export const REVIEW_RULE = "年度ごとに確かめる項目（番号・受付時間・費用・募集状況など）を変えるときは、いまの年度の確認の記録も書きます";

/** A file as the rule reads it: its front matter (as written, or as the form holds it) with its body under `body`. */
export type ProgramText = Record<string, unknown> & { body?: unknown };

export type ReviewIssue = { path: (string | number)[]; field: string; message: string };

/** The facts that differ between two versions of a program's file. */
export function factDiffs(before: ProgramText | undefined, after: ProgramText): FactDiff[] {
  const facts = (t: ProgramText) => factsOf(t, typeof t.body === "string" ? t.body : undefined);
  return changedFacts(before ? facts(before) : [], facts(after));
}

/** 「「017-734-9243」から「017-734-9244」に」: a change in words (the body, too long to quote, only named). */
export function changeText(c: Pick<FactDiff, "before" | "after" | "quoted">): string {
  if (!c.quoted) return c.before === undefined ? "を追加" : c.after === undefined ? "を削除" : "を変更";
  if (c.before === undefined) return `に「${c.after}」を追加`;
  if (c.after === undefined) return `の「${c.before}」を削除`;
  return `を「${c.before}」から「${c.after}」に変更`;
}

/** A change as a review record holds it. */
export function changeRecord(c: FactDiff): FactChange {
  return { field: c.field, ...(c.quoted && c.before !== undefined ? { before: c.before } : {}), ...(c.quoted && c.after !== undefined ? { after: c.after } : {}) };
}

/**
 * What is wrong with saving `after` over `before` when `edition` is current:
 * nothing when no fact changed (or the file is new: a new program is 要確認
 * until reviewed); else each changed fact that the current edition's latest
 * review record does not list with its new text, at the fact's own path,
 * and, without any record of the edition, one message at `reviews` with the
 * record to write.
 */
export function unreviewedChanges(before: ProgramText | undefined, after: ProgramText, edition: number): ReviewIssue[] {
  if (!before) return [];
  const diffs = factDiffs(before, after);
  if (!diffs.length) return [];
  const year = fiscalYearLabel(edition);
  const review = reviewIn(asReviews(after.reviews), edition);
  if (!review) {
    return [
      ...diffs.map((d) => ({ path: d.path, field: d.field, message: `${d.label}${changeText(d)}しましたが、${year}の確認の記録がありません。${REVIEW_RULE}` })),
      { path: ["reviews"], field: "reviews", message: missingReviewMessage(diffs, edition) },
    ];
  }
  const listed = new Map((review.changes ?? []).map((c) => [c.field, c]));
  return diffs.flatMap((d) => {
    const record = changeRecord(d);
    const c = listed.get(d.field);
    if (c && c.after === record.after) return [];
    return [
      {
        path: d.path,
        field: d.field,
        message: `${d.label}${changeText(d)}しましたが、${review.date} の確認の記録（reviews）の changes に${c ? "変えた後の値が違って" : ""}書かれていません。その記録の changes に次のように書いてください:\n${changeYaml(record, "      ")}`,
      },
    ];
  });
}

/** The reviews of a file as written: only records with an edition and a date are any review. */
function asReviews(value: unknown): { edition: number; date: string; changes?: FactChange[] }[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is { edition: number; date: string; changes?: FactChange[] } => typeof r?.edition === "number" && typeof r?.date === "string");
}

/** The record to add, as YAML with the changes filled in: the message tells staff exactly what to write. */
function missingReviewMessage(diffs: FactDiff[], edition: number): string {
  return [
    `${fiscalYearLabel(edition)}の確認の記録（reviews）がありません。担当課に内容を確かめてから、reviews に次のように書き足してください（method は ${REVIEW_METHODS.join("・")} のどれか、date は確かめた日、department は確かめた部署）:`,
    "reviews:",
    `  - edition: ${edition}`,
    `    date: ${edition}-05-12`,
    "    method: 電話",
    "    department: 商工労働部 商工政策課",
    "    changes:",
    ...diffs.map((d) => changeYaml(changeRecord(d), "      ")),
  ].join("\n");
}

function changeYaml(c: FactChange, indent: string): string {
  const quote = (v: string) => JSON.stringify(v);
  return [`${indent}- field: ${c.field}`, ...(c.before !== undefined ? [`${indent}  before: ${quote(c.before)}`] : []), ...(c.after !== undefined ? [`${indent}  after: ${quote(c.after)}`] : [])].join("\n");
}

/**
 * `after` with every changed fact listed in the current edition's latest
 * review record (the form editor's save): a fact changed again keeps its
 * first `before`, and one changed back is dropped. Undefined when there is no
 * record of the edition to list them in (then the rule refuses the save).
 */
export function withRecordedChanges(before: ProgramText | undefined, after: ProgramText, edition: number): ProgramText | undefined {
  const reviews = Array.isArray(after.reviews) ? (after.reviews as Record<string, unknown>[]) : [];
  const current = reviewIn(asReviews(reviews), edition);
  if (!current) return undefined;
  const changes = [...(current.changes ?? [])];
  for (const d of before ? factDiffs(before, after) : []) {
    const record = changeRecord(d);
    const at = changes.findIndex((c) => c.field === d.field);
    if (at === -1) {
      changes.push(record);
      continue;
    }
    // Changed again: from what it was before the first change of this review to what it is now; or back, and then no change.
    const { before: first } = changes[at];
    if (d.quoted && first === record.after) changes.splice(at, 1);
    else changes[at] = { field: d.field, ...(first !== undefined ? { before: first } : {}), ...(record.after !== undefined ? { after: record.after } : {}) };
  }
  const i = reviews.indexOf(current as Record<string, unknown>);
  const updated = { ...reviews[i], ...(changes.length ? { changes } : {}) };
  if (!changes.length) delete updated.changes;
  return { ...after, reviews: reviews.map((r, k) => (k === i ? updated : r)) };
}
