import fs from "node:fs";
import path from "node:path";
import { applyPatch, parsePatch, type StructuredPatch } from "diff";
import { root } from "./content-tree";

/** tests/fixtures/: base/ holds valid files, invalid/ the cases made from them. */
export const FIXTURES = path.join(root, "tests/fixtures");

/**
 * The files a case writes under content/, from its patch: a unified diff
 * (`diff -U0`). Every removed line must be the base's own line at the line
 * number the hunk gives: a patch that does not fit its base exactly is an
 * error, never applied somewhere near.
 *
 * A patch in a collection folder (invalid/programs/NAME.patch) is one change
 * to one file and needs no header lines: the folder's one file under base/
 * (base/programs/energy-saving.md) is what it changes, and content/<folder>/NAME.md
 * is where the changed text goes. If it keeps the `---`/`+++` lines, they must
 * name exactly those two. An empty patch is the base as it is, under NAME.md.
 *
 * A patch in trees/ has one part per file, each with its header lines: `---`
 * names the valid file it changes, relative to tests/fixtures/, or /dev/null
 * for a file written whole; `+++` names where the changed text goes.
 */
export function patchedFiles(patchFile: string): Record<string, string> {
  const name = path.relative(root, patchFile);
  const parts = parsePatch(fs.readFileSync(patchFile, "utf8"));
  const folder = path.basename(path.dirname(patchFile));
  // Several parts would all be written to the one NAME.md, each over the last.
  if (folder !== "trees" && parts.length !== 1) throw new Error(`${name}: a case in a collection folder changes one file, so its patch has one part`);
  const files: Record<string, string> = {};
  for (const part of parts) {
    const { from, to } = folder === "trees" ? namedEnds(part, name) : collectionEnds(part, folder, patchFile, name);
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

function namedEnds(part: StructuredPatch, name: string) {
  const { oldFileName: from, newFileName: to } = part;
  if (!from || !to?.startsWith("content/")) throw new Error(`${name}: each part begins with "--- base/<folder>/<file>.md" (or /dev/null) and "+++ content/<folder>/<file>.md"`);
  return { from, to };
}

function collectionEnds(part: StructuredPatch, folder: string, patchFile: string, name: string) {
  const baseDir = path.join(FIXTURES, "base", folder);
  const bases = fs.existsSync(baseDir) ? fs.readdirSync(baseDir) : [];
  // With more than one, a patch without headers could not say which it changes.
  if (bases.length !== 1) throw new Error(`${name}: tests/fixtures/base/${folder}/ must hold exactly one file, the base of every patch in invalid/${folder}/; it holds ${bases.length}`);
  const ends = { from: `base/${folder}/${bases[0]}`, to: `content/${folder}/${path.basename(patchFile, ".patch")}.md` };
  // parsePatch leaves both names undefined when the header lines are left out.
  if (part.oldFileName === undefined && part.newFileName === undefined) return ends;
  // Headers that name anything else would be silently overruled by the folder, so they are refused.
  if (part.oldFileName !== ends.from || part.newFileName !== ends.to) throw new Error(`${name}: its header lines must be "--- ${ends.from}" and "+++ ${ends.to}", or be left out`);
  return ends;
}
