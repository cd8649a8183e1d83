import holidayJp from "@holiday-jp/holiday_jp";

/**
 * Japanese national holidays for a window around the build, from the
 * maintained holiday_jp data set. Only this short list of dates is sent to the
 * browser; the package's full table (~230 KB) never is.
 */
export function holidaysAround(buildDate: Date, yearsBack = 1, yearsAhead = 3): string[] {
  const y = buildDate.getUTCFullYear();
  const from = `${y - yearsBack}-01-01`;
  const to = `${y + yearsAhead}-12-31`;
  return Object.keys(holidayJp.holidays)
    .filter((d) => d >= from && d <= to)
    .sort();
}
