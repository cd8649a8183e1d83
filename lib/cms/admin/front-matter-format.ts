import { parseDocument, stringify } from "yaml";
import { FILE_NAME_FIELD, HEADER_KEY } from "./constants";

/**
 * How /admin reads and writes a content file. Registered in place of Decap's
 * built-in front matter so that a file saved from the form reads like one
 * written by hand and parses exactly as the site parses it:
 * - YAML 1.2 core, as lib/content/front-matter.ts reads it (a bare 2026-11-24 stays text);
 * - no folding of long Japanese lines (Decap's writer folds at 80 columns);
 * - keys in the order of the form, i.e. of the schema, at every depth;
 * - empty answers left out: a cleared optional field is "" or [] in the form,
 *   and the schema refuses both, whereas leaving the key out is what it means;
 * - leading comment lines kept; the file-name field never written.
 */

export type FieldOrder = { name: string; fields?: FieldOrder }[];

type Data = Record<string, unknown>;

const CLOSING_FENCE = /^---[ \t]*$/m;

export function fromFile(content: string): Data {
  const text = content.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  if (!/^---[ \t]*\n/.test(text)) return { body: text };
  const rest = text.slice(text.indexOf("\n") + 1);
  const close = CLOSING_FENCE.exec(rest);
  const raw = close ? rest.slice(0, close.index) : rest;
  const afterFence = close ? rest.slice(close.index + close[0].length) : "";
  const body = afterFence.startsWith("\n") ? afterFence.slice(1) : afterFence;
  const doc = parseDocument(raw);
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
  const data = (doc.toJS() ?? {}) as Data;
  const comments = leadingComments(raw);
  return { ...data, ...(comments ? { [HEADER_KEY]: comments } : {}), ...(body.trim() ? { body } : {}) };
}

export function toFile(data: Data, order: FieldOrder = []): string {
  const { body, [HEADER_KEY]: comments, [FILE_NAME_FIELD]: _fileName, ...meta } = data;
  void _fileName;
  const frontMatter = ordered(withoutEmpty(meta) ?? {}, order);
  const yaml = Object.keys(frontMatter as Data).length ? stringify(frontMatter, { lineWidth: 0 }) : "";
  const header = typeof comments === "string" && comments ? `${comments}\n` : "";
  const text = typeof body === "string" ? body.replace(/^\n+/, "").replace(/\s+$/, "") : "";
  return `---\n${header}${yaml}---\n${text ? `\n${text}\n` : ""}`;
}

function leadingComments(raw: string): string {
  const lines: string[] = [];
  for (const line of raw.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line);
  }
  return lines.join("\n");
}

/** Drops "", null, [] and {} at every depth; what remains is what staff actually filled in. */
export function withoutEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Data)
      .map(([k, v]) => [k, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

function ordered(value: unknown, order: FieldOrder): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order));
  if (value === null || typeof value !== "object") return value;
  const data = value as Data;
  const known = order.filter((f) => f.name in data).map((f) => [f.name, ordered(data[f.name], f.fields ?? [])] as const);
  const rest = Object.keys(data)
    .filter((k) => !order.some((f) => f.name === k))
    .map((k) => [k, data[k]] as const);
  return Object.fromEntries([...known, ...rest]);
}

/** The nesting of a collection's form fields, which is the order keys are written in. */
export function fieldOrder(fields: { name: string; fields?: unknown; field?: unknown }[]): FieldOrder {
  return fields.map((f) => {
    const nested = Array.isArray(f.fields) ? fieldOrder(f.fields as { name: string }[]) : undefined;
    return nested ? { name: f.name, fields: nested } : { name: f.name };
  });
}
