import type { z } from "zod";
import { checkBody, type InternalLink } from "./body";
import { parseFrontMatter } from "./front-matter";
import { formatFieldPath, type ContentIssue } from "./issues";
import { decodeContentFile } from "./read-text";
import { keysAt } from "./schema-keys";
import { didYouMean, explainZodIssue } from "./zod-messages";

/**
 * One file of any collection, read the same way: decode, split the
 * front-matter, check it against the collection's schema, check the body.
 * What it finds is worded for staff with the file, line and field.
 */
export type Entry<T> = {
  slug: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  /** Markdown body, without front-matter. */
  body: string;
  /** An issue about the field at `path` of this file, with its line. */
  at: (path: readonly PropertyKey[], message: string, pointAtKey?: boolean) => ContentIssue;
};

export type LinkInFile = InternalLink & { file: string };

export type ReadEntry<T> = { entry?: Entry<T>; issues: ContentIssue[]; links: LinkInFile[] };

export function readEntry<S extends z.ZodType>(schema: S, bytes: Uint8Array, file: string, slug: string): ReadEntry<z.output<S>> {
  const decoded = decodeContentFile(bytes);
  if (!decoded.ok) return { issues: [{ file, message: decoded.message }], links: [] };
  const fm = parseFrontMatter(decoded.text);
  if (!fm.ok) return { issues: [{ file, line: fm.line, column: fm.column, message: fm.message }], links: [] };

  const at: Entry<unknown>["at"] = (path, message, pointAtKey = false) => {
    const pos = fm.lineOf(path, pointAtKey);
    return { file, line: pos?.line, column: pos?.column, field: formatFieldPath(path) || undefined, message };
  };
  const issues: ContentIssue[] = [];
  const result = schema.safeParse(fm.data, { reportInput: true });
  if (!result.success) {
    for (const zi of withoutMisspeltRequired(expandUnions(result.error.issues), schema)) {
      const missing = zi.code === "invalid_type" && zi.input === undefined;
      const path = zi.code === "unrecognized_keys" ? [...zi.path, zi.keys[0]] : zi.path;
      issues.push(at(path, explainZodIssue(zi, zi.code === "unrecognized_keys" ? keysAt(schema, zi.path) : []), zi.code === "unrecognized_keys" || missing));
    }
  }
  const body = checkBody(fm.body);
  const toFileLine = (line?: number) => (line !== undefined ? line + fm.bodyStartLine - 1 : undefined);
  for (const p of body.problems) issues.push({ file, line: toFileLine(p.line), column: p.column, field: "本文", message: p.message });
  const links = body.internalLinks.map((l) => ({ ...l, file, line: toFileLine(l.line) }));
  return { entry: result.success ? { slug, file, data: result.data, body: fm.body, at } : undefined, issues, links };
}

/**
 * A value that may be written two ways (a flow item: text, or text with a
 * link) fails as "neither"; when its shape shows which way the editor meant,
 * report what is wrong with that way instead.
 */
function expandUnions(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const meant = issue.errors.filter((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
    if (meant.length !== 1) return [issue];
    return expandUnions(meant[0].map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

/**
 * `titel:` produces two issues, an unknown key and a missing `title`; the
 * "did you mean" hint on the first already says everything, so drop the second.
 */
function withoutMisspeltRequired(issues: z.core.$ZodIssue[], schema: z.ZodType): z.core.$ZodIssue[] {
  const misspelt = new Set<string>();
  for (const i of issues) {
    if (i.code !== "unrecognized_keys") continue;
    for (const k of i.keys) {
      const near = didYouMean(k, keysAt(schema, i.path));
      if (near) misspelt.add(JSON.stringify([...i.path, near]));
    }
  }
  return issues.filter((i) => !(i.code === "invalid_type" && i.input === undefined && misspelt.has(JSON.stringify(i.path))));
}
