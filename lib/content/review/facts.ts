import type { z } from "zod";
import { formatFieldPath } from "../issues";
import { programSchema } from "../schema/program";
import { fieldAt, parsedWith, reflect, type SchemaField } from "../schema/reflection";

/**
 * The facts a program states, read from its file through the schema: every
 * value at a field marked `reviewable` (reflection.ts), as one line of text,
 * plus the body. The year's checklist lists them, the review rule compares
 * them before and after a change, and a review record quotes them. Nothing
 * here names a field: a field marked reviewable joins by itself.
 */
export type Fact = {
  /** Keys and list positions in the file: ["contacts", 0, "tel", 0, "number"]. */
  path: (string | number)[];
  /** The path as validation names it: contacts[0].tel[0].number (「本文」 for the body). */
  field: string;
  /** What staff call it: 「担当窓口（青森県環境生活部）› 電話番号」. */
  label: string;
  /** The value as one line of text, as a page shows it (hours as their sentence). */
  value: string;
  /** Whether the value is quoted in a checklist and in a review record (the body is too long to be). */
  quoted: boolean;
};

/** The body states facts too (what is offered, how often); it is checked and recorded as a whole. */
export const BODY_FIELD = "本文";
const BODY_LABEL = "本文（支援内容などの説明）";

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every fact of a file's front matter (`data`, as written or as the form holds
 * it) and of its body, in the order of the schema and of the file's lists.
 */
export function factsOf(data: unknown, body?: string, schema: z.core.$ZodType = programSchema): Fact[] {
  const facts: Fact[] = [];
  visit(reflect(schema), data, [], [], facts);
  if (body !== undefined && body.trim()) facts.push({ path: [BODY_FIELD], field: BODY_FIELD, label: BODY_LABEL, value: body.trim(), quoted: false });
  return facts;
}

function visit(field: SchemaField, written: unknown, path: (string | number)[], names: string[], out: Fact[]) {
  // Left out, a field with a default holds it (a contact's role): the same fact whether written or not.
  const value = written === undefined || written === null || written === "" ? field.json.default : written;
  if (value === undefined) return;
  const shaped = field.kind === "either" ? (field.alternatives.find((a) => a.kind === "object" || a.kind === "list") ?? field) : field;
  if (field.meta.reviewable) {
    const text = factText(field, value);
    // A list item named by this very value (a phone number) is named by its title alone: the value follows.
    const own = names.at(-1)?.replace(`（${text}）`, "");
    const label = own?.startsWith(field.meta.title ?? "\0") ? [...names.slice(0, -1), own] : [...names, titleOf(field)];
    out.push({ path, field: formatFieldPath(path), label: label.join(" › "), value: text, quoted: true });
  } else if (shaped.kind === "object" && isObject(value)) {
    for (const f of shaped.fields) visit(f, value[f.name], [...path, f.name], names, out);
  } else if (shaped.kind === "list" && Array.isArray(value) && shaped.item) {
    const item = shaped.item;
    // An item that is one fact whole (a detail, a venue) is named by its title: its value says the rest.
    value.forEach((v, i) => visit(item, v, [...path, i], [...names, itemName(shaped, item, item.meta.reviewable ? undefined : v, i, value.length)], out));
  }
}

const titleOf = (f: SchemaField) => f.meta.title ?? f.name;

/** 「担当窓口 2件目（青森県環境生活部）」: a list's item by its own title, its position when there are several, and its first required text. */
function itemName(list: SchemaField, item: SchemaField, value: unknown, i: number, count: number): string {
  const own = item.kind === "object" && isObject(value) ? item.fields.find((f) => f.required && f.kind === "text" && typeof value[f.name] === "string") : undefined;
  const title = item.meta.title ?? titleOf(list);
  return `${title}${count > 1 ? ` ${i + 1}件目` : ""}${own ? `（${String((value as Loose)[own.name])}）` : ""}`;
}

/** A value as one line: what its own schema makes of it when that is a sentence (hours), else its parts joined. */
export function factText(field: SchemaField, value: unknown): string {
  const parsed = parsedWith(field, value);
  if (isObject(parsed) && typeof parsed.text === "string") return parsed.text;
  const shaped = field.kind === "either" ? (field.alternatives.find((a) => a.kind === "object" || a.kind === "list") ?? field) : field;
  if (Array.isArray(value)) return value.map((v) => (shaped.item ? factText(shaped.item, v) : String(v))).join("、");
  if (isObject(value)) {
    return shaped.fields
      .filter((f) => value[f.name] !== undefined && value[f.name] !== "")
      .map((f) => `${titleOf(f)}: ${factText(f, value[f.name])}`)
      .join("／");
  }
  return String(value);
}

/** One fact that differs between two versions of a file: added (no before), removed (no after) or changed. */
export type FactDiff = Pick<Fact, "path" | "field" | "label" | "quoted"> & { before?: string; after?: string };

export function changedFacts(before: Fact[], after: Fact[]): FactDiff[] {
  const old = new Map(before.map((f) => [f.field, f]));
  const now = new Set(after.map((f) => f.field));
  const changed = after.flatMap((f): FactDiff[] => {
    const was = old.get(f.field);
    return was?.value === f.value ? [] : [{ path: f.path, field: f.field, label: f.label, quoted: f.quoted, before: was?.value, after: f.value }];
  });
  const removed = before.filter((f) => !now.has(f.field)).map((f): FactDiff => ({ path: f.path, field: f.field, label: f.label, quoted: f.quoted, before: f.value }));
  return [...changed, ...removed];
}

/** 「contacts[0].tel[0].number」 → ["contacts", 0, "tel", 0, "number"]; undefined when it is no path. */
export function parseFieldPath(field: string): (string | number)[] | undefined {
  if (field === BODY_FIELD) return [BODY_FIELD];
  const path: (string | number)[] = [];
  for (const part of field.split(".")) {
    const m = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    path.push(m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1])));
  }
  return path;
}

/** Whether a field path names a reviewable field of the schema (or the body). */
export function isReviewablePath(path: readonly (string | number)[], schema: z.core.$ZodType = programSchema): boolean {
  if (path.length === 1 && path[0] === BODY_FIELD) return true;
  return fieldAt(reflect(schema), path)?.meta.reviewable === true;
}
