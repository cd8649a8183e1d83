import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, COLLECTIONS } from "@/lib/content/collections";
import { readChoices } from "@/lib/content/choices";
import { jsonSchemaFiles, jsonSchemaText } from "@/lib/content/json-schema";

const root = path.resolve(__dirname, "../..");
const choices = readChoices(root);

/** The same check the editor extension runs (see .remarkrc.mjs), against the committed schema file. */
function editorLinter(schemaFile: string) {
  const embed = JSON.parse(fs.readFileSync(path.join(root, schemaFile), "utf8"));
  const processor = remark().use(remarkFrontmatter).use(remarkLintFrontmatterSchema, { embed });
  return async (markdown: string) => {
    const file = await processor.process(new VFile({ value: markdown, path: path.join(root, "content/example.md"), cwd: root }));
    return file.messages.map((m) => ({ line: m.line, reason: m.reason }));
  };
}

describe("editor JSON Schemas", () => {
  it.each(jsonSchemaFiles())("%s is up to date with lib/content/schema/ and content/needs/ (run `npm run schema`)", (file) => {
    expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(jsonSchemaText(file, choices));
  });

  it("are mapped to their folders for both editors (.remarkrc.mjs, .vscode/settings.json)", async () => {
    const remarkConfig: { plugins: [unknown, [unknown, { schemas: Record<string, string[]> }]] } = (await import(pathToFileURL(path.join(root, ".remarkrc.mjs")).href)).default;
    const remarkMap = remarkConfig.plugins[1][1].schemas;
    const vscodeMap: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(root, ".vscode/settings.json"), "utf8"))["yaml.schemas"];
    for (const name of COLLECTION_NAMES) {
      const { folder, jsonSchema } = COLLECTIONS[name];
      expect(remarkMap[jsonSchema], name).toEqual([`content/${folder}/*.md`]);
      expect(vscodeMap[`./${jsonSchema}`], name).toEqual([`content/${folder}/*.md`]);
    }
  });

  it("accept every real content file", { timeout: 120_000 }, async () => {
    for (const name of COLLECTION_NAMES) {
      const { folder, jsonSchema } = COLLECTIONS[name];
      const lint = editorLinter(jsonSchema);
      for (const file of fs.readdirSync(path.join(root, "content", folder))) {
        expect(await lint(fs.readFileSync(path.join(root, "content", folder, file), "utf8")), file).toEqual([]);
      }
    }
  });

  it("flag a misspelt key, an unknown need, a malformed phone number, a written hours text and a malformed date", { timeout: 30_000 }, async () => {
    const good = fs.readFileSync(path.join(root, "content/programs/energy-saving.md"), "utf8");
    const bad = good
      .replace("\ntitle:", "\ntitel:")
      .replace("  - energy-saving\n", "  - energy\n")
      .replace("number: 017-734-9243", "number: 017 734 9243")
      .replace("\nupdated:", '\n    hours:\n      text: 平日\n      open: "08:30"\n      close: "17:15"\nschedule:\n  title: 日程\n  venues:\n    - name: 青森\n      place: 会場\n      dates:\n        - 4月20日\nupdated:');
    const messages = await editorLinter(COLLECTIONS.programs.jsonSchema)(bad);
    const lineOf = (needle: string) => bad.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(messages.some((m) => /additional properties/i.test(m.reason))).toBe(true);
    expect(messages.some((m) => /required property 'title'/.test(m.reason))).toBe(true);
    expect(messages.find((m) => /allowed values/.test(m.reason))?.line).toBe(lineOf("  - energy"));
    expect(messages.find((m) => /pattern/.test(m.reason) && m.line === lineOf("017 734 9243"))).toBeDefined();
    expect(messages.find((m) => m.line === lineOf("text: 平日"))).toBeDefined();
    expect(messages.find((m) => /pattern/.test(m.reason) && m.line === lineOf("4月20日"))).toBeDefined();
  });
});
