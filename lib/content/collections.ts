import type { z } from "zod";
import { areasSchema, flowSchema, needSchema, programSchema } from "./schema";

/**
 * Every kind of file under content/: its folder, what it may contain, whether
 * there is one file or one per entry, and what staff call it. The loader, the
 * editor's JSON Schemas and the messages all read this table, so a collection
 * is added here and nowhere else.
 */
export type Collection<S extends z.ZodType = z.ZodType> = {
  folder: string;
  schema: S;
  count: "one" | "many";
  /** What staff call one file of it, in messages. */
  label: string;
  /** The editor's JSON Schema for its front-matter (`npm run schema`). */
  jsonSchema: string;
};

export const COLLECTIONS = {
  programs: { folder: "programs", schema: programSchema, count: "many", label: "制度", jsonSchema: "schemas/program.schema.json" },
  needs: { folder: "needs", schema: needSchema, count: "many", label: "困りごと", jsonSchema: "schemas/need.schema.json" },
  flow: { folder: "flow", schema: flowSchema, count: "one", label: "相談フロー", jsonSchema: "schemas/flow.schema.json" },
  areas: { folder: "areas", schema: areasSchema, count: "one", label: "市町村の一覧", jsonSchema: "schemas/areas.schema.json" },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS).filter((k): k is CollectionName => k in COLLECTIONS);

/** 「制度は content/programs/、困りごとは content/needs/ …」 */
export function whereEachGoes(): string {
  return COLLECTION_NAMES.map((name) => `${COLLECTIONS[name].label}は content/${COLLECTIONS[name].folder}/`).join("、");
}
