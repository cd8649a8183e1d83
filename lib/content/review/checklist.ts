import { fiscalYearLabel, fiscalYearSpan, sourceLabel } from "../edition";
import { reviewIn, reviewedText, type Review } from "../reviews";
import { formatJapaneseDate } from "../days";
import { factsOf, type Fact } from "./facts";

/**
 * The year's checklist: for each program, every fact it states (the fields
 * the schema marks reviewable, and the body) with its current value, to be
 * checked with the department in charge. `npm run edition:start` writes it to
 * docs/editions/<year>.md; the form editor can show one program's.
 */

/** A program as the checklist reads it: its file as written (front matter and body) and what the site made of it. */
export type ChecklistProgram = {
  slug: string;
  file: string;
  title: string;
  /** The front matter as written. */
  raw: unknown;
  body: string;
  reviews?: readonly Review[];
  reviewDue: string;
  source: { document: string; fiscalYear: number };
};

/** One program's facts to check, in the order of its file. */
export function programChecklist(raw: unknown, body?: string): Fact[] {
  return factsOf(raw, body);
}

/** 「- [ ] 担当窓口（青森県環境生活部）› 電話番号: 017-734-9243（`contacts[0].tel[0].number`）」, ticked once the edition's review is recorded. */
export function checklistLines(facts: Fact[], reviewed: boolean): string[] {
  const tick = reviewed ? "x" : " ";
  return facts.map((f) => `- [${tick}] ${f.label}${f.quoted ? `: ${escapeMarkdown(f.value)}` : ""}（\`${f.field}\`）`);
}

/** Text of content shown in Markdown as written: no character of it starts a link, emphasis or a tag. */
function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

export function programSection(p: ChecklistProgram, edition: number, index: number): string {
  const review = reviewIn(p.reviews, edition);
  const state = review
    ? `確認済み（${reviewedText(review)}。${review.department}）`
    : `要確認（${p.reviews?.length ? `前回の確認: ${fiscalYearLabel(latestEdition(p.reviews))}` : `まだ一度も確認していません。出典: ${sourceLabel(p.source)}`}）`;
  return [
    `## ${index}. ${escapeMarkdown(p.title)}`,
    "",
    `- ファイル: \`${p.file}\`（/programs/${p.slug}）`,
    `- 状態: ${state}`,
    `- 確認の期限: ${formatJapaneseDate(p.reviewDue)}`,
    "",
    ...checklistLines(programChecklist(p.raw, p.body), !!review),
  ].join("\n");
}

const latestEdition = (reviews: readonly Review[]) => Math.max(...reviews.map((r) => r.edition));

/** docs/editions/<year>.md: the edition's checklist of every program, as of the day it is written. */
export function editionChecklist(programs: readonly ChecklistProgram[], edition: number, writtenOn: string): string {
  const reviewed = programs.filter((p) => reviewIn(p.reviews, edition)).length;
  return [
    `# ${fiscalYearLabel(edition)}の確認チェックリスト`,
    "",
    `<!-- npm run edition:start -- ${edition} が content/ から作るファイルです。手で直さず、もう一度実行してください。 -->`,
    "",
    `${fiscalYearSpan(edition)}に、掲載している ${programs.length} 件の制度の内容を担当課に確かめるためのチェックリストです。`,
    `${formatJapaneseDate(writtenOn)}の時点で、確認済みは ${reviewed}/${programs.length} 件です（進み具合は /about/updates のページにも出ます）。`,
    "",
    "確かめ方:",
    "",
    "1. 制度ごとに、下の項目を担当課に確かめます（電話、担当課の公式サイト、文書など）。",
    "2. 値が違っていたら、編集画面（/admin）でその項目を直します。",
    "3. 同じ画面の「この内容を確認しました（確認の記録）」で記録を1件追加し、確かめた日・方法・部署（個人の名前は書きません）を入力して保存します。変えた項目は保存するときに自動で記録されます。",
    "4. 記録のある制度は、ページの電話番号の横に「" + `${fiscalYearLabel(edition)}に確認（${formatJapaneseDate(`${edition}-05-12`)}、担当課に電話で確認）` + "」のように表示されます。",
    "",
    "書き方の詳細は docs/editing.md の「年度ごとの確認」にあります。",
    "",
    ...programs.flatMap((p, i) => [programSection(p, edition, i + 1), ""]),
  ].join("\n");
}
