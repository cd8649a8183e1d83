import { z } from "zod";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from "./collections";
import { programSchema } from "./schema";

/**
 * JSON Schemas for editors, generated from the Zod schemas so that they can
 * never disagree with what the build accepts. `io: "input"` describes what a
 * person writes (e.g. `extension: 641` as a number, a date as 2023-04-20),
 * not what the loader returns. Which needs exist is content, so the programs'
 * `categories` list is given the need slugs read from content/needs/ when the
 * schemas are generated (`npm run schema`).
 */
export type EditorContext = { needs: { slug: string; label: string }[] };

export const JSON_SCHEMA_FILES = COLLECTION_NAMES.map((name) => COLLECTIONS[name].jsonSchema);

const TITLES: Record<CollectionName, string> = {
  programs: "あおもり支援ナビ 制度ファイルの front-matter",
  needs: "あおもり支援ナビ 困りごとファイルの front-matter",
  flow: "あおもり支援ナビ 相談フローの front-matter",
  areas: "あおもり支援ナビ 市町村の一覧の front-matter",
};

function editorSchema(name: CollectionName, { needs }: EditorContext): z.ZodType {
  if (name !== "programs" || needs.length === 0) return COLLECTIONS[name].schema;
  const [first, ...rest] = needs.map((n) => n.slug);
  const labels = needs.map((n) => `${n.slug}（${n.label}）`).join("、");
  return programSchema.extend({
    categories: z
      .array(z.enum([first, ...rest]).describe(`困りごとのファイル名: ${labels}`))
      .min(1)
      .describe(programSchema.shape.categories.description ?? ""),
  });
}

export function jsonSchemaText(file: string, context: EditorContext): string {
  const name = COLLECTION_NAMES.find((n) => COLLECTIONS[n].jsonSchema === file);
  if (!name) throw new Error(`no collection writes ${file}`);
  const json = z.toJSONSchema(editorSchema(name, context), { io: "input", target: "draft-7", unrepresentable: "any" });
  return `${JSON.stringify({ ...json, title: TITLES[name] }, null, 2)}\n`;
}
