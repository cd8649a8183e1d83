import { z } from "zod";
import { areasSchema, flowSchema, programSchema } from "./schema";

/**
 * JSON Schemas for editors, generated from the Zod schema so that they can
 * never disagree with what the build accepts. `io: "input"` describes what a
 * person writes (e.g. `extension: 641` as a number), not what the loader returns.
 */
export const JSON_SCHEMAS = {
  "schemas/program.schema.json": { schema: programSchema, title: "あおもり支援ナビ 制度ファイルの front-matter" },
  "schemas/flow.schema.json": { schema: flowSchema, title: "あおもり支援ナビ 相談フローの front-matter" },
  "schemas/areas.schema.json": { schema: areasSchema, title: "あおもり支援ナビ 市町村の一覧の front-matter" },
} as const;

export function jsonSchemaText(file: keyof typeof JSON_SCHEMAS): string {
  const { schema, title } = JSON_SCHEMAS[file];
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-7", unrepresentable: "any" });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
