import { COLLECTIONS } from "../collections";
import { fiscalYearLabel } from "../edition";
import { parseFrontMatter } from "../front-matter";
import type { ContentIssue } from "../issues";
import { REVIEW_METHOD_PHRASES, REVIEW_METHODS, type ReviewMethod } from "../review-methods";
import { progressText, reviewedText, type Review } from "../reviews";
import { changeText, factDiffs, unreviewedChanges, type ProgramText } from "./rule";

/**
 * A change to content/ as a pull request's reviewer and its check see it, from
 * the files before (the base branch) and after: which facts of which program
 * change, by which review record, and the edition's progress once it is merged
 * (「確認済み 3/21」). Reads raw files, like the content diff, so that it still
 * reports on a change that fails validation.
 */
export type Files = ReadonlyMap<string, string>;

const PROGRAMS = `content/${COLLECTIONS.programs.folder}/`;
const SETTINGS = `content/${COLLECTIONS.settings.folder}/`;

type Read = { text: ProgramText; lineOf: (path: readonly PropertyKey[]) => { line: number } | undefined };

function read(text: string | undefined): Read | undefined {
  if (text === undefined) return undefined;
  const fm = parseFrontMatter(text);
  if (!fm.ok || typeof fm.data !== "object" || fm.data === null || Array.isArray(fm.data)) return undefined;
  return { text: { ...(fm.data as Record<string, unknown>), body: fm.body }, lineOf: (path) => fm.lineOf(path) };
}

/** The current edition as the settings file among `files` names it. */
export function editionIn(files: Files): number | undefined {
  for (const [file, text] of files) {
    if (!file.startsWith(SETTINGS)) continue;
    const edition = read(text)?.text.edition;
    if (typeof edition === "number") return edition;
  }
  return undefined;
}

const programFiles = (files: Files) => [...files.keys()].filter((f) => f.startsWith(PROGRAMS) && f.endsWith(".md")).sort();

/** Review records of a file as written (only those with an edition, a date and a known method). */
function reviewsOf(text: ProgramText | undefined): Review[] {
  const list = Array.isArray(text?.reviews) ? (text.reviews as Partial<Review>[]) : [];
  return list.filter((r): r is Review => typeof r?.edition === "number" && typeof r.date === "string" && REVIEW_METHODS.includes(r.method as ReviewMethod));
}

/** The review rule over every program file the change touches, as issues with file, line and field. */
export function unreviewedChangeIssues(before: Files, after: Files): ContentIssue[] {
  const edition = editionIn(after) ?? editionIn(before);
  if (edition === undefined) return [];
  return programFiles(after).flatMap((file) => {
    const b = read(before.get(file));
    const a = read(after.get(file));
    if (!a) return [];
    return unreviewedChanges(b?.text, a.text, edition).map((i) => ({ file, line: a.lineOf(i.path)?.line ?? a.lineOf(["reviews"])?.line, field: i.field, message: i.message }));
  });
}

/** Reviews the change adds: in the file after and not before. */
function addedReviews(b: ProgramText | undefined, a: ProgramText): Review[] {
  const old = new Set(reviewsOf(b).map((r) => JSON.stringify(r)));
  return reviewsOf(a).filter((r) => !old.has(JSON.stringify(r)));
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The pull request's comment: the edition's progress after the change, the reviews it records and the facts it changes. */
export function reviewComment(before: Files, after: Files): string {
  const edition = editionIn(after) ?? editionIn(before);
  const out = [REVIEW_COMMENT_MARK];
  if (edition === undefined) return [...out, "## 年度ごとの確認", "", "content/settings/ の いまの年度（edition）が読み取れません。掲載内容の検証の結果を確かめてください。", ""].join("\n");
  const programs = programFiles(after);
  const reviewed = programs.filter((f) => reviewsOf(read(after.get(f))?.text).some((r) => r.edition === edition)).length;
  out.push(`## ${fiscalYearLabel(edition)}の確認: ${progressText({ reviewed, total: programs.length })}`, "");

  const rows: string[] = [];
  const reviews: string[] = [];
  for (const file of programs) {
    const b = read(before.get(file));
    const a = read(after.get(file));
    if (!a) continue;
    const title = typeof a.text.title === "string" ? a.text.title : file;
    for (const r of addedReviews(b?.text, a.text)) {
      reviews.push(`- ${cell(title)}（\`${file}\`）: ${fiscalYearLabel(r.edition)}に確認（${reviewedText(r)}。${cell(String(r.department))}）`);
    }
    if (!b) continue;
    const current = reviewsOf(a.text).filter((r) => r.edition === edition);
    for (const d of factDiffs(b.text, a.text)) {
      const by = [...current].reverse().find((r) => r.changes?.some((c) => c.field === d.field));
      const confirmed = by ? `${by.date}（${REVIEW_METHOD_PHRASES[by.method]}）` : "**確認の記録なし**";
      rows.push(`| ${cell(title)}<br>\`${file}\` | ${cell(d.label)}<br>\`${d.field}\` | ${cell(d.quoted ? (d.before ?? "（なし）") : "—")} | ${cell(d.quoted ? (d.after ?? "（削除）") : changeText(d).replace(/^を/, ""))} | ${confirmed} |`);
    }
  }
  out.push(reviews.length ? `この変更で記録する確認（${reviews.length}件）:\n\n${reviews.join("\n")}` : "この変更で記録する確認はありません。", "");
  if (rows.length) {
    out.push(`### 変わる内容（年度ごとに確かめる項目、${rows.length}件）`, "", "| 制度 | 項目 | 変更前 | 変更後 | 確認 |", "| --- | --- | --- | --- | --- |", ...rows);
  } else {
    out.push("年度ごとに確かめる項目（番号・受付時間・費用・募集状況など）の変更はありません。");
  }
  const issues = unreviewedChangeIssues(before, after);
  if (issues.length) out.push("", `⚠️ 確認の記録がない変更が ${issues.filter((i) => i.field !== "reviews").length} 件あります。掲載内容の変更の要約（content:diff）のエラーを確かめてください。`);
  return `${out.join("\n")}\n`;
}

/** The first line of the comment, by which the workflow finds its own comment to update instead of adding another. */
export const REVIEW_COMMENT_MARK = "<!-- aomori-shien-navi:review-progress -->";
