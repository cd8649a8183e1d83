import type { ContentIssue } from "../../content/issues";

/**
 * A validation message as the form at /admin shows it. Validation names the
 * keys of the file (summary, offices[0].hours[0].opens), which is what staff
 * editing a file see; the form shows labels instead. So a message is turned
 * into the form's words here rather than written twice: keys become the
 * labels of their fields, and a key or path given in brackets beside a
 * Japanese name (「担当窓口（contacts）」, 「編集ガイド（docs/editing.md）」) is
 * dropped. A rule whose remedy differs in the form (write these lines / pick
 * these fields) says so itself, in `formMessage` (ContentIssue).
 */

/** A form field as the generated configuration has it. */
export type FormField = { name: string; label: string; widget?: string; fields?: FormField[]; field?: FormField };

export type IssuePath = (string | number)[];

/** `offices[0].hours[1].opens` → ["offices", 0, "hours", 1, "opens"]; 本文 is the body field. */
export function issuePath(field: string | undefined): IssuePath | undefined {
  if (!field) return undefined;
  if (field === BODY_FIELD_LABEL) return ["body"];
  const path: IssuePath = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return path;
}

/** What validation calls the body when it names a field (entry.ts). */
const BODY_FIELD_LABEL = "本文";

/** The form fields a path goes through, outermost first (list positions skipped). */
export function fieldsAlong(fields: FormField[], path: IssuePath): FormField[] {
  const out: FormField[] = [];
  let level: FormField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === "number") continue;
    const f: FormField | undefined = level?.find((x) => x.name === key);
    if (!f) break;
    out.push(f);
    level = f.fields ?? (f.field ? [f.field] : undefined);
  }
  return out;
}

/** 「担当窓口 1 件目 › 電話番号の一覧 1 件目 › 電話番号」: where the field is, as a reader of the form finds it. */
export function placeText(fields: FormField[], path: IssuePath): string {
  const parts: string[] = [];
  let level: FormField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === "number") {
      if (parts.length) parts[parts.length - 1] += ` ${key + 1} 件目`;
      continue;
    }
    const f: FormField | undefined = level?.find((x) => x.name === key);
    if (!f) break;
    parts.push(f.label);
    level = f.fields ?? (f.field ? [f.field] : undefined);
  }
  return parts.join(" › ");
}

function allFields(fields: FormField[]): FormField[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.field ? allFields([f.field]) : [])]);
}

/** A key in brackets beside its name, or a file path there: 「（contacts）」「（tel・fax）」「（docs/editing.md）」. */
const KEYS_IN_BRACKETS = /（[A-Za-z][\w./-]*(?:[・、 ][A-Za-z][\w./-]*)*）/g;
/** A key written in a sentence: a word of ASCII letters that starts lower-case, not part of a URL or a path; with the spaces that part it from Japanese. */
const KEY = / ?(?<![\w./:-])([a-z][A-Za-z]*)(?![\w/:-]) ?/g;

export function inFormWords(issue: Pick<ContentIssue, "message" | "formMessage" | "field">, fields: FormField[]): string {
  if (issue.formMessage) return issue.formMessage;
  const path = issuePath(issue.field) ?? [];
  // The fields along the issue's path name their keys first (the nearest first); any other field of the form after them.
  const labels = new Map<string, string>();
  for (const f of [...fieldsAlong(fields, path).reverse(), ...allFields(fields)]) if (!labels.has(f.name)) labels.set(f.name, f.label);
  return issue.message.replace(KEYS_IN_BRACKETS, "").replace(KEY, (written, key: string) => (labels.has(key) ? `「${labels.get(key)}」` : written));
}
