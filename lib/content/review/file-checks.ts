import { shown } from "../characters";
import { fiscalYearLabel, fiscalYearSpan } from "../edition";
import type { Entry } from "../entry";
import type { ContentIssue } from "../issues";
import { fiscalYearOf } from "../schedule";
import type { ProgramFrontMatter, Settings } from "../schema";
import { factsOf, isReviewablePath, parseFieldPath } from "./facts";

/**
 * What a program's review records and the settings' edition can be checked
 * for in their own file (check-file.ts runs these for validation and the
 * editor alike); the current edition comes from the settings file.
 */

/**
 * A program's review records against today and the current edition (the
 * settings' edition): a review cannot be dated after today, nor be for an
 * edition after the current one (the one staff are checking now).
 */
export function reviewIssues(p: Entry<Pick<ProgramFrontMatter, "reviews">>, today: string, edition: number | undefined): ContentIssue[] {
  return (p.data.reviews ?? []).flatMap((r, i) => [
    ...(r.date > today ? [p.at(["reviews", i, "date"], `${r.date} は未来の日付です（今日は ${today}）。date には内容を実際に確かめた日を書いてください`)] : []),
    ...(edition !== undefined && r.edition > edition
      ? [
          p.at(
            ["reviews", i, "edition"],
            `${fiscalYearLabel(r.edition)}（edition: ${r.edition}）の確認は書けません。いまの年度は ${SETTINGS_FILE} の edition: ${edition}（${fiscalYearLabel(edition)}）です。年度を確かめてください（新しい年度は npm run edition:start -- ${r.edition} で始めます）`,
          ),
        ]
      : []),
  ]);
}

/** The settings file, as messages name it. */
export const SETTINGS_FILE = "content/settings/site.md";

/**
 * What a review record says changed must be what the file now holds: each
 * change names a fact the schema marks reviewable, and the latest change of
 * each fact says its current value (so a feed or the updates page never
 * announces a value the site does not show).
 */
export function recordedChanges(p: Entry<Pick<ProgramFrontMatter, "reviews">>): ContentIssue[] {
  const facts = new Map(factsOf(p.raw, p.body).map((f) => [f.field, f]));
  const issues: ContentIssue[] = [];
  const latest = new Map<string, { at: (string | number)[]; after?: string }>();
  const byDate = (p.data.reviews ?? []).map((r, i) => ({ r, i })).sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i);
  for (const { r, i } of byDate) {
    (r.changes ?? []).forEach((c, j) => {
      const at = ["reviews", i, "changes", j];
      const path = parseFieldPath(c.field);
      if (!path || !isReviewablePath(path)) {
        issues.push(p.at([...at, "field"], `「${shown(c.field)}」は、年度ごとに確かめる項目の場所ではありません。変えた項目の場所を contacts[0].tel[0].number のように書いてください`));
      } else {
        latest.set(c.field, { at, after: c.after });
      }
    });
  }
  for (const [field, { at, after }] of latest) {
    const fact = facts.get(field);
    if (fact && !fact.quoted) continue;
    if (fact?.value === after) continue;
    const now = fact ? `いまは「${fact.value}」です` : "いまこのファイルにはこの項目がありません";
    issues.push(
      p.at(
        [...at, after === undefined ? "field" : "after"],
        `${field} の最後の確認の記録では、変えた後が${after === undefined ? "「（削除）」" : `「${after}」`}ですが、${now}。記録の after をいまの値に直すか、値を変えたときの確認の記録を書き足してください`,
      ),
    );
  }
  return issues;
}

/**
 * The settings' edition is the fiscal year staff are checking: it cannot be
 * one that has not begun; the day it was started is a day of that year, not
 * after today.
 */
export function settingsIssues(s: Entry<Settings>, today: string): ContentIssue[] {
  const { edition, started } = s.data;
  const issues: ContentIssue[] = [];
  if (edition > fiscalYearOf(today)) {
    issues.push(s.at(["edition"], `${fiscalYearLabel(edition)}（${edition}）はまだ始まっていません（今日は ${today}）。edition にはいまの年度を書いてください。新しい年度は、その年の4月1日から npm run edition:start -- ${edition} で始めます`));
  }
  // The guidebook's own edition has no day it was started on the site.
  if (started !== undefined && started > today) {
    issues.push(s.at(["started"], `${started} は未来の日付です（今日は ${today}）。started にはこの年度の確認を始めた日を書いてください`));
  } else if (started !== undefined && fiscalYearOf(started) !== edition) {
    issues.push(s.at(["started"], `${started} は${fiscalYearLabel(fiscalYearOf(started))}の日です。started には edition: ${edition} の年度を始めた日を、${fiscalYearSpan(edition)}の中の日で書いてください`));
  }
  return issues;
}
