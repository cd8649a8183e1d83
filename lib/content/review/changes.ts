import { fiscalYearLabel } from "../edition";
import type { Desk, Program } from "../model";
import { reviewedText, type FactChange, type Review } from "../reviews";
import { programSchema } from "../schema/program";
import { fieldAt, reflect } from "../schema/reflection";
import { BODY_FIELD, parseFieldPath } from "./facts";

/**
 * What a review record says changed, as owners read it: which desk's which
 * fact (「環境政策課 地球温暖化対策グループの電話番号」), its value before and after,
 * and the review that confirmed it. The feeds and the updates page say the
 * changes in these words, from content's records alone.
 */
export type ChangeInWords = {
  /** The fact: 「電話番号」「受付時間」「募集状況」, the schema's own title. */
  what: string;
  /** Whose, when the fact is a desk's: its short name. */
  where?: string;
  before?: string;
  after?: string;
  /** The body: too long to quote, only said to have changed. */
  quoted: boolean;
};

export function changeInWords(program: Pick<Program, "desks">, change: FactChange): ChangeInWords {
  if (change.field === BODY_FIELD) return { what: "本文（支援内容などの説明）", quoted: false };
  const path = parseFieldPath(change.field) ?? [];
  const what = [...path].reverse().map((_, i) => fieldAt(reflect(programSchema), path.slice(0, path.length - i))?.meta.title).find(Boolean) ?? change.field;
  const desk: Desk | undefined = program.desks.find((d) => d.path[0] === path[0] && d.path[1] === path[1]);
  return { what, ...(desk ? { where: desk.shortName } : {}), before: change.before, after: change.after, quoted: true };
}

/** 「環境政策課 地球温暖化対策グループの電話番号: 017-734-9243 → 017-734-9244」 */
export function changeLine(c: ChangeInWords): string {
  const name = c.where ? `${c.where}の${c.what}` : c.what;
  if (!c.quoted) return `${name}を変更`;
  if (c.before === undefined) return `${name}: ${c.after}（追加）`;
  if (c.after === undefined) return `${name}: ${c.before}（削除）`;
  return `${name}: ${c.before} → ${c.after}`;
}

/** 「令和8年度に確認（2026年5月12日、担当課に電話で確認。確認した部署: 商工労働部 商工政策課）」 */
export function reviewLine(r: Review): string {
  return `${fiscalYearLabel(r.edition)}に確認（${reviewedText(r)}。確認した部署: ${r.department}）`;
}

/** 「電話番号・受付時間を変更」, or that the review found nothing to change. */
export function changesHeadline(changes: ChangeInWords[]): string {
  const kinds = [...new Set(changes.map((c) => (c.quoted ? c.what : "本文")))];
  return kinds.length ? `${kinds.join("・")}を変更` : "内容を確認（変更なし）";
}
