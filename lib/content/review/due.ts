import { fiscalYearLabel } from "../edition";
import type { Program } from "../model";
import { dueForReview, reviewedText } from "../reviews";
import { formatJapaneseDate } from "../days";

/**
 * The reminder: the programs whose next check is due on a given day or was
 * due before, longest overdue first, as the body of the one GitHub issue the
 * weekly workflow keeps open while any are due (.github/workflows/review-due.yml).
 */
export const REVIEW_DUE_TITLE = "確認の期限を過ぎた制度";

export type DueReport = { count: number; markdown: string };

export function dueReport(programs: readonly Program[], today: string, edition: number): DueReport {
  const due = dueForReview(programs, today);
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const head = `${formatJapaneseDate(today)}の時点で、いまの年度は${fiscalYearLabel(edition)}です。`;
  if (!due.length) return { count: 0, markdown: `${head}確認の期限（次に確認する日）を過ぎた制度はありません。\n` };
  return {
    count: due.length,
    markdown: [
      `${head}確認の期限（次に確認する日）を迎えた制度が ${due.length} 件あります。`,
      "",
      "| 制度 | 期限 | 最後の確認 | ファイル |",
      "| --- | --- | --- | --- |",
      ...due.map(
        (p) =>
          `| ${cell(p.title)} | ${formatJapaneseDate(p.reviewDue)} | ${p.review ? `${fiscalYearLabel(p.review.edition)}（${reviewedText(p.review)}）` : `なし（${fiscalYearLabel(p.source.fiscalYear)}のガイドブックのまま）`} | \`${p.file}\` |`,
      ),
      "",
      `担当課に内容を確かめ、制度のファイルに確認の記録（reviews）を書いてください。確かめる項目は docs/editions/${edition}.md のチェックリストにあります（書き方は docs/editing.md の「年度ごとの確認」）。`,
      "この issue は毎週自動で更新され、期限を迎えた制度がなくなると自動で閉じます。",
      "",
    ].join("\n"),
  };
}
