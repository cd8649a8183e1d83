import { programSchema } from "@/lib/content/schema";
import { dataPath, fieldPhrase, reflect, type SchemaField } from "@/lib/content/schema/reflection";
import { JSON_EXTRA_FIELDS } from "./programs";

/**
 * The fields of programs.json, read from the content schema itself (its
 * reflection, with the titles and descriptions the schema carries), so that a
 * field added to content/ is documented on /data the moment it is published.
 */
export type JsonField = { path: string; type: string; required: boolean; description: string };

/** Each program's fields as written in content/ (its front-matter), as the loader returns them. */
export function programJsonFields(): JsonField[] {
  return fieldsOf(reflect(programSchema, "output")).map((f) => ({ path: dataPath(f), type: typeOf(f), required: f.required, description: fieldPhrase(f) }));
}

/** An object's fields, each followed by the fields of the object it holds or lists. */
function fieldsOf(object: SchemaField): SchemaField[] {
  return object.fields.flatMap((f) => [f, ...(f.kind === "object" ? fieldsOf(f) : f.item?.kind === "object" ? fieldsOf(f.item) : [])]);
}

function typeOf(f: SchemaField): string {
  const type = f.json.type ?? f.json.anyOf?.map((a) => a.type).join(" | ") ?? "any";
  return type === "array" && f.item?.json.type ? `${f.item.json.type}[]` : String(type);
}

/** What programs.json adds to each program beyond its front-matter. */
export function addedJsonFields(): JsonField[] {
  return JSON_EXTRA_FIELDS.map((f) => ({ path: f.name, type: f.type, required: f.required, description: f.description }));
}
