import type { Program } from "@/lib/content/model";

/**
 * The day a program's facts were last checked as a whole (HSDS's
 * `assured_date`), or undefined when content cannot say. Today content records
 * checks per desk (`confirmed`, who confirmed its numbers, when and how): the
 * program counts as checked on the oldest of them, and only when every desk
 * with a number has one, so that "checked on" holds for every number. A
 * program-level review record (the fiscal-year review of issue 19) joins here,
 * and only here: every format that says when a program was checked asks this.
 */
export function assuredDate(program: Pick<Program, "desks">): string | undefined {
  const dates = program.desks.filter((d) => d.phones.length > 0).map((d) => d.confirmed?.date);
  if (dates.length === 0 || dates.some((d) => d === undefined)) return undefined;
  return dates.sort()[0];
}
