import { z } from "zod";
import { PLAIN_KEY } from "./admin/constants";

/**
 * Turns a Zod schema into Decap CMS form fields, so that the form staff fill in
 * is the same contract the build checks. Generic on purpose: it reads only what
 * Zod itself records (object shapes, arrays, unions, optional/default, enums,
 * numbers, string checks and their messages, `.describe()` and `.meta()`),
 * never field names, so a changed schema needs nothing here but
 * `npm run cms:config`. What content supplies (choices) and where the form
 * deliberately differs from the schema's order comes in as FormOptions.
 */

export type Option = { label: string; value: string };

export type DecapField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: Option[];
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
  label_singular?: string;
  [PLAIN_KEY]?: string;
};

/**
 * Fields whose values come from other content (a program's needs, an office's
 * municipality) or carry labels the schema's enum does not (business types),
 * keyed by dotted path without list indexes (`offices.municipality`).
 */
export type OptionSources = Record<string, Option[]>;

/** Where one field of the form departs from the schema, by dotted path without list indexes. */
export type FieldAdjustment = {
  /** Placed right after this sibling instead of in schema order. */
  after?: string;
  /** In place of the hint made from the description. */
  hint?: string;
  /** Added to the hint made from the description. */
  addHint?: string;
  /** For an object: shown open or folded, whatever its optionality says. */
  collapsed?: boolean;
};

export type FormOptions = { sources?: OptionSources; adjust?: Record<string, FieldAdjustment> };

type Meta = { description?: string; pattern?: string; examples?: unknown[] };

type Unwrapped = {
  core: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
  meta: Meta;
};

/** Samples a pattern is tried on to tell a date or a time from free text: the form then offers a picker. */
const DATE_SAMPLE = "2026-11-24";
const TIME_SAMPLE = "08:30";

/**
 * `optionalParent`: the label of an enclosing optional object. Decap checks a
 * required field even while its optional parent is left empty (and then
 * refuses to save), so inside one a field is asked for, not enforced; the
 * build still refuses the file if the parent is filled in without it.
 */
export function decapFields(schema: z.ZodType, options: FormOptions = {}, prefix = "", optionalParent?: string): DecapField[] {
  const { core } = unwrap(schema);
  if (def(core).type !== "object") throw new Error(`${prefix || "(root)"}: an object schema is needed for a form`);
  // A key the schema names only to refuse it with advice (hours.text) is no field of the form.
  const fields = Object.entries(def(core).shape as Record<string, z.ZodType>)
    .filter(([, child]) => def(unwrap(child).core).type !== "never")
    .map(([name, child]) => decapField(name, child, options, prefix ? `${prefix}.${name}` : name, optionalParent));
  return placed(fields, options.adjust ?? {}, prefix);
}

/** Fields an adjustment places after a sibling, moved there; the rest keep the schema's order. */
function placed(fields: DecapField[], adjust: Record<string, FieldAdjustment>, prefix: string): DecapField[] {
  const out = [...fields];
  for (const f of fields) {
    const after = adjust[prefix ? `${prefix}.${f.name}` : f.name]?.after;
    if (!after) continue;
    if (!out.some((x) => x.name === after)) throw new Error(`${prefix}.${f.name}: the form cannot place it after "${after}", which is not beside it`);
    out.splice(out.indexOf(f), 1);
    out.splice(out.findIndex((x) => x.name === after) + 1, 0, f);
  }
  return out;
}

function decapField(name: string, schema: z.ZodType, options: FormOptions, path: string, optionalParent?: string): DecapField {
  const u = unwrap(schema);
  const described = labelAndHint(u.meta.description, name);
  // Choices read from content are shown by name: what the file holds for them (a file name) is not what staff pick.
  const { label, hint } = options.sources?.[path] ? byName(described) : described;
  const base: DecapField = { name, label, widget: "string" };
  if (u.optional || optionalParent) base.required = false;
  if (u.defaultValue !== undefined) base.default = u.defaultValue;
  const field = { ...base, ...widgetFor(u, schema, options, path, label, optionalParent) };
  // Validation names the key (staff writing a file see keys); the form shows the label instead.
  if (field.pattern) field.pattern = [field.pattern[0], field.pattern[1].replace(new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z]) ?`, "g"), `「${label}」`)];
  const adjustment = options.adjust?.[path];
  const askedFor = optionalParent && !u.optional ? `「${optionalParent}」を書くときは必ず入力します` : undefined;
  // A picker (days, a date, a time, a list of choices) already shows what to give; a YAML example would only confuse.
  const picked = field.widget === "select" || field.widget === "datetime";
  // A widget may word its own hint where the description speaks of how the file is written (a plain-text-or-object list).
  const own = adjustment?.hint ?? field.hint ?? (hint && picked ? withoutExamples(hint) : hint);
  const hints = [own, askedFor, adjustment?.addHint].filter(Boolean).join("。");
  if (hints) field.hint = hints;
  if (adjustment?.collapsed !== undefined) field.collapsed = adjustment.collapsed;
  return field;
}

function widgetFor(u: Unwrapped, schema: z.ZodType, options: FormOptions, path: string, label: string, optionalParent?: string): Partial<DecapField> {
  const d = def(u.core);
  const source = options.sources?.[path];
  switch (d.type) {
    case "object": {
      const parent = optionalParent ?? (u.optional ? label : undefined);
      return { widget: "object", fields: decapFields(u.core, options, path, parent), collapsed: u.optional, summary: summaryOf(u.core) };
    }
    case "array": {
      const rawElement = d.element as z.ZodType;
      const element = unwrap(rawElement);
      const elementType = def(element.core).type;
      const { min, max } = lengthLimits(u.core);
      // An optional list left empty is simply not written (admin/front-matter-format.ts), so its minimum
      // only holds once it has items; Decap would instead refuse to save an entry that leaves it empty.
      const enforced = !u.optional && !optionalParent;
      const limits = { ...(min !== undefined && min > 0 && enforced ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      if (source || elementType === "enum") {
        return { widget: "select", multiple: true, options: source ?? enumOptions(element.core), ...limits };
      }
      const plain = plainOrObject(rawElement);
      if (plain) return plainOrObjectList(plain, options, path, label, limits);
      if (elementType === "object") {
        return {
          widget: "list",
          label_singular: singular(label),
          fields: decapFields(element.core, options, path),
          summary: summaryOf(element.core),
          collapsed: false,
          ...limits,
        };
      }
      const item = decapField("item", rawElement, options, `${path}[]`);
      // Open, so that each word or date is seen in its box rather than folded under the list's name.
      return { widget: "list", field: { ...item, label: singular(label) }, label_singular: singular(label), collapsed: false, ...limits };
    }
    case "enum":
      return { widget: "select", options: source ?? enumOptions(u.core) };
    case "number":
      return numberWidget(u.core);
    case "boolean":
      return { widget: "boolean" };
    case "string":
      if (source) return { widget: "select", options: source };
      return stringWidget(u, schema);
    default:
      throw new Error(`${path}: Zod type "${d.type}" has no form widget; add a case in lib/cms/decap-fields.ts`);
  }
}

/**
 * A list item that is either plain text or an object whose first field is
 * that text (a flow item: 「商工会」, or 「よろず支援拠点」 with a link).
 * The form shows the object, with every field but the first optional; an item
 * with the first field alone is written back as plain text.
 */
function plainOrObject(schema: z.ZodType): { object: z.ZodType; key: string } | undefined {
  const d = def(schema);
  if (d.type !== "union") return undefined;
  const options = (d.options as z.ZodType[]).map((o) => unwrap(o).core);
  const objects = options.filter((o) => def(o).type === "object");
  const scalars = options.filter((o) => def(o).type === "string");
  if (objects.length !== 1 || scalars.length !== 1 || options.length !== 2) return undefined;
  const [key, first] = Object.entries(def(objects[0]).shape as Record<string, z.ZodType>)[0] ?? [];
  return key && def(unwrap(first).core).type === "string" ? { object: objects[0], key } : undefined;
}

function plainOrObjectList(plain: { object: z.ZodType; key: string }, options: FormOptions, path: string, label: string, limits: object): Partial<DecapField> {
  const fields = decapFields(plain.object, options, path);
  const main = fields.find((f) => f.name === plain.key)!;
  const rest = fields
    .filter((f) => f !== main)
    .map((f) => ({ ...f, required: false, hint: [f.hint, `空けておくと「${main.label}」だけの項目になります`].filter(Boolean).join("。") }));
  return {
    widget: "list",
    hint: `「${main.label}」だけの項目も、${rest.map((f) => `「${f.label}」`).join("・")}を添えた項目も作れます`,
    label_singular: singular(label),
    fields: [main, ...rest],
    summary: `{{fields.${plain.key}}}`,
    collapsed: false,
    [PLAIN_KEY]: plain.key,
    ...limits,
  };
}

function stringWidget(u: Unwrapped, schema: z.ZodType): Partial<DecapField> {
  const checks = checksOf(u.core);
  const regex = checks.find((c) => c.check === "string_format" && c.format === "regex") ?? outputRegex(schema);
  const pattern = u.meta.pattern ?? (regex?.pattern instanceof RegExp ? regex.pattern.source : undefined);
  if (pattern) {
    const re = new RegExp(pattern);
    if (re.test(DATE_SAMPLE)) return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
    if (re.test(TIME_SAMPLE)) return { widget: "datetime", format: "HH:mm", date_format: false, time_format: "HH:mm" };
    const example = u.meta.examples?.find((e): e is string => typeof e === "string");
    const message =
      (regex && messageOf(regex.error)) ?? typeMessage(schema) ?? (example ? `「${example}」のような形で書いてください` : "書き方が正しくありません");
    return { widget: "string", pattern: [pattern, message] };
  }
  const max = checks.find((c) => c.check === "max_length");
  if (typeof max?.maximum === "number") {
    return { widget: "string", pattern: [`^[\\s\\S]{0,${max.maximum}}$`, messageOf(max.error) ?? `${max.maximum}字以内で書いてください`] };
  }
  return { widget: "string" };
}

/**
 * A value written one way and checked after conversion (an extension typed as
 * 641 or "641", then checked as digits): the check on the converted text.
 */
function outputRegex(schema: z.ZodType): CheckDef | undefined {
  for (let s: z.ZodType | undefined = schema; s; ) {
    const d = def(s);
    if (d.type === "string") return checksOf(s).find((c) => c.check === "string_format" && c.format === "regex");
    s = (d.type === "pipe" ? d.out : d.innerType) as z.ZodType | undefined;
  }
  return undefined;
}

function numberWidget(core: z.ZodType): Partial<DecapField> {
  const checks = checksOf(core);
  const int = checks.some((c) => c.check === "number_format" && /int/.test(String(c.format)));
  const out: Partial<DecapField> = { widget: "number", value_type: int ? "int" : "float", step: int ? 1 : 0.001 };
  for (const c of checks) {
    if (typeof c.value !== "number") continue;
    const exclusiveStep = c.inclusive ? 0 : int ? 1 : 0;
    if (c.check === "greater_than") out.min = c.value + exclusiveStep;
    if (c.check === "less_than") out.max = c.value - exclusiveStep;
  }
  return out;
}

/** The Zod wrappers staff never see: optional/default make a field not required, a pipe or transform is edited on its input side. */
function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  const meta: Meta = {};
  const take = (m: Meta | undefined) => {
    if (!m) return;
    meta.description ??= m.description;
    meta.pattern ??= m.pattern;
    meta.examples ??= m.examples;
  };
  for (;;) {
    take(z.globalRegistry.get(s) as Meta | undefined);
    const d = def(s);
    if (d.type === "optional" || d.type === "nullable") {
      optional = true;
      s = d.innerType as z.ZodType;
    } else if (d.type === "default" || d.type === "prefault") {
      optional = true;
      defaultValue ??= typeof d.defaultValue === "function" ? (d.defaultValue as () => unknown)() : d.defaultValue;
      s = d.innerType as z.ZodType;
    } else if (d.type === "readonly" || d.type === "catch") {
      s = d.innerType as z.ZodType;
    } else if (d.type === "pipe") {
      s = d.in as z.ZodType;
    } else if (d.type === "union") {
      // A form field has one type; the first alternative is the one staff are told to write (e.g. a string over a number).
      s = (d.options as z.ZodType[])[0];
    } else {
      return { core: s, optional, defaultValue, meta };
    }
  }
}

/**
 * 「組織（例: 青森県商工労働部）」 → label 「組織」, hint 「例: 青森県商工労働部」;
 * 「休業する日のうち…: 祝日、年末年始」 → label and the list as the hint.
 * The schema's descriptions are written for staff already; only their shape is split.
 */
export function labelAndHint(description: string | undefined, name: string): { label: string; hint?: string } {
  if (!description) return { label: name };
  const cut = description.search(/[（。]|: /);
  if (cut <= 0) return { label: description };
  const hint = description
    .slice(cut)
    .replace(/^（([^）]*)）/, "$1")
    .replace(/^(。|: )/, "")
    .replace(/^。/, "")
    .trim();
  return hint ? { label: description.slice(0, cut).trim(), hint } : { label: description.slice(0, cut).trim() };
}

/** 「例: [月, 火]。出典に曜日がないときは書きません」 → 「出典に曜日がないときは書きません」. */
function withoutExamples(hint: string): string | undefined {
  return sentencesWithout(hint, /^例: /);
}

/** 「関連する制度のファイル名」（拡張子なし） → 「関連する制度」. */
function byName({ label, hint }: { label: string; hint?: string }): { label: string; hint?: string } {
  return { label: label.replace(/のファイル名$/, ""), hint: hint && sentencesWithout(hint, /ファイル名|拡張子/) };
}

function sentencesWithout(text: string, unwanted: RegExp): string | undefined {
  return (
    text
      .split("。")
      .filter((s) => !unwanted.test(s))
      .join("。") || undefined
  );
}

/** 「担当窓口の一覧」 → 「担当窓口」: what one item of the list is called (「担当窓口を追加」). */
function singular(label: string): string {
  return label.replace(/の一覧$/, "");
}

function enumOptions(core: z.ZodType): Option[] {
  const entries = def(core).entries as Record<string, string | number>;
  return Object.values(entries).map((v) => ({ label: String(v), value: String(v) }));
}

/** A list item is shown folded as its first required text fields, so a long list stays readable. */
function summaryOf(objectSchema: z.ZodType): string | undefined {
  const shape = def(objectSchema).shape as Record<string, z.ZodType>;
  const names = Object.entries(shape)
    .filter(([, s]) => {
      const u = unwrap(s);
      return !u.optional && ["string", "enum"].includes(def(u.core).type as string);
    })
    .map(([n]) => `{{fields.${n}}}`)
    .slice(0, 2);
  return names.length ? names.join(" ") : undefined;
}

function lengthLimits(core: z.ZodType): { min?: number; max?: number } {
  const checks = checksOf(core);
  const min = checks.find((c) => c.check === "min_length")?.minimum;
  const max = checks.find((c) => c.check === "max_length")?.maximum;
  return { min: typeof min === "number" ? min : undefined, max: typeof max === "number" ? max : undefined };
}

type ErrorMap = (issue: unknown) => unknown;

type CheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: ErrorMap;
};

function checksOf(core: z.ZodType): CheckDef[] {
  const checks = (def(core).checks ?? []) as { _zod: { def: CheckDef } }[];
  return checks.map((c) => c._zod.def);
}

/**
 * The schema's own Japanese message for a wrongly written value, so the form
 * says what `npm run validate` would. A message that quotes what was typed
 * (「いまは…」) is shown without that part: the form's message is fixed in advance.
 */
export function messageOf(error: ErrorMap | undefined, issue: Record<string, unknown> = { code: "invalid_format", input: "" }): string | undefined {
  let out: unknown;
  try {
    out = error?.(issue);
  } catch {
    return undefined;
  }
  const text = typeof out === "string" ? out : typeof (out as { message?: unknown } | undefined)?.message === "string" ? (out as { message: string }).message : undefined;
  return text && withoutCurrentValue(text);
}

/** The message a string field gives for text that is written but wrong (its type's error, asked about a string). */
function typeMessage(schema: z.ZodType): string | undefined {
  for (let s: z.ZodType | undefined = schema; s; ) {
    const d = def(s);
    const message = messageOf(d.error as ErrorMap | undefined, { code: "invalid_type", expected: "string", input: "" });
    if (message) return message;
    s = (d.innerType ?? d.in) as z.ZodType | undefined;
  }
  return undefined;
}

export function withoutCurrentValue(message: string): string {
  return message.replace(/（いまは[^）]*）/g, "").replace(/。いまは[^。]*/g, "");
}

function def(s: z.ZodType): Record<string, unknown> & { type: string } {
  return (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}
