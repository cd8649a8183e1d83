import fs from "node:fs";
import path from "node:path";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMAS, jsonSchemaText } from "@/lib/content/json-schema";

const root = path.resolve(__dirname, "../..");
const files = Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[];

/** The same check the editor extension runs (see .remarkrc.mjs), against the committed schema file. */
function editorLinter(schemaFile: keyof typeof JSON_SCHEMAS) {
  const embed = JSON.parse(fs.readFileSync(path.join(root, schemaFile), "utf8"));
  const processor = remark().use(remarkFrontmatter).use(remarkLintFrontmatterSchema, { embed });
  return async (markdown: string) => {
    const file = await processor.process(new VFile({ value: markdown, path: path.join(root, "content/example.md"), cwd: root }));
    return file.messages.map((m) => ({ line: m.line, reason: m.reason }));
  };
}

describe("editor JSON Schemas", () => {
  it.each(files)("%s is up to date with lib/content/schema.ts (run `npm run schema`)", (file) => {
    expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(jsonSchemaText(file));
  });

  it("accept every real content file", { timeout: 120_000 }, async () => {
    for (const [dir, schema] of [
      ["programs", "schemas/program.schema.json"],
      ["flow", "schemas/flow.schema.json"],
      ["areas", "schemas/areas.schema.json"],
    ] as const) {
      const lint = editorLinter(schema);
      for (const name of fs.readdirSync(path.join(root, "content", dir))) {
        expect(await lint(fs.readFileSync(path.join(root, "content", dir, name), "utf8")), name).toEqual([]);
      }
    }
  });

  it("flag a misspelt key, an unknown category and a malformed phone number", { timeout: 30_000 }, async () => {
    const good = fs.readFileSync(path.join(root, "content/programs/energy-saving.md"), "utf8");
    const bad = good
      .replace("\ntitle:", "\ntitel:")
      .replace("  - energy-saving\n", "  - energy\n")
      .replace("number: 017-734-9243", "number: 017 734 9243");
    const messages = await editorLinter("schemas/program.schema.json")(bad);
    const lineOf = (needle: string) => bad.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(messages.some((m) => /additional properties/i.test(m.reason))).toBe(true);
    expect(messages.some((m) => /required property 'title'/.test(m.reason))).toBe(true);
    expect(messages.find((m) => /allowed values/.test(m.reason))?.line).toBe(lineOf("  - energy"));
    expect(messages.find((m) => /pattern/.test(m.reason))?.line).toBe(lineOf("017 734 9243"));
  });
});
