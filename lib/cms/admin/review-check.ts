import { parseFrontMatter } from "../../content/front-matter";
import { unreviewedChanges, withRecordedChanges, type ProgramText } from "../../content/review/rule";
import { withoutEmpty } from "./front-matter-format";

/**
 * Before the form saves a program: every fact it changes (a number, hours, a
 * status… lib/content/review/) is listed in the current edition's review
 * record with its text before and after, so staff never type that list; and
 * a changed fact without any review record of the edition is refused with the
 * rule's own words, as the pull-request check would refuse it. "Before" is
 * the file as the form opened it (Decap keeps it as the entry's `raw`).
 */

/** Written in at build time (scripts/build-admin.ts): the current edition, from content/settings/. */
declare const CURRENT_EDITION: number;

/** Decap's entry and its data (Immutable.js maps), as far as this reads and writes them. */
type Entry = { get(key: string): unknown };
type Data = { set(key: string, value: unknown): Data; toJS(): unknown };
type Cms = { registerEventListener(listener: { name: string; handler: (event: { entry: Entry }) => unknown }): void };

/** An error Decap shows as it is, without "Error: " in front. */
class Refusal extends Error {
  toString() {
    return this.message;
  }
}

/** The file as opened: its front matter and body, as the rule reads them; undefined for a new entry. */
function opened(raw: unknown): ProgramText | undefined {
  if (typeof raw !== "string" || !raw) return undefined;
  const fm = parseFrontMatter(raw);
  return fm.ok && typeof fm.data === "object" && fm.data ? { ...(fm.data as Record<string, unknown>), body: fm.body } : undefined;
}

/** The form's data with what it changes recorded in the edition's review record, as preSave will save it (so the save check sees the same). */
export function withChangesRecorded<T extends object>(raw: unknown, data: T, edition: number = CURRENT_EDITION): T {
  const saved = withRecordedChanges(opened(raw), (withoutEmpty(data) ?? {}) as ProgramText, edition);
  return saved?.reviews === undefined ? data : { ...data, reviews: saved.reviews };
}

/** What the form would save, with what changed recorded; throws the rule's refusal. */
export function reviewedSave(raw: unknown, data: unknown, edition: number): ProgramText {
  const before = opened(raw);
  const after = (withoutEmpty(data) ?? {}) as ProgramText;
  const saved = withRecordedChanges(before, after, edition) ?? after;
  const issues = unreviewedChanges(before, saved, edition);
  if (issues.length) {
    const changed = issues.filter((i) => i.field !== "reviews").map((i) => i.message);
    throw new Refusal(`${changed.join(" ")} 担当課に確かめてから、「この内容を確認しました（確認の記録）」に確かめた年度（${edition}）・日・方法・部署を入力して保存してください。`);
  }
  return saved;
}

export function registerReviewCheck(cms: Cms, collection = "programs") {
  cms.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      if (entry.get("collection") !== collection) return undefined;
      const data = entry.get("data") as Data;
      const saved = reviewedSave(entry.get("raw"), data.toJS(), CURRENT_EDITION);
      return saved.reviews === undefined ? undefined : data.set("reviews", saved.reviews);
    },
  });
}
