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
