import type { z } from "zod";

/** The keys a strict object accepts at `path`, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    if (def.type === "object" && def.shape && typeof key === "string") current = def.shape[key];
    else if (def.type === "array" && typeof key === "number") current = def.element;
    else return [];
  }
  const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType> } | undefined;
  if (def?.type !== "object" || !def.shape) return [];
  // A key declared only to be refused (hours' `text`) is not one to suggest.
  return Object.entries(def.shape)
    .filter(([, s]) => unwrap(s)?._zod.def.type !== "never")
    .map(([k]) => k);
}

/** Down to the object or array a person writes: through optional/default, the input side of a pipe, and a union's object form. */
function unwrap(s: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let node = s;
  for (let guard = 0; node && guard < 10; guard++) {
    const def = node._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; options?: z.core.$ZodType[] };
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) node = def.innerType;
    else if (def.type === "pipe" && def.in) node = def.in;
    else if (def.type === "union" && def.options) node = def.options.find((o) => ["object", "array"].includes(String(unwrap(o)?._zod.def.type)));
    else break;
  }
  return node;
}

/**
 * Every place (the path of the object that holds it, lists as index 0) where
 * `key` is a field, so a key indented under the wrong parent can be sent home.
 */
export function placesOfKey(schema: z.ZodType, key: string): (string | number)[][] {
  let places = PLACES.get(schema);
  if (!places) {
    places = new Map();
    collectPlaces(schema, schema, [], places, 0);
    PLACES.set(schema, places);
  }
  return places.get(key) ?? [];
}

/** Computed once per schema: a file with thousands of unknown keys asks once per key. */
const PLACES = new WeakMap<z.ZodType, Map<string, (string | number)[][]>>();

function collectPlaces(schema: z.ZodType, s: z.core.$ZodType | undefined, at: (string | number)[], places: Map<string, (string | number)[][]>, depth: number) {
  const node = unwrap(s);
  if (!node || depth > 12) return;
  const def = node._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
  if (def.type === "array") collectPlaces(schema, def.element, [...at, 0], places, depth + 1);
  if (def.type !== "object" || !def.shape) return;
  for (const key of keysAt(schema, at)) places.set(key, [...(places.get(key) ?? []), at]);
  for (const [k, child] of Object.entries(def.shape)) collectPlaces(schema, child, [...at, k], places, depth + 1);
}
