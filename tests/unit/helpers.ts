export { sessionsOf } from "@/lib/content/schedule";

/** Computed independently of the schema's own weekday helper, via Intl. */
export function weekdayFromIso(isoDay: string): string {
  return new Intl.DateTimeFormat("ja-JP", { weekday: "short", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
}
