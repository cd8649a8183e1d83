import { z } from "zod";

/**
 * The one reading of a schema's shape: what `z.toJSONSchema` writes, walked
 * once per schema into fields that know their place, their kind, whether they
 * are required and what the schema says about them. The form editor
 * (lib/cms), the editors' JSON Schemas (json-schema.ts), the open data's list
 * of fields and the keys a message suggests (schema-keys.ts) all read this, so
 * nothing reads Zod's internals and no sentence is taken apart for a label.
 *
 * What a field says about itself is in `.meta()`:
 * - title: its name for staff, 「電話番号」 (the form's label);
 * - description: what to know when filling it in (the form's hint);
 * - examples: values as a file holds them;
 * - written: how a file holds a value that a form offers by name (「制度のファイル名」);
 * - pattern: the JSON Schema pattern of what the checks accept, where Zod cannot tell;
 * - reviewable: a fact the program states (a number, hours, a cost, a status,
 *   a schedule, a URL…), which staff check again every fiscal year: it is a
 *   line of the year's checklist, and changing it needs a review record
 *   (lib/content/review/). Set on a field, it covers everything inside it.
 * - multiline: text written on several lines (the form gives it a text area).
 * Any other key reaches `field.meta` as written: declare it in GlobalMeta below.
 */
declare module "zod" {
  interface GlobalMeta {
    examples?: unknown[];
    written?: string;
    reviewable?: boolean;
    multiline?: boolean;
  }
}

export type JsonSchema = z.core.JSONSchema.JSONSchema;
export type Io = "input" | "output";

export type FieldKind = "object" | "list" | "text" | "number" | "integer" | "boolean" | "choice" | "either" | "refused" | "any";

export type SchemaField = {
  /** Its key in the enclosing object ("" at the root); a list's item has the list's name. */
  name: string;
  /** The keys down to it from the root, "[]" for a list's item: ["offices", "[]", "hours", "open"]. */
  at: string[];
  kind: FieldKind;
  /** Whether the enclosing object requires it (a list's item always). */
  required: boolean;
  /** Everything the JSON Schema says about it, which includes all that `.meta()` set. */
  meta: z.GlobalMeta;
  json: JsonSchema;
  /** An object's fields, in the schema's order. */
  fields: SchemaField[];
  /** A list's item. */
  item?: SchemaField;
  /** The ways an either may be written (text, or text with a link). */
  alternatives: SchemaField[];
  /** A choice's values. */
  values: string[];
};

/** Where each field's own Zod schema is, to run its checks on a value (parsedWith). */
const ZOD = new WeakMap<SchemaField, z.core.$ZodType>();
const CACHE = new WeakMap<z.core.$ZodType, Partial<Record<Io, SchemaField>>>();

/** Set on every node during conversion, to find its Zod schema again; the output is a copy, so a reference would not survive. */
const NODE = "x-node";

/** What a person writes ("input", the default) or what the loader returns ("output"). Read once per schema. */
export function reflect(schema: z.core.$ZodType, io: Io = "input"): SchemaField {
  const cached = CACHE.get(schema)?.[io];
  if (cached) return cached;
  const nodes: z.core.$ZodType[] = [];
  const json = toJsonSchema(schema, io, ({ zodSchema, jsonSchema }) => {
    jsonSchema[NODE] = nodes.push(zodSchema) - 1;
  });
  const root = fieldOf(json, "", [], true, nodes);
  ZOD.set(root, schema);
  CACHE.set(schema, { ...CACHE.get(schema), [io]: root });
  return root;
}

function toJsonSchema(schema: z.core.$ZodType, io: Io, override?: (ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => void): JsonSchema {
  return z.toJSONSchema(schema, { io, target: "draft-7", unrepresentable: "any", override });
}

function fieldOf(json: JsonSchema, name: string, at: string[], required: boolean, nodes: z.core.$ZodType[]): SchemaField {
  const node = json[NODE];
  delete json[NODE];
  const field: SchemaField = { name, at, kind: kindOf(json), required, meta: metaOf(json), json, fields: [], alternatives: [], values: [] };
  if (typeof node === "number") ZOD.set(field, nodes[node]);
  if (field.kind === "object") {
    field.fields = Object.entries(json.properties ?? {}).map(([key, child]) => fieldOf(schemaOf(child), key, [...at, key], json.required?.includes(key) ?? false, nodes));
  } else if (field.kind === "list") {
    field.item = fieldOf(schemaOf(Array.isArray(json.items) ? true : (json.items ?? true)), name, [...at, "[]"], true, nodes);
  } else if (field.kind === "either") {
    field.alternatives = (json.anyOf ?? []).map((alternative) => fieldOf(alternative, name, at, required, nodes));
  } else if (field.kind === "choice") {
    field.values = (json.enum ?? []).map(String);
  }
  return field;
}

const KINDS: Record<string, FieldKind> = { object: "object", array: "list", string: "text", number: "number", integer: "integer", boolean: "boolean" };

function kindOf(json: JsonSchema): FieldKind {
  if (json.enum) return "choice";
  if (json.anyOf) return "either";
  // A union of bare types is written as a list of types (a number or text): the first is the one staff are told to write.
  const type = Array.isArray(json.type) ? json.type[0] : json.type;
  if (type === undefined && json.not !== undefined) return "refused";
  return (type && KINDS[type]) || "any";
}

const schemaOf = (node: boolean | JsonSchema): JsonSchema => (typeof node === "boolean" ? (node ? {} : { not: {} }) : node);

function metaOf(json: JsonSchema): z.GlobalMeta {
  return { ...json, examples: json.examples, written: typeof json.written === "string" ? json.written : undefined, reviewable: json.reviewable === true };
}

/** The field a value at `path` of a file goes into (keys and list positions), if the schema has one there. */
export function fieldAt(root: SchemaField, path: readonly PropertyKey[]): SchemaField | undefined {
  let field: SchemaField | undefined = shaped(root);
  for (const key of path) {
    if (field?.kind === "object" && typeof key === "string") field = field.fields.find((f) => f.name === key);
    else if (field?.kind === "list" && typeof key === "number") field = field.item;
    else return undefined;
    field = field && shaped(field);
  }
  return field;
}

/** An either holds keys or positions only in the way of writing it that has them (a flow item's { text, link }). */
function shaped(field: SchemaField): SchemaField {
  return field.kind === "either" ? (field.alternatives.find((a) => a.kind === "object" || a.kind === "list") ?? field) : field;
}

/** 「offices.hours.open」: how forms and tables name a field (a list's item is its list, unless it is the field itself: 「words[]」). */
export function formPath(field: SchemaField): string {
  return field.at.map((key, i) => (key !== "[]" ? (i ? `.${key}` : key) : i === field.at.length - 1 ? "[]" : "")).join("");
}

/** 「offices[].hours.open」: how data documentation names a field. */
export function dataPath(field: SchemaField): string {
  return field.at.map((key, i) => (key === "[]" ? "[]" : i ? `.${key}` : key)).join("");
}

/** The value as the field's own schema makes it (hours with the sentence made from them), or undefined when its checks refuse it. */
export function parsedWith(field: SchemaField, value: unknown): unknown {
  const schema = ZOD.get(field);
  if (!schema) return undefined;
  const result = z.safeParse(schema, value);
  return result.success ? result.data : undefined;
}

/** 「例: 青森県商工労働部、公益財団法人…」 */
export function examplesText(examples: readonly unknown[]): string {
  return `例: ${examples.map((e) => (Array.isArray(e) ? `[${e.join(", ")}]` : String(e))).join("、")}`;
}

/** 「番号を確かめた日（例: 2026-12-01。未来の日付は書けません）」: a field in one phrase, for a table of fields (a list's examples may be its items'). */
export function fieldPhrase(field: SchemaField): string {
  const { title = field.name, written, examples = field.item?.meta.examples, description } = field.meta;
  const notes = [written, examples?.length ? examplesText(examples) : undefined, description].filter(Boolean);
  return notes.length ? `${title}（${notes.join("。")}）` : title;
}

/** How an editor's hover says that a field is checked again every year. */
export const REVIEWABLE_NOTE = "年度ごとに担当課に確かめる項目（変えたときは reviews に確認の記録を書きます）";

/**
 * The JSON Schema editors check a file with (VS Code, the content lint): what
 * a person writes, with how a file holds a value (`written`) said in the
 * description, since an editor offers no names to pick from.
 */
export function editorJsonSchema(schema: z.core.$ZodType): JsonSchema {
  const json = toJsonSchema(schema, "input");
  const visit = (node: boolean | JsonSchema | (boolean | JsonSchema)[] | undefined) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    if (typeof node.written === "string") {
      node.description = [node.written, node.description].filter(Boolean).join("。");
      delete node.written;
    }
    // Not a JSON Schema keyword (a strict validator refuses unknown ones): said in words instead.
    if (node.reviewable === true) node.description = [node.description, REVIEWABLE_NOTE].filter(Boolean).join("。");
    delete node.reviewable;
    Object.values(node.properties ?? {}).forEach(visit);
    visit(node.items);
    visit(node.anyOf);
  };
  visit(json);
  return json;
}

/** The node of a JSON Schema where a file writes the field at a dotted path (lists are passed through). */
export function jsonSchemaAt(json: JsonSchema, dotted: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = json;
  for (const key of dotted.split(".")) {
    const object: JsonSchema | undefined = node && inside(node);
    const child: boolean | JsonSchema | undefined = object?.properties?.[key];
    node = child === undefined ? undefined : schemaOf(child);
  }
  return node;
}

function inside(node: JsonSchema): JsonSchema | undefined {
  if (node.properties) return node;
  if (node.items && !Array.isArray(node.items)) return inside(schemaOf(node.items));
  return node.anyOf?.map(inside).find(Boolean);
}
