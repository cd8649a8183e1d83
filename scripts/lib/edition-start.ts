import fs from "node:fs";
import path from "node:path";
import { COLLECTIONS } from "../../lib/content/collections";
import { fiscalYearLabel } from "../../lib/content/edition";
import { parseFrontMatter } from "../../lib/content/front-matter";
import { writeContentFile } from "../../lib/content/front-matter-writer";
import { formatIssues } from "../../lib/content/issues";
import { loadContent } from "../../lib/content/load";
import { editionChecklist, type ChecklistProgram } from "../../lib/content/review/checklist";
import { editionProgress, progressText, reviewDueDate } from "../../lib/content/reviews";
import { fiscalYearOf } from "../../lib/content/schedule";

/**
 * `npm run edition:start -- 2027`: makes a fiscal year the current edition.
 * The settings file gets the year and the day it was started, written by the
 * editor's own writer (lib/content/front-matter-writer.ts), and the year's
 * checklist is written to docs/editions/<year>.md. Every program without a
 * review in the new edition is then 要確認 on its page. Run again in the same
 * year, it keeps the day it was started and brings the checklist up to date.
 */
export type EditionStart = { ok: true; message: string; settingsFile: string; checklistFile: string } | { ok: false; message: string };

export const SETTINGS_FILE = `content/${COLLECTIONS.settings.folder}/site.md`;
export const checklistFile = (year: number) => `docs/editions/${year}.md`;

export function startEdition(root: string, year: number, today: string): EditionStart {
  const contentDir = path.join(root, "content");
  const before = loadContent(contentDir, root, { today });
  if (before.issues.length) return { ok: false, message: `${formatIssues(before.issues)}\n年度を始める前に、これらを直してください。` };
  const current = before.settings!.edition;
  if (!Number.isInteger(year) || year < 2019 || year > 2100) return { ok: false, message: "始める年度を西暦で指定してください（例: 令和8年度なら npm run edition:start -- 2026）" };
  if (year > fiscalYearOf(today)) return { ok: false, message: `${fiscalYearLabel(year)}（${year}）はまだ始まっていません（今日は ${today}）。${year}年4月1日から始められます` };
  if (year < current) return { ok: false, message: `いまの年度は${fiscalYearLabel(current)}（${current}）です。前の年度には戻せません` };

  const settingsPath = path.join(root, SETTINGS_FILE);
  const original = fs.readFileSync(settingsPath, "utf8");
  const fm = parseFrontMatter(original);
  const data = fm.ok && typeof fm.data === "object" && fm.data !== null ? (fm.data as Record<string, unknown>) : {};
  const started = year === current && typeof data.started === "string" ? data.started : today;
  fs.writeFileSync(settingsPath, writeContentFile({ original, data: { ...data, edition: year, started }, body: fm.ok ? fm.body : undefined }));

  const after = loadContent(contentDir, root, { today });
  if (after.issues.length) return { ok: false, message: `${formatIssues(after.issues)}\n${SETTINGS_FILE} を書き換えた後の検査で問題が見つかりました。` };
  const programs: ChecklistProgram[] = after.programs.map((p) => {
    const fm = parseFrontMatter(fs.readFileSync(path.join(root, p.file), "utf8"));
    return { ...p, raw: fm.ok ? fm.data : {}, reviewDue: reviewDueDate(p) };
  });
  const checklist = path.join(root, checklistFile(year));
  fs.mkdirSync(path.dirname(checklist), { recursive: true });
  fs.writeFileSync(checklist, editionChecklist(programs, year, today));

  const progress = editionProgress(after.programs, year);
  const unreviewed = progress.total - progress.reviewed;
  return {
    ok: true,
    settingsFile: SETTINGS_FILE,
    checklistFile: checklistFile(year),
    message: [
      `${fiscalYearLabel(year)}（${year}）がいまの年度です（${SETTINGS_FILE}、${started} から）。${progressText(progress)}。`,
      unreviewed ? `${unreviewed} 件の制度は${fiscalYearLabel(year)}の確認の記録がないため「要確認」と表示されます。` : "すべての制度が確認済みです。",
      `チェックリスト: ${checklistFile(year)}`,
    ].join("\n"),
  };
}
