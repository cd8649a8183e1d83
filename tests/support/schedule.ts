import { scheduleSchema } from "../../lib/content/schema";

/** A schedule as content writes one, read through the schema: venues by name with their dates (YYYY-MM-DD). */
export function scheduleOf(venues: Record<string, string[]>) {
  return scheduleSchema.parse({
    title: "開催日",
    venues: Object.entries(venues).map(([name, dates], i) => ({ name, place: `会場${i + 1}`, dates })),
  });
}
