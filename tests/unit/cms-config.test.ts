import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BUSINESS_TYPES } from "@/lib/content/business-types";
import { COLLECTION_NAMES, COLLECTIONS } from "@/lib/content/collections";
import { CONFIRMATION_RULE, notInSourceMessage } from "@/lib/content/confirmed";
import { loadContent } from "@/lib/content/load";
import { NEED_GROUPS } from "@/lib/content/need-groups";
import { confirmationSchema } from "@/lib/content/schema";
import { FILE_NAME_FIELD, HOURS_WIDGET, PLAIN_KEY, SAVE_CHECK_FIELD } from "@/lib/cms/admin/constants";
import { fieldOrder, fromFile, withoutEmpty } from "@/lib/cms/admin/front-matter-format";
import { buildCmsConfig, CMS_CONFIG_FILE, cmsConfigText, cmsRepository } from "@/lib/cms/config";
import { decapFields, type DecapField } from "@/lib/cms/decap-fields";

const root = path.resolve(__dirname, "../..");
const loaded = loadContent(path.join(root, "content"), root);
const committed = fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8");
type Collection = { name: string; folder?: string; fields?: DecapField[]; files?: { file: string; fields: DecapField[] }[] };
const config = parse(committed) as { collections: Collection[]; backend: { repo?: string } };
const allFields = (name: string): DecapField[] => {
  const c = config.collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0].fields;
};
const formOf = (name: string): DecapField[] => allFields(name).filter((f) => ![FILE_NAME_FIELD, "body", SAVE_CHECK_FIELD].includes(f.name));
const orders = COLLECTION_NAMES.map((name) => fieldOrder(allFields(name)));
const byPath = (fields: DecapField[], dotted: string): DecapField =>
  dotted.split(".").reduce<DecapField | undefined>((f, name) => (f ? f.fields : fields)?.find((x) => x.name === name), undefined)!;

/**
 * Every field path a schema accepts, read from its JSON Schema (a different
 * route through Zod than the generator's), with whether the form must insist
 * on it. A field an optional object requires is required in the form too: the
 * form checks such an object only once something in it is filled in
 * (lib/cms/admin/widgets.ts).
 */
function schemaPaths(schema: z.ZodType): { path: string; required: boolean }[] {
  const out: { path: string; required: boolean }[] = [];
  type Json = { properties?: Record<string, Json>; required?: string[]; items?: Json; anyOf?: Json[]; type?: string; not?: unknown };
  const objectOf = (node: Json) => (node.properties ? node : node.anyOf?.find((n) => n.properties));
  const walk = (node: Json, prefix: string, plainKey?: string) => {
    const object = objectOf(node);
    for (const [key, child] of Object.entries(object?.properties ?? {})) {
      // A key declared only to be refused (hours' `text`, derived from the other fields) is not asked for.
      if (child.not !== undefined) continue;
      const p = prefix ? `${prefix}.${key}` : key;
      // An item written as plain text stands for its object's first field; the others may then be left out.
      const required = (object?.required?.includes(key) ?? false) && (plainKey === undefined || key === plainKey);
      out.push({ path: p, required });
      const inner = child.items ?? child.anyOf?.find((n) => n.items)?.items ?? child;
      const innerObject = objectOf(inner);
      const plain = inner.anyOf?.some((n) => n.type === "string") && innerObject ? Object.keys(innerObject.properties!)[0] : undefined;
      if (innerObject) walk(inner, p, plain);
    }
  };
  walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json, "");
  return out;
}

function formPaths(fields: DecapField[], prefix = ""): { path: string; required: boolean }[] {
  return fields.flatMap((f) => {
    const p = prefix ? `${prefix}.${f.name}` : f.name;
    return [{ path: p, required: f.required !== false }, ...(f.fields ? formPaths(f.fields, p) : [])];
  });
}

function everyField(fields: DecapField[]): DecapField[] {
  return fields.flatMap((f) => [f, ...everyField(f.fields ?? []), ...(f.field ? [f.field] : [])]);
}

describe("CMS configuration (public/admin/config.yml)", () => {
  // The committed file is the one written without any deployment's settings.
  const deployment = ["CMS_OAUTH_BASE_URL", "ISSUES_URL", "SITE_URL"].map((k) => [k, process.env[k]] as const);
  beforeAll(() => {
    for (const [k] of deployment) delete process.env[k];
    delete process.env.CMS_REPO;
  });
  afterEach(() => {
    delete process.env.CMS_REPO;
  });
  afterAll(() => {
    for (const [k, v] of deployment) if (v !== undefined) process.env[k] = v;
  });

  it("is up to date with the schema and content (run `npm run cms:config`)", () => {
    expect(committed).toBe(cmsConfigText(root));
  });

  it.each(COLLECTION_NAMES)("the %s form has every field of the schema, required exactly where the schema requires it", (name) => {
    const expected = schemaPaths(COLLECTIONS[name].schema).sort((a, b) => a.path.localeCompare(b.path));
    const actual = formPaths(formOf(name)).sort((a, b) => a.path.localeCompare(b.path));
    expect(expected.length).toBeGreaterThan(1);
    expect(actual).toEqual(expected);
  });

  it("has one collection per kind of content file, each needs file its own entry", () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    const needs = config.collections.find((c) => c.name === "needs")!;
    expect(needs.folder).toBe(`content/${COLLECTIONS.needs.folder}`);
  });

  it("offers content's own choices, read through the loader: needs by label, municipalities, programs, pages", () => {
    const programs = formOf("programs");
    const values = (f: DecapField) => f.options!.map((o) => o.value);
    expect(byPath(programs, "categories").options).toEqual(loaded.needs.map((n) => ({ label: n.label, value: n.slug })));
    expect(values(byPath(programs, "offices.municipality"))).toEqual(loaded.areas!.municipalities.map((m) => m.name));
    expect(values(byPath(programs, "schedule.venues.municipality"))).toEqual(loaded.areas!.municipalities.map((m) => m.name));
    expect(values(byPath(programs, "related"))).toEqual(loaded.programs.map((p) => p.slug));
    const flow = formOf("flow");
    expect(values(byPath(flow, "generalDesks"))).toEqual(loaded.programs.map((p) => p.slug));
    const links = values(byPath(flow, "stages.boxes.items.link"));
    for (const p of loaded.programs) expect(links).toContain(`/programs/${p.slug}`);
    for (const n of loaded.needs) expect(links).toContain(`/needs/${n.slug}`);
    expect(links).toContain("/phone-book");
    expect(values(byPath(formOf("areas"), "municipalities.region"))).toEqual(loaded.areas!.regions.map((r) => r.id));
  });

  it("shows fixed keys by the Japanese labels pages use (business types, need groups)", () => {
    expect(byPath(formOf("programs"), "businessTypes").options).toEqual(BUSINESS_TYPES.map((b) => ({ label: b.label, value: b.key })));
    expect(byPath(formOf("needs"), "group").options).toEqual(NEED_GROUPS.map((g) => ({ label: g.label, value: g.key })));
  });

  it("speaks plain Japanese: no field labelled by its key, no hint or check message quoting a value typed earlier", () => {
    for (const name of COLLECTION_NAMES) {
      for (const f of everyField(formOf(name))) {
        expect(f.label, `${name}: ${f.name}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]|^URL$/);
        for (const text of [f.hint, f.pattern?.[1]].filter((t): t is string => !!t)) {
          expect(text, `${name}: ${f.name}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
          expect(text, `${name}: ${f.name}`).not.toMatch(/いまは|undefined|expected|regex|\[.*,.*\]/);
          expect(text, `${name}: ${f.name} is named by its label in the form`).not.toMatch(new RegExp(`(?<![A-Za-z])${f.name}(?![A-Za-z])`));
        }
      }
    }
  });

  it("asks for the confirmation record right after the numbers, the e-mail address and the form, open, in the words validation uses", () => {
    const recordLabel = confirmationSchema.meta()?.title;
    for (const holder of ["contacts", "offices"]) {
      const fields = byPath(formOf("programs"), holder).fields!;
      const names = fields.map((f) => f.name);
      expect(names.slice(names.indexOf("fax")), holder).toEqual(expect.arrayContaining(["email", "form"]));
      expect(names.indexOf("confirmed"), holder).toBe(Math.max(...["fax", "email", "form"].map((n) => names.indexOf(n))) + 1);
      const record = fields.find((f) => f.name === "confirmed")!;
      expect(record).toMatchObject({ widget: "object", collapsed: false, required: false, label: recordLabel });
      expect(record.hint).toContain(CONFIRMATION_RULE);
      // The validation message itself carries the rule in the same words.
      expect(notInSourceMessage({ kind: "TEL", number: "017-000-0000" })).toContain(CONFIRMATION_RULE);
      for (const asked of ["tel.number", "fax", "email", "form"]) expect(byPath(fields, asked).hint, asked).toContain(`「${recordLabel}」`);
      expect(byPath(fields, "confirmed.date")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD" });
      expect(byPath(fields, "confirmed.method").widget).toBe("select");
    }
  });

  it("picks hours as days, times and closures, shows the sentence beside them, and never asks for the derived text", () => {
    const hours = byPath(formOf("programs"), "offices.hours");
    expect(hours.widget).toBe(HOURS_WIDGET);
    expect(byPath(formOf("programs"), "contacts.hours").widget).toBe(HOURS_WIDGET);
    expect(hours.fields!.map((f) => f.name)).not.toContain("text");
    expect(byPath(hours.fields!, "days")).toMatchObject({ widget: "select", multiple: true });
    expect(byPath(hours.fields!, "days").options!.map((o) => o.value)).toEqual(["月", "火", "水", "木", "金", "土", "日"]);
    for (const t of ["open", "close"]) expect(byPath(hours.fields!, t)).toMatchObject({ widget: "datetime", format: "HH:mm", date_format: false });
    expect(byPath(hours.fields!, "closedOn")).toMatchObject({ widget: "select", multiple: true });
    expect(byPath(hours.fields!, "otherClosures").widget).toBe("list");
    const dates = byPath(formOf("programs"), "schedule.venues.dates");
    expect(dates.field).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
  });

  it("leaves what is written to validation: no pattern is copied from the schema into the form", () => {
    for (const name of COLLECTION_NAMES) for (const f of everyField(formOf(name))) expect(f.pattern, `${name}: ${f.name}`).toBeUndefined();
  });

  it("reorders no list by dragging, which a keyboard cannot do", () => {
    for (const name of COLLECTION_NAMES) for (const f of everyField(formOf(name)).filter((x) => x.widget === "list")) expect(f.allow_reorder, `${name}: ${f.name}`).toBe(false);
  });

  it("lets every real file, read as the form reads it, through the form's own checks (lists' minimum length, choices)", () => {
    const check = (fields: DecapField[], data: Record<string, unknown>, where: string) => {
      for (const f of fields) {
        const value = data[f.name];
        if (value === undefined) {
          expect(f.required === false, `${where}.${f.name} is required by the form`).toBe(true);
          continue;
        }
        if (f.min !== undefined && Array.isArray(value)) expect(value.length).toBeGreaterThanOrEqual(f.min);
        if (f.options && f.widget === "select") {
          for (const v of [value].flat()) expect(f.options.map((o) => o.value), `${where}.${f.name}`).toContain(String(v));
        }
        if (f.fields) for (const item of [value].flat()) check(f.fields, item as Record<string, unknown>, `${where}.${f.name}`);
      }
    };
    let files = 0;
    for (const c of config.collections) {
      const paths = c.folder ? fs.readdirSync(path.join(root, c.folder)).map((f) => `${c.folder}/${f}`) : c.files!.map((f) => f.file);
      for (const file of paths) {
        check(formOf(c.name), fromFile(fs.readFileSync(path.join(root, file), "utf8"), orders), file);
        files++;
      }
    }
    expect(files).toBe(loaded.programs.length + loaded.needs.length + COLLECTION_NAMES.filter((n) => COLLECTIONS[n].count === "one").length);
  });

  it("takes the GitHub repository from CMS_REPO and invents none", () => {
    expect(config.backend.repo).toBeUndefined();
    expect(committed).toMatch(/^# backend\.repo: CMS_REPO was not set/m);
    process.env.CMS_REPO = "prefecture-org/shien-navi";
    expect((buildCmsConfig(root).backend as { repo: string }).repo).toBe("prefecture-org/shien-navi");
    expect(cmsConfigText(root)).not.toContain("CMS_REPO was not set");
    expect(() => cmsRepository("https://github.com/a/b")).toThrow(/owner\/name/);
    expect(cmsRepository(" ")).toBeUndefined();
  });
});

describe("decapFields", () => {
  const schema = z.strictObject({
    name: z.string().min(1).meta({ title: "名前", examples: ["青森市"] }),
    kind: z.enum(["甲", "乙"]).default("甲").meta({ title: "種類" }),
    days: z.array(z.enum(["月", "火"])).min(1).optional().meta({ title: "曜日", description: "ないときは書きません", examples: [["月", "火"]] }),
    open: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "時刻は 08:30 の形で" }).optional(),
    day: z.string().meta({ pattern: "^\\d{4}-\\d{2}-\\d{2}(\\(.\\))?$" }),
    code: z.string().regex(/^[A-Z]{3}$/, { error: "英大文字3字で" }),
    tel: z
      .string()
      .refine((v) => /^0\d+-\d+-\d+$/.test(v), { error: (i) => `番号は 017-734-9243 のように。いまは「${String(i.input)}」です` })
      .meta({ pattern: "^0\\d+-\\d+-\\d+$" }),
    plain: z.string().meta({ pattern: "^[a-z]+$", examples: ["abc"] }),
    count: z.number().int().positive(),
    ratio: z.number().min(0).max(1),
    ext: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+$/, { error: "数字だけで" })).optional().meta({ pattern: "^\\d+$" }),
    short: z.string().max(5, { error: (i) => `5字以内に（いまは${String(i.input).length}字です）` }),
    items: z.array(z.strictObject({ label: z.string().meta({ title: "見出し" }), note: z.string().optional() }).meta({ title: "項目" })).min(1).meta({ title: "項目の一覧" }),
    words: z.array(z.string()).optional(),
    pick: z.string().meta({ title: "選ぶもの", written: "ファイル名" }),
    typed: z.string().meta({ title: "書くもの", written: "ファイル名", description: "小文字で" }),
    boxes: z.array(z.union([z.string(), z.strictObject({ text: z.string().meta({ title: "文字" }), link: z.string().meta({ title: "リンク先" }) })])).optional(),
    fax: z.string().optional(),
    record: z.strictObject({ date: z.string() }).optional(),
    refused: z.never().optional(),
  });
  const fields = Object.fromEntries(
    decapFields(schema, {
      choices: { pick: [{ label: "A", value: "a" }] },
      adjust: { record: { after: "name", collapsed: false, hint: "記録の説明" }, fax: { addHint: "足した説明" } },
    }).map((f, i) => [f.name, { ...f, position: i }]),
  );

  it("maps each kind of field to the widget staff fill in, labelled and hinted by the schema's meta", () => {
    expect(fields.name).toMatchObject({ widget: "string", label: "名前", hint: "例: 青森市" });
    expect(fields.name.required).toBeUndefined();
    expect(fields.kind).toMatchObject({ widget: "select", required: false, default: "甲", options: [{ label: "甲", value: "甲" }, { label: "乙", value: "乙" }] });
    expect(fields.days).toMatchObject({ widget: "select", multiple: true, required: false, hint: "ないときは書きません" });
    expect(fields.days.min).toBeUndefined();
    expect(fields.open).toMatchObject({ widget: "datetime", format: "HH:mm", date_format: false, time_format: "HH:mm" });
    expect(fields.day).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
    for (const f of [fields.code, fields.tel, fields.plain, fields.ext, fields.short]) expect(f).toMatchObject({ widget: "string" });
    for (const f of [fields.code, fields.tel, fields.plain, fields.ext, fields.short]) expect(f).not.toHaveProperty("pattern");
    expect(fields.count).toMatchObject({ widget: "number", value_type: "int", min: 1 });
    expect(fields.ratio).toMatchObject({ widget: "number", value_type: "float", min: 0, max: 1 });
    expect(fields.ext.required).toBe(false);
    expect(fields.items).toMatchObject({ widget: "list", min: 1, summary: "{{fields.label}}", label_singular: "項目", allow_reorder: false });
    expect(fields.items.fields!.map((f) => [f.name, f.required])).toEqual([["label", undefined], ["note", false]]);
    expect(fields.words).toMatchObject({ widget: "list", field: { widget: "string" } });
    expect(fields).not.toHaveProperty("refused");
  });

  it("offers content's choices by name, without how a file holds them, which a typed field tells", () => {
    expect(fields.pick).toMatchObject({ widget: "select", label: "選ぶもの", options: [{ label: "A", value: "a" }] });
    expect(fields.pick.hint).toBeUndefined();
    expect(fields.typed).toMatchObject({ widget: "string", label: "書くもの", hint: "ファイル名。小文字で" });
  });

  it("edits a list of plain text or { text, link } as objects whose first field alone is plain text", () => {
    expect(fields.boxes).toMatchObject({ widget: "list", [PLAIN_KEY]: "text", summary: "{{fields.text}}" });
    expect(fields.boxes.fields!.map((f) => [f.name, f.required])).toEqual([["text", undefined], ["link", false]]);
    expect(fields.boxes.hint).toBe("「文字」だけの項目も、「リンク先」を添えた項目も作れます");
  });

  it("places, opens and words a field where the configuration says", () => {
    expect(fields.record.position).toBe(fields.name.position + 1);
    expect(fields.record).toMatchObject({ collapsed: false, hint: "記録の説明" });
    expect(fields.fax.hint).toBe("足した説明");
    expect(() => decapFields(schema, { adjust: { record: { after: "nothing" } } })).toThrow(/after "nothing"/);
  });

  it("refuses a type it has no widget for, instead of leaving the field out", () => {
    expect(() => decapFields(z.strictObject({ when: z.date() }))).toThrow(/^when: .* has no form widget/);
  });

  it("requires what an optional object requires, saying when, and shows a derived sentence where adjusted", () => {
    const nested = decapFields(
      z.strictObject({ record: z.strictObject({ date: z.string().meta({ title: "日" }), note: z.string().optional() }).optional().meta({ title: "記録" }) }),
      { adjust: { record: { preview: "hours" } } },
    );
    expect(nested[0]).toMatchObject({ widget: HOURS_WIDGET, required: false });
    expect(nested[0].fields![0]).toMatchObject({ name: "date", hint: "「記録」を書くときは必ず入力します" });
    expect(nested[0].fields![0].required).toBeUndefined();
    expect(nested[0].fields![1].required).toBe(false);
  });
});

describe("the /admin front-matter format", () => {
  it("keeps what was written where YAML 1.2 would read another number (extension: 0641 stays 0641)", () => {
    const program = fs.readFileSync(path.join(root, loaded.programs.find((p) => p.contacts[0].tel.length)!.file), "utf8");
    const text = program.replace(/(\n {6}- number: [0-9-]+\n)/, "$1        extension: 0641\n");
    expect(text).not.toBe(program);
    const data = fromFile(text, orders) as { contacts: { tel: { extension?: unknown }[] }[] };
    expect(data.contacts[0].tel[0].extension).toBe("0641");
  });

  it("leaves out empty answers at every depth", () => {
    expect(withoutEmpty({ a: [{ b: "" }], c: 0, d: false })).toEqual({ c: 0, d: false });
  });
});
