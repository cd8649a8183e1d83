import { japanToday } from "@/lib/content/schedule-status";

/**
 * The day (in Japan) this build made its pages and files. Every page is made
 * once, at build time, so what depends on "today" there — which sessions are
 * still to come, and so which calendar files exist — is decided as of this
 * day, the same way on every page and file of one build; the browser then
 * corrects what it shows with its own today.
 */
export function buildDay(): string {
  return japanToday(new Date());
}
