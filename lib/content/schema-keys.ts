import type { z } from "zod";
import { fieldAt, reflect, type SchemaField } from "./schema/reflection";

/** The keys a strict object accepts at `path` of a file, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const field = fieldAt(reflect(schema), path);
  return field?.kind === "object" ? keysOf(field) : [];
}

/** A key declared only to be refused (hours' `text`) is not one to suggest. */
const keysOf = (object: SchemaField) => object.fields.filter((f) => f.kind !== "refused").map((f) => f.name);

/**
 * Every place (the path of the object that holds it, lists as index 0) where
 * `key` is a field, so a key indented under the wrong parent can be sent home.
 */
export function placesOfKey(schema: z.ZodType, key: string): (string | number)[][] {
  let places = PLACES.get(schema);
  if (!places) {
    places = new Map();
    collectPlaces(reflect(schema), [], places);
    PLACES.set(schema, places);
  }
  return places.get(key) ?? [];
}

/** Computed once per schema: a file with thousands of unknown keys asks once per key. */
const PLACES = new WeakMap<z.ZodType, Map<string, (string | number)[][]>>();

function collectPlaces(field: SchemaField, at: (string | number)[], places: Map<string, (string | number)[][]>) {
  if (field.kind === "either") return field.alternatives.forEach((a) => collectPlaces(a, at, places));
  if (field.item) collectPlaces(field.item, [...at, 0], places);
  if (field.kind !== "object") return;
  for (const key of keysOf(field)) places.set(key, [...(places.get(key) ?? []), at]);
  for (const child of field.fields) collectPlaces(child, [...at, child.name], places);
}
