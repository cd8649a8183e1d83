import type { z } from "zod";
import { checkBody, type InternalLink } from "./body";
import { parseFrontMatter } from "./front-matter";
import { formatFieldPath, type ContentIssue } from "./issues";
import { unsafeCharacterMessage, unsafeCharacters } from "./characters";
import { decodeContentFile } from "./decode";
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
  /** The front matter as written, before the schema's defaults and conversions (what a review record quotes). */
  raw: unknown;
  /** Markdown body, without front-matter. */
  body: string;
  /** An issue about the field at `path` of this file, with its line. */
  at: (path: readonly PropertyKey[], message: string, pointAtKey?: boolean) => ContentIssue;
};

export type LinkInFile = InternalLink & { file: string };

export type ReadEntry<T> = { entry?: Entry<T>; issues: ContentIssue[]; links: LinkInFile[] };

export function readEntry<S extends z.ZodType>(schema: S, bytes: Uint8Array, file: string, slug: string): ReadEntry<z.output<S>> {
  const decoded = decodeContentFile(bytes);
  if (!decoded.ok) return { issues: [{ file, ...(decoded.line ? { line: decoded.line } : {}), message: decoded.message }], links: [] };
  const text = decoded.text;
  const fm = parseFrontMatter(text);
  const body = fm.ok ? { text: fm.body, startLine: fm.bodyStartLine } : fm.split && { text: fm.split.body, startLine: fm.split.bodyStartLine };
  const issues: ContentIssue[] = characterIssues(text, file, body?.startLine, fm.fieldAt);
  const links: LinkInFile[] = [];
  const checkTheBody = () => {
    if (!body) return;
    const checked = checkBody(body.text);
    const toFileLine = (line?: number) => (line !== undefined ? line + body.startLine - 1 : undefined);
    for (const p of checked.problems) issues.push({ file, line: toFileLine(p.line), column: p.column, field: "本文", message: p.message });
    links.push(...checked.internalLinks.map((l) => ({ ...l, file, line: toFileLine(l.line) })));
  };
  if (!fm.ok) {
    issues.push(...fm.problems.map((p) => ({ file, ...p })));
    checkTheBody();
    return { issues: sortedByPosition(issues), links };
  }

  const at: Entry<unknown>["at"] = (path, message, pointAtKey = false) => {
    const pos = fm.lineOf(path, pointAtKey);
    return { file, line: pos?.line, column: pos?.column, field: formatFieldPath(path) || undefined, message };
  };
  const result = schema.safeParse(fm.data, { reportInput: true });
  if (!result.success) {
    for (const zi of withoutMisplacedRequired(expandUnions(result.error.issues), schema)) {
      const missing = zi.code === "invalid_type" && zi.input === undefined;
      const path = zi.code === "unrecognized_keys" ? [...zi.path, zi.keys[0]] : zi.path;
      issues.push(at(path, explainZodIssue(zi, zi.code === "unrecognized_keys" ? keysAt(schema, zi.path) : [], schema), zi.code === "unrecognized_keys" || missing));
    }
  }
  checkTheBody();
  return { entry: result.success ? { slug, file, data: result.data, raw: fm.data, body: fm.body, at } : undefined, issues: sortedByPosition(issues), links };
}

/** More than this from one file is a file to rewrite, not a list to read; the rest are counted. */
const ISSUES_SHOWN = 50;

/** Issues of one file in the order of its lines, so staff can work down the file. */
function sortedByPosition(issues: ContentIssue[]): ContentIssue[] {
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i).map((x) => x.issue);
}

/** In the order of the lines, and at most ISSUES_SHOWN of them with a count of the rest. */
export function byPosition(issues: ContentIssue[]): ContentIssue[] {
  const sorted = sortedByPosition(issues);
  if (sorted.length <= ISSUES_SHOWN) return sorted;
  const rest = sorted.length - ISSUES_SHOWN;
  const after = sorted[ISSUES_SHOWN - 1];
  return [
    ...sorted.slice(0, ISSUES_SHOWN),
    { file: after.file, message: `このファイルには、ほかに ${rest} 件の問題があります。上の問題を直してから、もう一度確かめてください（書き方が大きく違うときは、編集ガイド（docs/editing.md）の例から作り直すのが早道です）` },
  ];
}

/** At most this many lines with unsafe characters are named; a file full of them says how many more. */
const CHARACTER_LINES_SHOWN = 10;

/** Unsafe characters wherever they stand, by line: as typed they cannot be seen, so the line is what staff need. */
function characterIssues(text: string, file: string, bodyStartLine: number | undefined, fieldAt?: (offset: number) => string | undefined): ContentIssue[] {
  const found = unsafeCharacters(text);
  if (found.length === 0) return [];
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const byLine = new Map<number, { first: (typeof found)[number]; column: number; more: number }>();
  let line = 0;
  for (const c of found) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= c.index) line++;
    const seen = byLine.get(line + 1);
    if (seen) seen.more++;
    else byLine.set(line + 1, { first: c, column: c.index - lineStarts[line] + 1, more: 0 });
  }
  const lines = [...byLine.entries()];
  const issues = lines.slice(0, CHARACTER_LINES_SHOWN).map(([n, { first, column, more }]): ContentIssue => {
    const inBody = bodyStartLine !== undefined && n >= bodyStartLine;
    return { file, line: n, column, field: inBody ? "本文" : fieldAt?.(first.index), message: unsafeCharacterMessage(first, more) };
  });
  const rest = lines.length - CHARACTER_LINES_SHOWN;
  if (rest > 0) issues[issues.length - 1].message += `（このファイルのほかの ${rest} 行にもあります）`;
  return issues;
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
 * "did you mean" hint on the first already says everything, so drop the
 * second. Likewise a required key indented under the wrong parent: the hint
 * on it says where it belongs.
 */
function withoutMisplacedRequired(issues: z.core.$ZodIssue[], schema: z.ZodType): z.core.$ZodIssue[] {
  const meant = new Set<string>();
  const elsewhere = new Set<string>();
  for (const i of issues) {
    if (i.code !== "unrecognized_keys") continue;
    for (const k of i.keys) {
      const near = didYouMean(k, keysAt(schema, i.path));
      if (near) meant.add(JSON.stringify([...i.path, near]));
      elsewhere.add(k);
    }
  }
  return issues.filter((i) => {
    const missing = i.code === "invalid_type" && i.input === undefined;
    if (!missing) return true;
    const key = i.path[i.path.length - 1];
    return !meant.has(JSON.stringify(i.path)) && !(typeof key === "string" && elsewhere.has(key));
  });
}
