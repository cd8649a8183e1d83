import type { z } from "zod";

/** The keys a strict object accepts at `path`, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema as unknown as z.core.$ZodType;
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let node = s;
    for (let guard = 0; node && guard < 10; guard++) {
      const def = node._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
      if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) node = def.innerType;
      else if (def.type === "pipe" && def.in) node = def.in;
      else break;
    }
    return node;
  };
  for (const key of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    if (def.type === "object" && def.shape && typeof key === "string") current = def.shape[key];
    else if (def.type === "array" && typeof key === "number") current = def.element;
    else return [];
  }
  current = unwrap(current);
  const def = current?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
