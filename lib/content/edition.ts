/**
 * The guidebook is published per Japanese fiscal year and cited by its Reiwa
 * year (令和5年度版 = fiscal 2023). 令和 began in 2019, whose first year is 元年.
 */
export const FIRST_REIWA_YEAR = 2019;

export function reiwaYear(fiscalYear: number): number {
  return fiscalYear - FIRST_REIWA_YEAR + 1;
}

/** 「令和5年度」: a fiscal year as the prefecture writes it (schedules, editions). */
export function fiscalYearLabel(fiscalYear: number): string {
  const y = reiwaYear(fiscalYear);
  return `令和${y === 1 ? "元" : y}年度`;
}

export function editionLabel(source: { fiscalYear: number }): string {
  return `${fiscalYearLabel(source.fiscalYear)}版`;
}

/** 「中小企業支援ガイドブック 令和5年度版」: where a fact comes from, as a page says it beside the fact. */
export function sourceLabel(source: { document: string; fiscalYear: number }): string {
  return `${source.document} ${editionLabel(source)}`;
}

/** The first and last day of a fiscal year (4月1日 to 3月31日): 2026 → 2026-04-01 … 2027-03-31. */
export function fiscalYearDays(fiscalYear: number): { first: string; last: string } {
  return { first: `${fiscalYear}-04-01`, last: `${fiscalYear + 1}-03-31` };
}

/** 「令和8年度（2026年4月1日から2027年3月31日まで）」: a fiscal year with its days, for a message about a date outside it. */
export function fiscalYearSpan(fiscalYear: number): string {
  return `${fiscalYearLabel(fiscalYear)}（${fiscalYear}年4月1日から${fiscalYear + 1}年3月31日まで）`;
}
