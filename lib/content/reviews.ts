import { fiscalYearLabel } from "./edition";
import { REVIEW_METHOD_PHRASES, type ReviewMethod } from "./review-methods";
import { formatJapaneseDate } from "./days";

/**
 * A program's reviews: every fiscal year (an edition) staff check each fact a
 * program states with the department in charge and record it in the file
 * (`reviews`). From those records alone — never a file's or a commit's date —
 * come what a page says beside the number, when the next check falls due and
 * the year's progress. Types and small functions only, without Zod, so that
 * browser code may say them.
 */

/** One fact changed in a review, as the record quotes it: where in the file, and its text before and after. */
export type FactChange = { field: string; before?: string; after?: string };

export type Review = {
  /** The fiscal year (edition) the review belongs to, 西暦: 2026 = 令和8年度. */
  edition: number;
  date: string;
  method: ReviewMethod;
  /** The department that checked: a department's name, never a person's. */
  department: string;
  changes?: FactChange[];
  note?: string;
};

type Reviewed = { reviews?: readonly Review[] };

/** The program's last review: the latest date, and of two on one day the one written later. */
export function latestReview<R extends { date: string }>(reviews: readonly R[] | undefined): R | undefined {
  return (reviews ?? []).reduce<R | undefined>((last, r) => (!last || r.date >= last.date ? r : last), undefined);
}

/** The program's last review in one edition. */
export function reviewIn<R extends { date: string; edition: number }>(reviews: readonly R[] | undefined, edition: number): R | undefined {
  return latestReview((reviews ?? []).filter((r) => r.edition === edition));
}

/**
 * When the program's facts are next due to be checked: the date its file
 * gives (nextReview), else 1 April of the fiscal year after its last review's
 * edition — or, never reviewed, after its guidebook's edition (the facts of
 * the 令和5年度 guidebook were due again when 令和6年度 began).
 */
export function reviewDueDate(p: Reviewed & { nextReview?: string; source: { fiscalYear: number } }): string {
  if (p.nextReview) return p.nextReview;
  const last = latestReview(p.reviews);
  return `${(last ? last.edition : p.source.fiscalYear) + 1}-04-01`;
}

/** How current a program's facts are, as the line beside its number says it. */
export type Freshness =
  /** Checked in the site's current edition. */
  | { state: "reviewed"; edition: number; date: string; method: ReviewMethod }
  /** Checked, but in an earlier edition than the current one. */
  | { state: "earlier"; edition: number; date: string; method: ReviewMethod; current: number }
  /** Never checked: its facts are the guidebook's. */
  | { state: "unreviewed"; source: { document: string; fiscalYear: number }; current: number };

export function freshnessOf(p: Reviewed & { source: { document: string; fiscalYear: number } }, currentEdition: number): Freshness {
  const last = latestReview(p.reviews);
  if (!last) return { state: "unreviewed", source: { document: p.source.document, fiscalYear: p.source.fiscalYear }, current: currentEdition };
  const { edition, date, method } = reviewIn(p.reviews, currentEdition) ?? last;
  return edition === currentEdition ? { state: "reviewed", edition, date, method } : { state: "earlier", edition, date, method, current: currentEdition };
}

/**
 * Whether a number's own confirmation is the check that the freshness line
 * beside it already states: the current edition's review, on the same day.
 * Then it is said once, not twice one line apart.
 */
export function confirmedByReview(f: Freshness, confirmed: { date: string } | undefined): boolean {
  return f.state === "reviewed" && confirmed?.date === f.date;
}

/** 「2026年5月12日、担当課に電話で確認」 */
export function reviewedText(r: { date: string; method: ReviewMethod }): string {
  return `${formatJapaneseDate(r.date)}、${REVIEW_METHOD_PHRASES[r.method]}`;
}

/** What follows a check of an earlier edition, or stands in place of any check: that the facts may have changed, and to confirm by phone. */
export function freshnessCaution(f: Freshness): string | undefined {
  switch (f.state) {
    case "reviewed":
      return undefined;
    case "earlier":
      return `${fiscalYearLabel(f.current)}の確認はまだのため、変わっている場合があります。電話でお確かめください`;
    case "unreviewed":
      return `${fiscalYearLabel(f.source.fiscalYear)}の${f.source.document}の情報です。変わっている場合があるため、電話でお確かめください`;
  }
}

/**
 * What an owner reads beside the number. Reviewed: 「令和8年度に確認（2026年5月12日、
 * 担当課に電話で確認）」. Otherwise calmly where the facts come from, that they
 * may have changed, and to confirm by phone.
 */
export function freshnessText(f: Freshness): string {
  const caution = freshnessCaution(f);
  if (f.state === "unreviewed") return caution!;
  return `${fiscalYearLabel(f.edition)}に確認（${reviewedText(f)}）${caution ? `。${caution}` : ""}`;
}

const RANK: Record<Freshness["state"], number> = { reviewed: 0, earlier: 1, unreviewed: 2 };
const dateOf = (f: Freshness) => (f.state === "unreviewed" ? "" : f.date);

/** Of several programs' freshness (a desk several programs share): checked in this edition first, then the latest check. */
export function freshest(all: readonly Freshness[]): Freshness | undefined {
  return [...all].sort((a, b) => RANK[a.state] - RANK[b.state] || dateOf(b).localeCompare(dateOf(a)))[0];
}

/** The edition's progress: how many of the programs have a review in it. */
export function editionProgress(programs: readonly (Reviewed & { slug: string })[], edition: number): { edition: number; reviewed: number; total: number } {
  return { edition, reviewed: programs.filter((p) => reviewIn(p.reviews, edition)).length, total: programs.length };
}

/** 「確認済み 3/21」 */
export const progressText = (p: { reviewed: number; total: number }) => `確認済み ${p.reviewed}/${p.total}`;

/** Programs whose check is due on `today` (YYYY-MM-DD) or was due before, the longest overdue first. */
export function dueForReview<P extends { reviewDue: string }>(programs: readonly P[], today: string): P[] {
  return programs.filter((p) => p.reviewDue <= today).sort((a, b) => a.reviewDue.localeCompare(b.reviewDue));
}
