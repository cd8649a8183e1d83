/**
 * The guidebook is published per Japanese fiscal year and cited by its Reiwa
 * year (令和5年度版 = fiscal 2023). 令和 began in 2019, whose first year is 元年.
 */
export const FIRST_REIWA_YEAR = 2019;

export function reiwaYear(fiscalYear: number): number {
  return fiscalYear - FIRST_REIWA_YEAR + 1;
}

export function editionLabel(source: { fiscalYear: number }): string {
  const y = reiwaYear(source.fiscalYear);
  return `令和${y === 1 ? "元" : y}年度版`;
}
