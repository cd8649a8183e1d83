import { parseFrontMatter } from "../../content/front-matter";
import { ordered, writeContentFile, type Data, type FieldOrder } from "../../content/front-matter-writer";
import { FILE_NAME_FIELD, ORIGINAL_KEY, PLAIN_KEY, SAVE_CHECK_FIELD } from "./constants";

/**
 * How /admin reads and writes a content file. Registered in place of Decap's
 * built-in front matter so that a file saved from the form reads like one
 * written by hand and parses exactly as the site parses it:
 * - read by the site's own reader (lib/content/front-matter.ts): YAML 1.2
 *   core, a bare 2026-11-24 stays text, `extension: 0641` stays 0641, and a
 *   file the site would refuse is refused with the site's words;
 * - written by the project's one writer (lib/content/front-matter-writer.ts)
 *   onto the file as it was read, which the form carries along unseen
 *   (ORIGINAL_KEY): what staff did not change stays byte for byte, so the
 *   pull request shows their change and nothing else;
 * - empty answers left out: a cleared optional field is "" or [] in the form,
 *   and the schema refuses both, whereas leaving the key out is what it means;
 * - the file-name field and the save check never written;
 * - a list item that may be plain text (a flow item) is an object in the form
 *   and plain text again in the file when nothing else was filled in.
 */

export type { FieldOrder } from "../../content/front-matter-writer";

/** `orders`: every collection's form; the one whose fields hold all of the file's keys tells how to read it. */
export function fromFile(content: string, orders: FieldOrder[] = []): Data {
  const fm = parseFrontMatter(content);
  if (!fm.ok) throw new Error(fm.problems.map((p) => (p.line ? `${p.line}行目: ${p.message}` : p.message)).join("\n"));
  const data = isData(fm.data) ? fm.data : {};
  const order = orders.find((o) => Object.keys(data).every((k) => o.some((f) => f.name === k))) ?? [];
  return { ...(expanded(data, order) as Data), [ORIGINAL_KEY]: content, ...(fm.body.trim() ? { body: fm.body } : {}) };
}

const isData = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** `template`: what a new file starts from (its header comment), when the data comes from no file. */
export function toFile(data: Data, order: FieldOrder = [], template?: string): string {
  const { body, [ORIGINAL_KEY]: original, [FILE_NAME_FIELD]: _fileName, [SAVE_CHECK_FIELD]: _check, ...meta } = data;
  void [_fileName, _check];
  return writeContentFile({
    original: typeof original === "string" ? original : template,
    data: ordered(withoutEmpty(meta) ?? {}, order) as Data,
    body: typeof body === "string" ? body : undefined,
    order,
  });
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
