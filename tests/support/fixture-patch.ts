import fs from "node:fs";
import path from "node:path";
import { applyPatch, parsePatch } from "diff";
import { root } from "./content-tree";

/** tests/fixtures/: base/ holds valid files, invalid/ the cases made from them. */
export const FIXTURES = path.join(root, "tests/fixtures");

/**
 * The files a case writes under content/, from its patch: a unified diff
 * (`diff -U0`) with one part per file. A part's `---` line names the valid
 * file it changes, relative to tests/fixtures/ (base/programs/energy-saving.md),
 * or /dev/null for a file written whole; its `+++` line names where the
 * changed text goes (content/programs/NAME.md). Every removed line must be
 * the base's own line at the line number the hunk gives: a patch that does
 * not fit its base exactly is an error, never applied somewhere near.
 */
export function patchedFiles(patchFile: string): Record<string, string> {
  const name = path.relative(root, patchFile);
  const files: Record<string, string> = {};
  for (const part of parsePatch(fs.readFileSync(patchFile, "utf8"))) {
    const { oldFileName: from, newFileName: to } = part;
    if (!from || !to?.startsWith("content/")) throw new Error(`${name}: each part begins with "--- base/<folder>/<file>.md" (or /dev/null) and "+++ content/<folder>/<file>.md"`);
    const base = from === "/dev/null" ? "" : fs.readFileSync(path.join(FIXTURES, from), "utf8");
    const lines = base.split("\n");
    for (const h of part.hunks) {
      const old = h.lines.filter((l) => l[0] === "-" || l[0] === " ").map((l) => l.slice(1));
      const at = old.findIndex((l, i) => lines[h.oldStart - 1 + i] !== l);
      if (at !== -1) throw new Error(`${name}: line ${h.oldStart + at} of ${from} is not「${old[at]}」; make the patch again with diff -U0 (see tests/unit/invalid-fixtures.test.ts)`);
    }
    const text = applyPatch(base, part);
    if (text === false) throw new Error(`${name}: the change to ${from} does not apply`);
    files[to.slice("content/".length)] = text;
  }
  if (!Object.keys(files).length) throw new Error(`${name}: no file in the patch`);
  return files;
}
