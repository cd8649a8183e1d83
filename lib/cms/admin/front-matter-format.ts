import { Document, isMap, isScalar } from "yaml";
import { parseFrontMatter } from "../../content/front-matter";
import { FILE_NAME_FIELD, HEADER_KEY, PLAIN_KEY } from "./constants";

/**
 * How /admin reads and writes a content file. Registered in place of Decap's
 * built-in front matter so that a file saved from the form reads like one
 * written by hand and parses exactly as the site parses it:
 * - read by the site's own reader (lib/content/front-matter.ts): YAML 1.2
 *   core, a bare 2026-11-24 stays text, `extension: 0641` stays 0641, and a
 *   file the site would refuse is refused with the site's words;
 * - no folding of long Japanese lines (Decap's writer folds at 80 columns);
 * - keys in the order of the form, i.e. of the schema, at every depth;
 * - empty answers left out: a cleared optional field is "" or [] in the form,
 *   and the schema refuses both, whereas leaving the key out is what it means;
 * - comment lines above top-level keys kept; the file-name field never written;
 * - a list item that may be plain text (a flow item) is an object in the form
 *   and plain text again in the file when nothing else was filled in.
 * Comments inside nested values are not kept (the form has no place for them).
 */

/** A form's fields as nested names: the order keys are written in, and which lists hold plain-text items. */
export type FieldOrder = { name: string; fields?: FieldOrder; plainKey?: string }[];

type Data = Record<string, unknown>;
/** Comment text (without the leading `#`) by the top-level key it stood above; "" is the file's first key. */
type Comments = Record<string, string>;

/** `orders`: every collection's form; the one whose fields hold all of the file's keys tells how to read it. */
export function fromFile(content: string, orders: FieldOrder[] = []): Data {
  const fm = parseFrontMatter(content);
  if (!fm.ok) throw new Error(fm.problems.map((p) => (p.line ? `${p.line}行目: ${p.message}` : p.message)).join("\n"));
  const data = isData(fm.data) ? fm.data : {};
  const order = orders.find((o) => Object.keys(data).every((k) => o.some((f) => f.name === k))) ?? [];
  const comments = commentsOf(fm.document);
  return { ...(expanded(data, order) as Data), ...(Object.keys(comments).length ? { [HEADER_KEY]: comments } : {}), ...(fm.body.trim() ? { body: fm.body } : {}) };
}

const isData = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

export function toFile(data: Data, order: FieldOrder = []): string {
  const { body, [HEADER_KEY]: comments, [FILE_NAME_FIELD]: _fileName, ...meta } = data;
  void _fileName;
  const frontMatter = ordered(withoutEmpty(meta) ?? {}, order) as Data;
  const text = typeof body === "string" ? body.replace(/^\n+/, "").replace(/\s+$/, "") : "";
  return `---\n${frontMatterText(frontMatter, commentsFrom(comments))}---\n${text ? `\n${text}\n` : ""}`;
}

function frontMatterText(frontMatter: Data, comments: Comments): string {
  if (!Object.keys(frontMatter).length) return Object.values(comments).length ? `${hashed(comments[""] ?? "")}\n` : "";
  const doc = new Document(frontMatter);
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const comment = comments[key] ?? (i === 0 ? comments[""] : undefined);
      if (comment !== undefined && isScalar(pair.key)) pair.key.commentBefore = comment;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

function commentsOf(doc: Document): Comments {
  const out: Comments = {};
  if (!isMap(doc.contents)) return out;
  doc.contents.items.forEach((pair, i) => {
    // Comment lines at the very top, parted from the first key by a blank line, belong to the document, not the key.
    const own = isScalar(pair.key) ? pair.key.commentBefore : undefined;
    const comment = [i === 0 ? doc.commentBefore : undefined, own].filter((c) => c != null).join("\n");
    if (comment) out[i === 0 ? "" : String((pair.key as { value?: unknown }).value)] = comment;
  });
  return out;
}

/** Comments as carried in the form's data. */
function commentsFrom(value: unknown): Comments {
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value as Data).filter(([, v]) => typeof v === "string")) as Comments;
  return {};
}

const hashed = (comment: string) =>
  comment
    .split("\n")
    .map((line) => `#${line}`)
    .join("\n");

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

/** Keys in the form's order; a plain-text list item filled in with its text alone becomes that text again. */
function ordered(value: unknown, order: FieldOrder, plainKey?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order, plainKey));
  if (value === null || typeof value !== "object") return value;
  const data = value as Data;
  if (plainKey && Object.keys(data).length === 1 && typeof data[plainKey] === "string") return data[plainKey];
  const known = order.filter((f) => f.name in data).map((f) => [f.name, ordered(data[f.name], f.fields ?? [], f.plainKey)] as const);
  const rest = Object.keys(data)
    .filter((k) => !order.some((f) => f.name === k))
    .map((k) => [k, data[k]] as const);
  return Object.fromEntries([...known, ...rest]);
}

/** The reverse of `ordered` for plain-text items: the form edits every item as an object. */
function expanded(value: unknown, order: FieldOrder, plainKey?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => (plainKey && typeof v === "string" ? { [plainKey]: v } : expanded(v, order)));
  if (value === null || typeof value !== "object") return value;
  const data = value as Data;
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => {
      const f = order.find((x) => x.name === k);
      return [k, f ? expanded(v, f.fields ?? [], f.plainKey) : v];
    }),
  );
}

/** The nesting of a collection's form fields, which is the order keys are written in. */
export function fieldOrder(fields: { name: string; fields?: unknown; field?: unknown; [PLAIN_KEY]?: unknown }[]): FieldOrder {
  return fields.map((f) => {
    const nested = Array.isArray(f.fields) ? fieldOrder(f.fields as { name: string }[]) : undefined;
    const plainKey = typeof f[PLAIN_KEY] === "string" ? f[PLAIN_KEY] : undefined;
    return { name: f.name, ...(nested ? { fields: nested } : {}), ...(plainKey ? { plainKey } : {}) };
  });
}
