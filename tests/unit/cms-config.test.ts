import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { areasSchema, flowSchema, programSchema } from "@/lib/content/schema";
import { FILE_NAME_FIELD, HEADER_KEY } from "@/lib/cms/admin/constants";
import { fieldOrder, fromFile, toFile, withoutEmpty } from "@/lib/cms/admin/front-matter-format";
import { JA_PHRASES_MISSING, withMissingPhrases } from "@/lib/cms/admin/ja-phrases";
import { buildCmsConfig, CMS_CONFIG_FILE, cmsConfigText, repositoryOf } from "@/lib/cms/config";
import { decapFields, labelAndHint, type DecapField } from "@/lib/cms/decap-fields";

const root = path.resolve(__dirname, "../..");
const loaded = loadContent(path.join(root, "content"), root);
const committed = fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8");
type Collection = { name: string; folder?: string; fields?: DecapField[]; files?: { file: string; fields: DecapField[] }[] };
const config = parse(committed) as { collections: Collection[]; backend: { repo: string } };
const formOf = (name: string): DecapField[] => {
  const c = config.collections.find((x) => x.name === name)!;
  return (c.fields ?? c.files![0].fields).filter((f) => f.name !== FILE_NAME_FIELD && f.name !== "body");
};

/** Every field path a schema accepts, read from its JSON Schema (a different route through Zod than the generator's). */
function schemaPaths(schema: z.ZodType): { path: string; required: boolean }[] {
  const out: { path: string; required: boolean }[] = [];
  type Json = { properties?: Record<string, Json>; required?: string[]; items?: Json; anyOf?: Json[]; type?: string };
  // A field inside an optional object is required only once that object is filled in, which a form cannot enforce;
  const walk = (node: Json, prefix: string, enforced: boolean) => {
    const object = node.properties ? node : node.anyOf?.find((n) => n.properties);
    for (const [key, child] of Object.entries(object?.properties ?? {})) {
      const p = prefix ? `${prefix}.${key}` : key;
      const required = object?.required?.includes(key) ?? false;
      out.push({ path: p, required: enforced && required });
      const isObject = !child.items && !child.anyOf?.some((n) => n.items);
      const inner = child.items ?? child.anyOf?.find((n) => n.items)?.items ?? child;
      // A list item exists only once staff add it, and then its own required fields hold.
      if (inner.properties || inner.anyOf?.some((n) => n.properties)) walk(inner, p, isObject ? enforced && required : true);
    }
  };
  walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json, "", true);
  return out;
}

function formPaths(fields: DecapField[], prefix = ""): { path: string; required: boolean }[] {
  return fields.flatMap((f) => {
    const p = prefix ? `${prefix}.${f.name}` : f.name;
    return [{ path: p, required: f.required !== false }, ...(f.fields ? formPaths(f.fields, p) : [])];
  });
}

describe("CMS configuration (public/admin/config.yml)", () => {
  // The committed file is the one written without any deployment's settings.
  const deployment = ["CMS_OAUTH_BASE_URL", "ISSUES_URL", "SITE_URL"].map((k) => [k, process.env[k]] as const);
  beforeAll(() => {
    for (const [k] of deployment) delete process.env[k];
  });
  afterAll(() => {
    for (const [k, v] of deployment) if (v !== undefined) process.env[k] = v;
  });

  it("is up to date with the schema and content (run `npm run cms:config`)", async () => {
    expect(committed).toBe(await cmsConfigText(root));
  });

  it.each([
    ["programs", programSchema],
    ["flow", flowSchema],
    ["areas", areasSchema],
  ] as const)("the %s form has every field of the schema, required exactly where the schema requires it", (name, schema) => {
    const expected = schemaPaths(schema).sort((a, b) => a.path.localeCompare(b.path));
    const actual = formPaths(formOf(name)).sort((a, b) => a.path.localeCompare(b.path));
    expect(expected.length).toBeGreaterThan(10);
    expect(actual).toEqual(expected);
  });

  it("offers content's own choices: every program's needs, every municipality, every program to relate", () => {
    const programs = formOf("programs");
    const options = (name: string, fields = programs) => fields.find((f) => f.name === name)!.options!.map((o) => o.value);
    const used = new Set(loaded.programs.flatMap((p) => p.categories));
    expect(used.size).toBeGreaterThan(5);
    for (const slug of used) expect(options("categories")).toContain(slug);
    const officeFields = programs.find((f) => f.name === "offices")!.fields!;
    expect(options("municipality", officeFields)).toEqual(loaded.areas!.municipalities.map((m) => m.name));
    expect([...options("related")].sort()).toEqual(loaded.programs.map((p) => p.slug).sort());
  });

  it("lets every real file through the form's own checks (patterns, lists' minimum length)", () => {
    const check = (fields: DecapField[], data: Record<string, unknown>, where: string) => {
      for (const f of fields) {
        const value = data[f.name];
        if (value === undefined) {
          expect(f.required === false, `${where}.${f.name} is required by the form`).toBe(true);
          continue;
        }
        if (f.pattern) expect(String(value), `${where}.${f.name}`).toMatch(new RegExp(f.pattern[0]));
        if (f.min !== undefined && Array.isArray(value)) expect(value.length).toBeGreaterThanOrEqual(f.min);
        if (f.options && f.widget === "select") {
          for (const v of [value].flat()) expect(f.options.map((o) => o.value), `${where}.${f.name}`).toContain(String(v));
        }
        if (f.fields) for (const item of [value].flat()) check(f.fields, item as Record<string, unknown>, `${where}.${f.name}`);
        if (f.field?.pattern) for (const item of value as unknown[]) expect(String(item)).toMatch(new RegExp(f.field.pattern[0]));
      }
    };
    let files = 0;
    for (const c of config.collections) {
      const paths = c.folder ? fs.readdirSync(path.join(root, c.folder)).map((f) => `${c.folder}/${f}`) : c.files!.map((f) => f.file);
      for (const file of paths) {
        const fm = parseFrontMatter(fs.readFileSync(path.join(root, file), "utf8"));
        expect(fm.ok, file).toBe(true);
        if (fm.ok) check(formOf(c.name), fm.data as Record<string, unknown>, file);
        files++;
      }
    }
    expect(files).toBe(loaded.programs.length + 2);
  });

  it("names the repository the site reports issues to (ISSUES_URL), and none when none is configured", async () => {
    expect(config.backend.repo).toBeUndefined();
    process.env.ISSUES_URL = "https://github.com/owner/repo/issues/new";
    try {
      expect(((await buildCmsConfig(root)).backend as { repo?: string }).repo).toBe("owner/repo");
    } finally {
      delete process.env.ISSUES_URL;
    }
    expect(() => repositoryOf("https://git.test/issues")).toThrow(/GitHub/);
  });
});

describe("decapFields", () => {
  const schema = z.strictObject({
    name: z.string().min(1).describe("名前（例: 青森市）"),
    kind: z.enum(["甲", "乙"]).default("甲").describe("種類"),
    days: z.array(z.enum(["月", "火"])).min(1).optional(),
    open: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "時刻は 08:30 の形で" }).optional(),
    day: z.string().meta({ pattern: "^\\d{4}-\\d{2}-\\d{2}(\\(.\\))?$" }),
    code: z.string().regex(/^[A-Z]{3}$/, { error: "英大文字3字で" }),
    count: z.number().int().positive(),
    ratio: z.number().min(0).max(1),
    ext: z.union([z.string(), z.number()]).transform(String).pipe(z.string()).optional(),
    items: z.array(z.strictObject({ label: z.string().describe("見出し"), note: z.string().optional() })).min(1),
    words: z.array(z.string()).optional(),
    pick: z.string(),
  });
  const fields = Object.fromEntries(decapFields(schema, { pick: [{ label: "A", value: "a" }] }).map((f) => [f.name, f]));

  it("maps each kind of Zod field to the widget staff fill in", () => {
    expect(fields.name).toMatchObject({ widget: "string", label: "名前", hint: "例: 青森市" });
    expect(fields.name.required).toBeUndefined();
    expect(fields.kind).toMatchObject({ widget: "select", required: false, default: "甲", options: [{ label: "甲", value: "甲" }, { label: "乙", value: "乙" }] });
    expect(fields.days).toMatchObject({ widget: "select", multiple: true, required: false });
    expect(fields.days.min).toBeUndefined();
    expect(fields.open).toMatchObject({ widget: "datetime", format: "HH:mm", date_format: false, time_format: "HH:mm" });
    expect(fields.day).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
    expect(fields.code).toMatchObject({ widget: "string", pattern: ["^[A-Z]{3}$", "英大文字3字で"] });
    expect(fields.count).toMatchObject({ widget: "number", value_type: "int", min: 1 });
    expect(fields.ratio).toMatchObject({ widget: "number", value_type: "float", min: 0, max: 1 });
    expect(fields.ext).toMatchObject({ widget: "string", required: false });
    expect(fields.items).toMatchObject({ widget: "list", min: 1, summary: "{{fields.label}}" });
    expect(fields.items.fields!.map((f) => [f.name, f.required])).toEqual([["label", undefined], ["note", false]]);
    expect(fields.words).toMatchObject({ widget: "list", field: { widget: "string" } });
    expect(fields.pick).toMatchObject({ widget: "select", options: [{ label: "A", value: "a" }] });
  });

  it("refuses a Zod type it has no widget for, instead of leaving the field out", () => {
    expect(() => decapFields(z.strictObject({ when: z.date() }))).toThrow(/when: Zod type "date"/);
  });

  it.each([
    ["電話番号（例: 017-734-9243）", { label: "電話番号", hint: "例: 017-734-9243" }],
    ["このページの内容を最後に更新した日。未来の日付は書けません", { label: "このページの内容を最後に更新した日", hint: "未来の日付は書けません" }],
    ["番号を確かめた日（例: 2026-12-01）。未来の日付は書けません", { label: "番号を確かめた日", hint: "例: 2026-12-01。未来の日付は書けません" }],
    ["対象者", { label: "対象者" }],
    [undefined, { label: "key" }],
  ])("splits the description %s into a label and a hint", (description, expected) => {
    expect(labelAndHint(description, "key")).toEqual(expected);
  });
});

describe("the /admin front-matter format", () => {
  const files = ["programs", "flow", "areas"].flatMap((d) =>
    fs.readdirSync(path.join(root, "content", d)).map((f) => path.join("content", d, f)),
  );
  const programsForm = config.collections.find((c) => c.name === "programs")!.fields!;

  it.each(files)("reads and writes %s back to the same data, body and comments", (file) => {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const data = fromFile(text);
    const written = toFile(data, fieldOrder(programsForm));
    const before = parseFrontMatter(text);
    const after = parseFrontMatter(written);
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.data).toEqual(before.data);
    expect(after.body.trim()).toBe(before.body.trim());
    const firstComment = text.split("\n")[1];
    if (firstComment.startsWith("#")) expect(written.split("\n")[1]).toBe(firstComment);
  });

  it("writes keys in the form's order at every depth, leaves out empty answers and never writes the file name", () => {
    const written = toFile(
      {
        body: "本文",
        [FILE_NAME_FIELD]: "new-program",
        [HEADER_KEY]: "# note",
        source: { number: 3, document: "資料" },
        title: "制度",
        audience: "",
        offices: [{ tel: [{ number: "017-734-9243", note: "" }], name: "会場", hours: { days: [] } }],
      },
      fieldOrder(programsForm),
    );
    expect(written).toBe(
      "---\n# note\ntitle: 制度\noffices:\n  - name: 会場\n    tel:\n      - number: 017-734-9243\nsource:\n  document: 資料\n  number: 3\n---\n\n本文\n",
    );
    expect(withoutEmpty({ a: [{ b: "" }], c: 0, d: false })).toEqual({ c: 0, d: false });
  });

  it("keeps a long Japanese line on one line and a bare date as text", () => {
    const summary = "あ".repeat(100);
    const written = toFile({ summary, updated: "2026-11-24", extension: "641" });
    expect(written).toContain(`summary: ${summary}\n`);
    const parsed = parseFrontMatter(written);
    expect(parsed.ok && parsed.data).toEqual({ summary, updated: "2026-11-24", extension: "641" });
  });
});

describe("Japanese interface texts", () => {
  it("fills only what Decap's Japanese translation lacks", () => {
    const merged = withMissingPhrases({ editor: { editorWidgets: { list: { add: "既存" } } } } as never);
    const widgets = (merged.editor as Record<string, Record<string, Record<string, string>>>).editorWidgets;
    expect(widgets.list.add).toBe("既存");
    expect(widgets.object.expand).toBe(JA_PHRASES_MISSING.editor.editorWidgets.object.expand);
  });
});
