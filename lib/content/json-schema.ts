import { COLLECTIONS, type ChoiceLists, type Collection, type Collections } from "./collections";
import { editorJsonSchema, jsonSchemaAt } from "./schema/reflection";

/**
 * JSON Schemas for editors, generated from the collections' schemas so that
 * they can never disagree with what the build accepts: what a person writes
 * (`extension: 641` as a number, a date as 2023-04-20), not what the loader
 * returns. Choices that are content (which needs exist) are written in where
 * COLLECTIONS lists them (`form.listedInJsonSchema`), read when the schemas
 * are generated (`npm run schema`).
 */
export function jsonSchemaFiles(collections: Collections = COLLECTIONS): string[] {
  return Object.values<Collection>(collections).map((c) => c.jsonSchema);
}

export function jsonSchemaText(file: string, choices: ChoiceLists, collections: Collections = COLLECTIONS): string {
  const c = Object.values<Collection>(collections).find((x) => x.jsonSchema === file);
  if (!c) throw new Error(`no collection writes ${file}`);
  const json = editorJsonSchema(c.schema);
  for (const field of c.form.listedInJsonSchema ?? []) {
    const list = c.form.choices?.[field];
    const node = jsonSchemaAt(json, field);
    if (!list || !node) throw new Error(`${file}: ${field} is listed in the JSON Schema but is no field with choices`);
    const values = choices[list];
    const listed = { type: "string" as const, enum: values.map((v) => v.value), description: `${node.written ?? node.title}: ${values.map((v) => `${v.value}（${v.label}）`).join("、")}` };
    if (node.type === "array") node.items = listed;
    else Object.assign(node, listed);
  }
  // The file's title says which collection it checks: 「制度ファイル」, 「相談フロー」 (a one-file collection is named by its file).
  const title = `あおもり支援ナビ ${c.label}${c.count === "many" ? "ファイル" : ""}の front-matter`;
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
