import { checkFile } from "../../content/check-file";
import type { Data, FieldOrder } from "../../content/front-matter-writer";
import type { NameEntry } from "../../content/schema";
import { ORIGINAL_KEY } from "./constants";
import { toFile } from "./front-matter-format";
import { inFormWords, issuePath, placeText, type FormField, type IssuePath } from "./form-words";

/**
 * What the editor does before Decap saves (the preSave event): writes the file
 * as it will be committed and checks it with lib/content/check-file.ts, the
 * check `npm run validate` runs on every file, so the form refuses what the
 * pull request would refuse, in the same words. Kept apart from the page
 * (refusal-panel.ts shows the result) so that it runs in Node for the tests.
 */

/** A problem as the form shows it: where (the path in the form and its labels), what, and a one-tap fix when there is one. */
export type FormIssue = { path?: IssuePath; place: string; message: string; fix?: { value: string }; requires?: IssuePath[] };

export type SaveCheck = {
  /** The file as it would be written. */
  text: string;
  /** Nothing differs from the file as it was opened: saving would commit nothing. */
  unchanged: boolean;
  issues: FormIssue[];
};

export type SaveCheckInput = {
  /** Path of the file in the repository: content/programs/yorozu.md */
  file: string;
  /** The form's data (Decap's entry data, as plain values). */
  data: Data;
  order: FieldOrder;
  /** What a new file starts from (collections.ts newFileTemplate). */
  template?: string;
  fields: FormField[];
  today: string;
  sourceDigits: ReadonlySet<string>;
  /** The current edition, which a program's review records are checked against. */
  edition?: number;
  /** The names table, which a desk's names must be in. */
  names?: readonly NameEntry[];
};

export function checkBeforeSaving({ file, data, order, template, fields, today, sourceDigits, edition, names }: SaveCheckInput): SaveCheck {
  const text = toFile(data, order, template);
  const original = typeof data[ORIGINAL_KEY] === "string" ? data[ORIGINAL_KEY] : undefined;
  const { issues } = checkFile({ file, content: text, before: original }, { today, sourceDigits, edition, names });
  return {
    text,
    unchanged: original !== undefined && text === original,
    issues: issues.map((issue) => {
      const path = issuePath(issue.field);
      const value = path ? valueAt(data, path) : undefined;
      const fix = typeof value === "string" ? halfWidthNumber(value) : undefined;
      const requires = issuePath(issue.requires);
      return {
        path,
        place: path ? placeText(fields, path) : "",
        message: inFormWords(issue, fields),
        ...(fix ? { fix: { value: fix } } : {}),
        ...(requires ? { requires: [requires] } : {}),
      };
    }),
  };
}

function valueAt(data: unknown, path: IssuePath): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Dashes and bars typed in place of a hyphen, by IME or by copying: full-width －, ー, ‐, – and the like. */
const DASHES = /[‐‑‒–—―−ーｰ－]/g;

/**
 * A phone number, fax number or extension typed with full-width digits or
 * dashes, written the way the site needs it (０１７－７３４ → 017-734); undefined
 * when the value is something else or already right, so that only a number
 * is ever offered to be converted.
 */
export function halfWidthNumber(value: string): string | undefined {
  const converted = value.normalize("NFKC").replace(DASHES, "-").replace(/\s+/g, "");
  if (converted === value || !/^[0-9]+(-[0-9]+)*$/.test(converted)) return undefined;
  return converted;
}
