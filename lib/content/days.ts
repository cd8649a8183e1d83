/**
 * Days as content writes them (YYYY-MM-DD) and as pages say them. Imports
 * nothing, so that the schemas, the review records and browser code can all use it.
 */
export function formatJapaneseDate(isoDay: string, weekday?: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return `${y}年${m}月${d}日${weekday ? `（${weekday}）` : ""}`;
}

/** 4月 to 3月: the Japanese fiscal year a date belongs to. */
export function fiscalYearOf(isoDay: string): number {
  const [y, m] = isoDay.split("-").map(Number);
  return m >= 4 ? y : y - 1;
}
