import type { z } from "zod";
import { COLLECTIONS, type Collection, type Collections } from "./collections";
import { needsConfirmationMessage, unconfirmedNumbers } from "./confirmed";
import { editionLabel } from "./edition";
import { byPosition, readEntry, type Entry, type LinkInFile } from "./entry";
import { formatFieldPath, type ContentIssue } from "./issues";
import { numbersOf } from "./numbers";
import { deskNamesCovered, translationIssues } from "./language-checks";
import { recordedChanges, reviewIssues, settingsIssues } from "./review/file-checks";
import { unreviewedChanges, type ProgramText } from "./review/rule";
import { fiscalYearOf } from "./schedule";
import type { NameEntry } from "./schema";

/**
 * Everything that can be said about one content file on its own: what
 * `npm run validate` says about it (readEntry: encoding, size, the YAML, the
 * schema, the body, unsafe characters; then the rules below) and what the
 * editor at /admin checks before it saves, from this one function. Rules that
 * need the other files (a need that exists, a number used twice, a dead link)
 * are cross-checks.ts, run by the loader only.
 */

/** What a rule is given: the file as it now reads, and as it read before the change when that is known. */
export type FileRuleInput = {
  collection: Collection;
  entry: Entry<unknown>;
  /** The same file before this edit (what the editor opened, the branch's base), read the same way; absent for a new file. */
  before?: Entry<unknown>;
  /** Today in Japan, YYYY-MM-DD. */
  today: string;
  /** Digits of every number in the guidebook's text; absent when the text is missing (the loader says so once). */
  sourceDigits?: ReadonlySet<string>;
  /** The current edition (content/settings/); absent when the settings file cannot be read (the loader says why). */
  edition?: number;
  /** The names table (content/names/): every desk's names need their reading and English there; absent when it cannot be read. */
  names?: readonly NameEntry[];
};

/** The entry as its collection's schema returned it, when the file is of collection `c`. */
function entryOf<S extends z.ZodType>(input: FileRuleInput, c: Collection<S>): Entry<z.output<S>> | undefined {
  // readEntry parsed the entry with this very schema, so its data is that schema's output.
  return input.collection.schema === c.schema ? (input.entry as Entry<z.output<S>>) : undefined;
}

function programRules(input: FileRuleInput): ContentIssue[] {
  const p = entryOf(input, COLLECTIONS.programs);
  if (!p) return [];
  // Known only where the file before the change is (the editor, a branch against its base): a fact changed without the edition's review record.
  const text = (e: Entry<unknown>): ProgramText => ({ ...(typeof e.raw === "object" && e.raw !== null ? e.raw : {}), body: e.body });
  // Each at the changed fact, whose message says which record to write; the summary at `reviews` is for a file edited by hand (content:diff).
  const unreviewed =
    input.before && input.edition !== undefined
      ? unreviewedChanges(text(input.before), text(p), input.edition)
          .filter((i) => i.field !== "reviews")
          .map((i) => p.at(i.path, i.message))
      : [];
  const names = input.names ? deskNamesCovered(p, input.names) : [];
  return [...reviewIssues(p, input.today, input.edition), ...recordedChanges(p), ...translationIssues(p), ...names, ...unreviewed];
}

function settingsRules(input: FileRuleInput): ContentIssue[] {
  const s = entryOf(input, COLLECTIONS.settings);
  return s ? settingsIssues(s, input.today) : [];
}

export type FileRule = (file: FileRuleInput) => ContentIssue[];

/**
 * The rules beyond the schema, one line each; a new one is added here and
 * then holds in validation, in the pull-request check and in the editor alike.
 */
export const FILE_RULES: readonly FileRule[] = [
  ({ entry, today }) => futureDates(entry, today),
  ({ entry, sourceDigits }) => (sourceDigits ? numbersWithoutConfirmation(entry, sourceDigits) : []),
  programRules,
  settingsRules,
];

export type FileToCheck = {
  /** Path relative to the project root, with forward slashes: content/programs/energy-saving.md */
  file: string;
  /** The file's bytes (as read from disk) or text (as the editor is about to write it). */
  content: Uint8Array | string;
  /** The file before the change, if there was one. */
  before?: Uint8Array | string;
};

export type CheckOptions = Omit<FileRuleInput, "collection" | "entry" | "before"> & {
  collections?: Collections;
  /** The rules (default: FILE_RULES; a test adds one). */
  rules?: readonly FileRule[];
};

export type CheckedFile = { entry?: Entry<unknown>; collection?: Collection; issues: ContentIssue[]; links: LinkInFile[] };

export function checkFile({ file, content, before }: FileToCheck, options: CheckOptions): CheckedFile {
  const collections = options.collections ?? COLLECTIONS;
  // content/<folder>/<name>.md, wherever content/ is.
  const [, folder, name] = /(?:^|\/)([^/]+)\/([^/]+)\.md$/.exec(file) ?? [];
  const collection = Object.values<Collection>(collections).find((c) => c.folder === folder);
  if (!collection || !name) return { issues: [{ file, message: "この場所のファイルはサイトに載りません" }], links: [] };
  const bytes = (c: Uint8Array | string) => (typeof c === "string" ? new TextEncoder().encode(c) : c);
  const read = readEntry(collection.schema, bytes(content), file, name);
  if (!read.entry) return { ...read, issues: byPosition(read.issues), collection };
  const previous = before === undefined ? undefined : readEntry(collection.schema, bytes(before), file, name).entry;
  const input: FileRuleInput = { ...options, collection, entry: read.entry, before: previous };
  const issues = [...read.issues, ...(options.rules ?? FILE_RULES).flatMap((rule) => rule(input))];
  return { entry: read.entry, collection, issues: byPosition(issues), links: read.links };
}

type Dated = { updated?: string; contacts?: Holder[]; offices?: Holder[]; source?: { fiscalYear: number } };
type Holder = { confirmed?: { date: string } };
const isDated = (data: unknown): data is Dated => typeof data === "object" && data !== null && "updated" in data;

/**
 * Dates that say something happened (the page was updated, a number was
 * confirmed) cannot be after today, nor can a guidebook be of a fiscal year
 * that has not begun (next year's may be published in March, so that one is allowed).
 */
export function futureDates(p: Entry<unknown>, today: string): ContentIssue[] {
  if (!isDated(p.data)) return [];
  const data = p.data;
  const latestEdition = fiscalYearOf(today) + 1;
  const fiscalYear = data.source?.fiscalYear;
  const edition =
    fiscalYear !== undefined && fiscalYear > latestEdition
      ? [p.at(["source", "fiscalYear"], `${fiscalYear} 年度はまだ始まっていません（今日は ${today}）。fiscalYear にはガイドブックの年度を書いてください（令和5年度版なら 2023）`)]
      : [];
  const dated: [(string | number)[], string | undefined, string][] = [
    [["updated"], data.updated, "updated にはこのページの内容を更新した日（今日かそれより前）を書いてください"],
    ...(["contacts", "offices"] as const).flatMap((key) =>
      (data[key] ?? []).flatMap((h, i): [(string | number)[], string, string][] =>
        h.confirmed ? [[[key, i, "confirmed", "date"], h.confirmed.date, "confirmed の date には番号を実際に確かめた日を書いてください"]] : [],
      ),
    ),
  ];
  return [...dated.filter(([, date]) => date !== undefined && date > today).map(([path, date, advice]) => p.at(path, `${date} は未来の日付です（今日は ${today}）。${advice}`)), ...edition];
}

/** Every number not in the guidebook's text needs a confirmation on its contact or office (see confirmed.ts). */
export function numbersWithoutConfirmation(p: Entry<unknown>, sourceDigits: ReadonlySet<string>): ContentIssue[] {
  const source = isDated(p.data) ? p.data.source : undefined;
  const edition = source ? editionLabel(source) : undefined;
  return unconfirmedNumbers(numbersOf(p.data), sourceDigits).map((n) => {
    const { message, formMessage } = needsConfirmationMessage(n, edition);
    return { ...p.at(n.path, message), formMessage, requires: formatFieldPath([...n.holder, "confirmed"]) };
  });
}
