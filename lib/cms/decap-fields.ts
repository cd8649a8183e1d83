import { z } from "zod";

/**
 * Turns a Zod schema into Decap CMS form fields, so that the form staff fill in
 * is the same contract the build checks. Generic on purpose: it reads only what
 * Zod itself records (object shapes, arrays, optional/default, enums, numbers,
 * string checks, `.describe()` and `.meta()`), never field names, so a changed
 * schema needs nothing here but `npm run cms:config`.
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
  modes?: string[];
};

/**
 * Fields whose values come from other content (a program's needs, an office's
 * municipality) rather than from the schema itself, keyed by dotted path
 * without list indexes (`offices.municipality`).
 */
export type OptionSources = Record<string, Option[]>;

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
export function decapFields(schema: z.ZodType, sources: OptionSources = {}, prefix = "", optionalParent?: string): DecapField[] {
  const { core } = unwrap(schema);
  if (def(core).type !== "object") throw new Error(`${prefix || "(root)"}: an object schema is needed for a form`);
  // A key the schema names only to refuse it with advice (hours.text, the old lastChecked) is no field of the form.
  return Object.entries(def(core).shape as Record<string, z.ZodType>)
    .filter(([, child]) => def(unwrap(child).core).type !== "never")
    .map(([name, child]) => decapField(name, child, sources, prefix ? `${prefix}.${name}` : name, optionalParent));
}

function decapField(name: string, schema: z.ZodType, sources: OptionSources, path: string, optionalParent?: string): DecapField {
  const u = unwrap(schema);
  const { label, hint } = labelAndHint(u.meta.description, name);
  const base: DecapField = { name, label, widget: "string" };
  const askedFor = optionalParent && !u.optional ? `「${optionalParent}」を書くときは必ず入力します` : undefined;
  const hints = [hint, askedFor].filter(Boolean).join("。");
  if (hints) base.hint = hints;
  if (u.optional || optionalParent) base.required = false;
  if (u.defaultValue !== undefined) base.default = u.defaultValue;
  return { ...base, ...widgetFor(u, sources, path, label, optionalParent) };
}

function widgetFor(u: Unwrapped, sources: OptionSources, path: string, label: string, optionalParent?: string): Partial<DecapField> {
  const d = def(u.core);
  const source = sources[path];
  switch (d.type) {
    case "object": {
      const parent = optionalParent ?? (u.optional ? label : undefined);
      return { widget: "object", fields: decapFields(u.core, sources, path, parent), collapsed: u.optional, summary: summaryOf(u.core) };
    }
    case "array": {
      const element = unwrap(d.element as z.ZodType);
      const elementType = def(element.core).type;
      const { min, max } = lengthLimits(u.core);
      // An optional list left empty is simply not written (admin/front-matter-format.ts), so its minimum
      // only holds once it has items; Decap would instead refuse to save an entry that leaves it empty.
      const enforced = !u.optional && !optionalParent;
      const limits = { ...(min !== undefined && min > 0 && enforced ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      if (source || elementType === "enum") {
        return { widget: "select", multiple: true, options: source ?? enumOptions(element.core), ...limits };
      }
      if (elementType === "object") {
        return {
          widget: "list",
          label_singular: label,
          fields: decapFields(element.core, sources, path),
          summary: summaryOf(element.core),
          collapsed: false,
          ...limits,
        };
      }
      const item = decapField("item", d.element as z.ZodType, sources, `${path}[]`);
      return { widget: "list", field: { ...item, label }, ...limits };
    }
    case "enum":
      return { widget: "select", options: source ?? enumOptions(u.core) };
    case "number":
      return numberWidget(u.core);
    case "boolean":
      return { widget: "boolean" };
    case "string":
      if (source) return { widget: "select", options: source };
      return stringWidget(u);
    default:
      throw new Error(`${path}: Zod type "${d.type}" has no form widget; add a case in lib/cms/decap-fields.ts`);
  }
}

function stringWidget(u: Unwrapped): Partial<DecapField> {
  const checks = checksOf(u.core);
  const regex = checks.find((c) => c.check === "string_format" && c.format === "regex");
  const pattern = u.meta.pattern ?? (regex?.pattern instanceof RegExp ? regex.pattern.source : undefined);
  if (pattern) {
    const re = new RegExp(pattern);
    if (re.test(DATE_SAMPLE)) return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
    if (re.test(TIME_SAMPLE)) return { widget: "datetime", format: "HH:mm", date_format: false, time_format: "HH:mm" };
    const example = u.meta.examples?.find((e): e is string => typeof e === "string");
    const message = (regex && messageOf(regex)) ?? (example ? `「${example}」のような形で書いてください` : "書き方が正しくありません");
    return { widget: "string", pattern: [pattern, message] };
  }
  const max = checks.find((c) => c.check === "max_length");
  if (typeof max?.maximum === "number") {
    return { widget: "string", pattern: [`^[\\s\\S]{0,${max.maximum}}$`, messageOf(max) ?? `${max.maximum}字以内で書いてください`] };
  }
  return { widget: "string" };
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
 * 「組織（例: 青森県商工労働部）」 → label 「組織」, hint 「例: 青森県商工労働部」.
 * The schema's descriptions are written for staff already; only their shape is split.
 */
export function labelAndHint(description: string | undefined, name: string): { label: string; hint?: string } {
  if (!description) return { label: name };
  const cut = description.search(/[（。]/);
  if (cut <= 0) return { label: description };
  const hint = description
    .slice(cut)
    .replace(/^（([^）]*)）/, "$1")
    .replace(/^。/, "")
    .trim();
  return hint ? { label: description.slice(0, cut).trim(), hint } : { label: description.slice(0, cut).trim() };
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

type CheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
};

function checksOf(core: z.ZodType): CheckDef[] {
  const checks = (def(core).checks ?? []) as { _zod: { def: CheckDef } }[];
  return checks.map((c) => c._zod.def);
}

/** The check's own Japanese message, so the form says what the build would say. */
function messageOf(check: CheckDef): string | undefined {
  try {
    const out = check.error?.({ code: "invalid_format", input: "" });
    if (typeof out === "string") return out;
    if (out && typeof out === "object" && typeof (out as { message?: unknown }).message === "string") return (out as { message: string }).message;
  } catch {
    // A message built from the failing input cannot be shown ahead of time.
  }
  return undefined;
}

function def(s: z.ZodType): Record<string, unknown> & { type: string } {
  return (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}
