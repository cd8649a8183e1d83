import type { z } from "zod";
import type { Choice, FormAdjustment } from "../content/collections";
import { examplesText, formPath, reflect, type SchemaField } from "../content/schema/reflection";
import { HOURS_WIDGET, PLAIN_KEY } from "./admin/constants";

/**
 * Turns a content schema into Decap CMS form fields, so that the form staff
 * fill in is the same contract the build checks. Generic on purpose: it reads
 * the schema's reflection (lib/content/schema/reflection.ts: kinds, what is
 * required, limits, patterns, and the title, description and examples each
 * field carries), never field names, so a changed schema needs nothing here
 * but `npm run cms:config`. What content supplies (choices) and where the form
 * deliberately differs from the schema come in as FormOptions, from COLLECTIONS.
 *
 * The form checks what Decap checks by itself (a field left empty, too few
 * items); every rule about what is written — patterns, lengths, numbers —
 * is validation's own, run on the file before it is saved
 * (lib/cms/admin/save-check.ts), so no pattern is copied into the form.
 */

export type DecapField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: Choice[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: "int" | "float";
  step?: number;
  format?: string;
  date_format?: string | false;
  time_format?: string | false;
  field?: DecapField;
  fields?: DecapField[];
  summary?: string;
  collapsed?: boolean;
  allow_reorder?: boolean;
  label_singular?: string;
  [PLAIN_KEY]?: string;
};

/** By dotted path without list positions (`offices.municipality`): the choices a field offers, and where the form departs from the schema. */
export type FormOptions = { choices?: Record<string, Choice[]>; adjust?: Record<string, FormAdjustment> };

/** Samples a pattern is tried on to tell a date or a time from free text: the form then offers a picker. */
const DATE_SAMPLE = "2026-11-24";
const TIME_SAMPLE = "08:30";

export function decapFields(schema: z.core.$ZodType, options: FormOptions = {}): DecapField[] {
  const root = reflect(schema);
  if (root.kind !== "object") throw new Error("(root): an object schema is needed for a form");
  return objectFields(root, options);
}

/**
 * `optionalParent`: the label of an enclosing optional object. A field the
 * schema requires in it is required in the form too, and its hint says it is
 * required once the object is filled in: the form checks an optional object's
 * fields only when something in it is (lib/cms/admin/widgets.ts).
 */
function objectFields(object: SchemaField, options: FormOptions, optionalParent?: string): DecapField[] {
  // A key the schema names only to refuse it with advice (hours.text) is no field of the form.
  const fields = object.fields.filter((f) => f.kind !== "refused");
  return placed(
    fields.map((f) => decapField(f, options, optionalParent)),
    fields.map((f) => options.adjust?.[formPath(f)]?.after),
    formPath(object),
  );
}

/** Fields an adjustment places after a sibling, moved there; the rest keep the schema's order. */
function placed(fields: DecapField[], after: (string | undefined)[], where: string): DecapField[] {
  const out = [...fields];
  fields.forEach((f, i) => {
    const sibling = after[i];
    if (!sibling) return;
    if (!out.some((x) => x.name === sibling)) throw new Error(`${where}.${f.name}: the form cannot place it after "${sibling}", which is not beside it`);
    out.splice(out.indexOf(f), 1);
    out.splice(out.findIndex((x) => x.name === sibling) + 1, 0, f);
  });
  return out;
}

function decapField(f: SchemaField, options: FormOptions, optionalParent?: string): DecapField {
  const path = formPath(f);
  const choices = options.choices?.[path];
  const label = f.meta.title ?? f.name;
  const base: DecapField = { name: f.name, label, widget: "string" };
  if (!f.required) base.required = false;
  if (f.json.default !== undefined) base.default = f.json.default;
  const field = { ...base, ...widgetFor(f, options, label, choices, optionalParent) };
  const adjustment = options.adjust?.[path];
  if (adjustment?.preview === "hours") field.widget = HOURS_WIDGET;
  const askedFor = optionalParent && f.required ? `「${optionalParent}」を書くときは必ず入力します` : undefined;
  // A picker (days, a date, a time, a list of choices) already shows what to give; an example of the file's text would only confuse.
  const picked = field.widget === "select" || field.widget === "datetime";
  const { written, examples, description } = f.meta;
  // Choices are shown by name: how the file holds them (a file name) is not what staff pick.
  const fromSchema = [choices ? undefined : written, examples?.length && !picked ? examplesText(examples) : undefined, description].filter(Boolean).join("。");
  const hints = [adjustment?.hint ?? field.hint ?? fromSchema, askedFor, adjustment?.addHint].filter(Boolean).join("。");
  if (hints) field.hint = hints;
  if (adjustment?.collapsed !== undefined) field.collapsed = adjustment.collapsed;
  return field;
}

function widgetFor(f: SchemaField, options: FormOptions, label: string, choices: Choice[] | undefined, optionalParent?: string): Partial<DecapField> {
  switch (f.kind) {
    case "object":
      return { widget: "object", fields: objectFields(f, options, optionalParent ?? (f.required ? undefined : label)), collapsed: !f.required, summary: summaryOf(f) };
    case "list":
      return listWidget(f, f.item!, options, label, choices);
    case "choice":
      return { widget: "select", options: choices ?? f.values.map((v) => ({ label: v, value: v })) };
    case "number":
    case "integer":
      return numberWidget(f);
    case "boolean":
      return { widget: "boolean" };
    case "text":
      return choices ? { widget: "select", options: choices } : stringWidget(f.json, f.meta);
    case "either":
      // A form field has one type: the first way of writing it is the one staff are told (an extension as text, not a number).
      if (f.alternatives[0]?.kind === "text") return stringWidget({ ...f.alternatives[0].json, ...f.json }, f.meta);
  }
  throw new Error(`${formPath(f)}: a field of JSON Schema ${JSON.stringify(f.json.type ?? f.json.anyOf ?? {})} has no form widget; add a case in lib/cms/decap-fields.ts`);
}

/**
 * Decap reorders a list only by dragging its items with a mouse or a finger
 * (its drag handle takes the keyboard's focus but does nothing there, and
 * speaks English); an item is moved by removing it and adding it again.
 */
const NOT_BY_DRAGGING = { allow_reorder: false } as const;

function listWidget(f: SchemaField, item: SchemaField, options: FormOptions, label: string, choices: Choice[] | undefined): Partial<DecapField> {
  // An optional list left empty is simply not written (admin/front-matter-format.ts), so its minimum
  // only holds once it has items; Decap would instead refuse to save an entry that leaves it empty.
  const { minItems: min, maxItems: max } = f.json;
  const limits = { ...(min !== undefined && min > 0 && f.required ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  if (choices || item.kind === "choice") return { widget: "select", multiple: true, options: choices ?? item.values.map((v) => ({ label: v, value: v })), ...limits };
  // What one item is called (「担当窓口を追加」): the item's own title, or the list's.
  const singular = item.meta.title ?? label;
  const plain = plainOrObject(item);
  if (plain) return plainOrObjectList(plain, options, singular, limits);
  if (item.kind === "object") {
    return { widget: "list", label_singular: singular, fields: objectFields(item, options), summary: summaryOf(item), collapsed: false, ...NOT_BY_DRAGGING, ...limits };
  }
  // Open, so that each word or date is seen in its box rather than folded under the list's name.
  return { widget: "list", field: { ...decapField(item, options), name: "item", label: singular }, label_singular: singular, collapsed: false, ...NOT_BY_DRAGGING, ...limits };
}

/**
 * A list item that is either plain text or an object whose first field is
 * that text (a flow item: 「商工会」, or 「よろず支援拠点」 with a link).
 * The form shows the object, with every field but the first optional; an item
 * with the first field alone is written back as plain text.
 */
function plainOrObject(item: SchemaField): { object: SchemaField; key: string } | undefined {
  if (item.kind !== "either" || item.alternatives.length !== 2) return undefined;
  const object = item.alternatives.find((a) => a.kind === "object");
  const first = object?.fields[0];
  return object && first?.kind === "text" && item.alternatives.some((a) => a.kind === "text") ? { object, key: first.name } : undefined;
}

function plainOrObjectList(plain: { object: SchemaField; key: string }, options: FormOptions, singular: string, limits: object): Partial<DecapField> {
  const fields = objectFields(plain.object, options);
  const main = fields.find((f) => f.name === plain.key)!;
  const rest = fields
    .filter((f) => f !== main)
    .map((f) => ({ ...f, required: false, hint: [f.hint, `空けておくと「${main.label}」だけの項目になります`].filter(Boolean).join("。") }));
  return {
    widget: "list",
    hint: `「${main.label}」だけの項目も、${rest.map((f) => `「${f.label}」`).join("・")}を添えた項目も作れます`,
    label_singular: singular,
    fields: [main, ...rest],
    summary: `{{fields.${plain.key}}}`,
    collapsed: false,
    ...NOT_BY_DRAGGING,
    [PLAIN_KEY]: plain.key,
    ...limits,
  };
}

/** `json`: the field's JSON Schema, or for a value written in more than one way, the way the form offers with the field's own keywords. */
function stringWidget(json: SchemaField["json"], meta: SchemaField["meta"]): Partial<DecapField> {
  if (json.pattern) {
    const re = new RegExp(json.pattern);
    if (re.test(DATE_SAMPLE)) return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
    if (re.test(TIME_SAMPLE)) return { widget: "datetime", format: "HH:mm", date_format: false, time_format: "HH:mm" };
  }
  // Text of several lines (a summary in やさしい日本語, one sentence a line) gets a text area.
  return { widget: meta.multiline ? "text" : "string" };
}

function numberWidget(f: SchemaField): Partial<DecapField> {
  const int = f.kind === "integer";
  const out: Partial<DecapField> = { widget: "number", value_type: int ? "int" : "float", step: int ? 1 : 0.001 };
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = f.json;
  const step = int ? 1 : 0;
  if (typeof minimum === "number") out.min = minimum;
  if (typeof exclusiveMinimum === "number") out.min = exclusiveMinimum + step;
  if (typeof maximum === "number") out.max = maximum;
  if (typeof exclusiveMaximum === "number") out.max = exclusiveMaximum - step;
  return out;
}

/** A list item is shown folded as its first required text fields, so a long list stays readable. */
function summaryOf(object: SchemaField): string | undefined {
  const names = object.fields
    .filter((f) => f.required && (f.kind === "text" || f.kind === "choice"))
    .map((f) => `{{fields.${f.name}}}`)
    .slice(0, 2);
  return names.length ? names.join(" ") : undefined;
}
