import { Document, isMap, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from "yaml";
import { YAML_OPTIONS } from "./yaml-options";

/**
 * The one writer of a content file, for the editor at /admin and the scripts
 * (new-program): it writes the file the way the project writes it by hand and
 * the way docs/editing.md shows it, so that a reviewer's diff is exactly what
 * was changed.
 *
 * Given the file as it was, the new values are applied to that file's own YAML
 * document instead of writing the data out afresh: a value that did not change
 * keeps its node, so its line stays byte for byte (its quotes, a flow list
 * `[月, 火]`, comments, blank lines, key order); a changed value keeps its
 * node's style; a new key goes where the form's order puts it among the keys
 * already there; a list matches its unchanged items first, so removing one
 * item removes its lines only. Values never become another type on the way:
 * the document is read and written with the project's YAML options
 * (yaml-options.ts), under which `0641` and `2026-11-24` stay text.
 */

/** A form's fields as nested names: the order new keys are written in, and which lists hold plain-text items. */
export type FieldOrder = { name: string; fields?: FieldOrder; plainKey?: string }[];

export type Data = Record<string, unknown>;

/** How the project writes values of these keys when they are new (docs/editing.md, docs/templates/): `days: [月, 火]`, `open: "08:30"`. */
const FLOW_LISTS = new Set(["days", "closedOn", "otherClosures"]);
const QUOTED = new Set(["open", "close", "extension"]);

/** Written without folding long Japanese lines, and flow lists as `[月, 火]`: what parseDocument(file).toString() gives back unchanged. */
const TO_STRING = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

export type ContentFileText = {
  /** The file as it was; a new file has none (a header comment may stand in: `---\n# …\n---\n`). */
  original?: string;
  /** The front matter as it should now read: keys that are absent are removed, empty answers already left out. */
  data: Data;
  /** The Markdown body; the original's bytes are kept when it reads the same. */
  body?: string;
  order?: FieldOrder;
};

export function writeContentFile({ original, data, body, order = [] }: ContentFileText): string {
  const parts = original === undefined ? undefined : splitFile(original);
  const doc = parts ? parseDocument(parts.yaml, YAML_OPTIONS) : new Document(null, YAML_OPTIONS);
  if (doc.errors.length) throw new Error(`writeContentFile: the original front matter does not parse (${doc.errors[0].message})`);
  const empty = doc.contents === null;
  doc.contents = applied(doc, doc.contents as Node | null, data, order) as typeof doc.contents;
  // A template's comment (a file with no keys yet) stands right above the first key, as in every file written by hand.
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (empty && doc.commentBefore && isScalar(first)) {
    first.commentBefore = doc.commentBefore;
    doc.commentBefore = null;
  }
  const yaml = isMap(doc.contents) && doc.contents.items.length === 0 && !doc.commentBefore ? "" : doc.toString(TO_STRING);
  const text = `---\n${yaml}---\n${bodyText(parts?.body, body)}`;
  return parts?.crlf ? text.replace(/\n/g, "\r\n") : text;
}

/** A file split at its fences, as front-matter.ts reads it (a BOM and CRLF line ends are allowed). */
function splitFile(original: string): { yaml: string; body: string; crlf: boolean } {
  const crlf = original.includes("\r\n");
  const text = original.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const close = /^---[ \t]*$/m;
  const rest = text.slice(text.indexOf("\n") + 1);
  const m = close.exec(rest);
  if (!text.startsWith("---") || !m) throw new Error("writeContentFile: the original has no front matter between --- lines");
  return { yaml: rest.slice(0, m.index), body: rest.slice(m.index + m[0].length + 1), crlf };
}

/** The body as written after the closing ---: the original's bytes when it reads the same, else a blank line and the text. */
function bodyText(originalBody: string | undefined, body: string | undefined): string {
  const text = (body ?? "").replace(/^\n+/, "").replace(/\s+$/, "");
  if (originalBody !== undefined && originalBody.replace(/^\n+/, "").replace(/\s+$/, "") === text) return originalBody;
  return text ? `\n${text}\n` : "";
}

/** `node` changed as little as possible to hold `value`; a new node when it cannot. */
function applied(doc: Document, node: Node | null, value: unknown, order: FieldOrder, key?: string, plainKey?: string): Node {
  if (node && sameValue(node.toJSON(), value)) return node;
  if (isPlainObject(value) && isMap(node)) {
    applyMap(doc, node, value, order);
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    applySeq(doc, node, value, order, plainKey);
    return node;
  }
  if (isScalar(node) && isScalarValue(value) && typeof node.value === typeof value) {
    node.value = value;
    return node;
  }
  const fresh = created(doc, value, order, key, plainKey);
  // What stood before and beside the old node stays with the new one.
  if (node) {
    fresh.commentBefore = node.commentBefore;
    fresh.comment = node.comment;
    fresh.spaceBefore = node.spaceBefore;
  }
  return fresh;
}

function applyMap(doc: Document, map: YAMLMap, value: Data, order: FieldOrder) {
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key));
  // Keys no longer there: their lines go, a comment above them stays with the key that follows.
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (keyOf(pair) in value) continue;
    const comment = isScalar(pair.key) ? pair.key.commentBefore : undefined;
    map.items.splice(i, 1);
    const next = map.items[i];
    if (comment && next && isScalar(next.key)) next.key.commentBefore = [comment, next.key.commentBefore].filter(Boolean).join("\n");
    else if (comment && i === 0 && map === doc.contents) doc.commentBefore = [doc.commentBefore, comment].filter(Boolean).join("\n");
  }
  const rank = (k: string) => {
    const i = order.findIndex((f) => f.name === k);
    return i === -1 ? order.length : i;
  };
  for (const [k, v] of orderedEntries(value, order)) {
    const f = order.find((x) => x.name === k);
    const pair = map.items.find((p) => keyOf(p) === k);
    if (pair) {
      pair.value = applied(doc, pair.value as Node | null, v, f?.fields ?? [], k, f?.plainKey);
      continue;
    }
    const fresh = new Pair(doc.createNode(k), created(doc, v, f?.fields ?? [], k, f?.plainKey));
    // After the last key the form puts before it; else before the first it puts after; else last.
    const before = map.items.findLastIndex((p) => rank(keyOf(p)) < rank(k));
    const after = map.items.findIndex((p) => rank(keyOf(p)) > rank(k));
    const at = rank(k) === order.length ? map.items.length : before !== -1 ? before + 1 : after !== -1 ? after : map.items.length;
    // A first key of the document keeps the comment above the document's first line where it was.
    if (at === 0 && map.items[0] && isScalar(map.items[0].key) && map.items[0].key.commentBefore) {
      (fresh.key as Scalar).commentBefore = map.items[0].key.commentBefore;
      map.items[0].key.commentBefore = undefined;
    }
    map.items.splice(at, 0, fresh);
  }
}

/**
 * Items that are equal before and after are matched first (longest common
 * subsequence), so an item added, removed or moved touches its own lines; the
 * items between two matches are edited in place, position by position.
 */
function applySeq(doc: Document, seq: YAMLSeq, value: unknown[], order: FieldOrder, plainKey?: string) {
  const old = seq.items as (Node | null)[];
  const oldJs = old.map((n) => (n && typeof n === "object" && "toJSON" in n ? (n as Node).toJSON() : n));
  const matches = commonItems(oldJs, value);
  const items: Node[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [old.length, value.length]]) {
    // Between matches: edit in place as far as both sides go, then drop or add.
    while (i < mi && j < mj) items.push(applied(doc, old[i++], value[j++], order, undefined, plainKey));
    while (j < mj) items.push(created(doc, value[j++], order, undefined, plainKey, seq.flow));
    i = mi;
    if (mi < old.length) {
      items.push(old[mi] as Node);
      i++;
      j++;
    }
  }
  seq.items = items;
}

/** Index pairs of equal items, in order, as many as can be. */
function commonItems(a: unknown[], b: unknown[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lengths[i][j] = sameValue(a[i], b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (sameValue(a[i], b[j])) out.push([i++, j++]);
    else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return out;
}

/** A node for a value the file did not have, in the project's style. */
function created(doc: Document, value: unknown, order: FieldOrder, key?: string, plainKey?: string, inFlow = false): Node {
  const node = doc.createNode(ordered(value, order, plainKey)) as Node;
  style(node, key, inFlow);
  return node;
}

function style(node: unknown, key: string | undefined, inFlow: boolean) {
  if (isScalar(node)) {
    if (key && QUOTED.has(key) && typeof node.value === "string") node.type = Scalar.QUOTE_DOUBLE;
  } else if (isSeq(node)) {
    if (inFlow || (key && FLOW_LISTS.has(key))) node.flow = true;
    for (const item of node.items) style(item, undefined, node.flow ?? false);
  } else if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair)) style(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined, false);
  }
}

/** Keys in the form's order (then any the form does not know), at every depth; a plain-text item filled in with its text alone is that text. */
export function ordered(value: unknown, order: FieldOrder, plainKey?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order, plainKey));
  if (!isPlainObject(value)) return value;
  if (plainKey && Object.keys(value).length === 1 && typeof value[plainKey] === "string") return value[plainKey];
  return Object.fromEntries(
    orderedEntries(value, order).map(([k, v]) => {
      const f = order.find((x) => x.name === k);
      return [k, f ? ordered(v, f.fields ?? [], f.plainKey) : v];
    }),
  );
}

function orderedEntries(value: Data, order: FieldOrder): [string, unknown][] {
  const known = order.filter((f) => f.name in value).map((f) => [f.name, value[f.name]] as [string, unknown]);
  const rest = Object.keys(value)
    .filter((k) => !order.some((f) => f.name === k))
    .map((k) => [k, value[k]] as [string, unknown]);
  return [...known, ...rest];
}

const isPlainObject = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalarValue = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

/** Equal as data: the same scalars, lists in the same order, objects with the same keys in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}
