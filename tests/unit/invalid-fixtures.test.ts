import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COLLECTION_NAMES, COLLECTIONS } from "@/lib/content/collections";
import { formatIssue } from "@/lib/content/issues";
import { filesUnder } from "@/lib/content/read-text";
import { contentTree, removeTrees } from "../support/content-tree";
import { FIXTURES, patchedFiles } from "../support/fixture-patch";
import { GENERATED } from "../support/generated-fixtures";

/**
 * tests/fixtures/invalid/: content that must be refused, and beside each case
 * (NAME.expected.txt) the exact messages `npm run validate` must print for it.
 * Each case is validated in a copy of the real content (see contentTree).
 *
 * A case is a change to a valid file of tests/fixtures/base/, written as a
 * unified diff without context, NAME.patch (see patchedFiles):
 *
 *   @@ -20 +20 @@
 *   -audience: 県内中小企業者等
 *   +audience: "県内\t中小企業者等"
 *
 * - <collection folder>/NAME.patch: one mistake in one file, as staff could make
 *   it in a file of that collection (programs/, needs/, flow/, areas/), written
 *   to content/<folder>/NAME.md; a file of a one-file collection takes the
 *   real file's place. It changes the one file of base/<folder>/, so it needs
 *   no `---`/`+++` lines (kept, they must name that file and content/<folder>/NAME.md);
 *   an empty patch is the base as it is under NAME.md. NAME.md instead: a file
 *   no base changes into in a few lines (empty, no front-matter), as it is.
 * - trees/NAME.patch: one part per file, for what spans files (a value that
 *   must be unique across files, a reference from one file to another), each
 *   part with its header lines, `--- base/programs/energy-saving.md` (or
 *   `--- /dev/null` to write a file whole) and `+++ content/programs/NAME.md`.
 * - generated/NAME.expected.txt: what cannot be committed portably (links, a
 *   FIFO, a 50 MB file, a folder 200 deep, another encoding), made by
 *   tests/support/generated-fixtures.ts.
 *
 * To add a case: copy the base, make the one mistake, then drop diff's two header lines:
 *   diff -U0 tests/fixtures/base/programs/energy-saving.md /tmp/NAME.md | tail -n +3 > tests/fixtures/invalid/programs/NAME.patch
 * and run this file with UPDATE_FIXTURES=1 to write NAME.expected.txt; review it.
 * Refresh the expectations after a deliberate wording change the same way and review the diff.
 */
const dir = path.join(FIXTURES, "invalid");
const baseDir = path.join(FIXTURES, "base");
const folders = COLLECTION_NAMES.map((n) => COLLECTIONS[n].folder);
const relative = (from: string) => filesUnder(from).map((f) => path.relative(from, f).split(path.sep).join("/"));
const named = (sub: string, ext: string) => (fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : []);

const patched = folders.flatMap((folder) => named(folder, ".patch").map((name) => `${folder}/${name}`));
const whole = folders.flatMap((folder) => named(folder, ".md").map((name) => `${folder}/${name}`));
const trees = named("trees", ".patch");
const generated = named("generated", ".expected.txt");
const bases = relative(baseDir);

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  removeTrees(dirs);
});

function expectMessages(files: Record<string, string | Buffer>, expectedFile: string, names = Object.keys(files), prepare?: (content: string) => void) {
  const { issues } = contentTree(files, dirs, prepare);
  const actual = issues.map(formatIssue).join("\n") + "\n";
  if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual);
  expect(issues.length, "a fixture must produce at least one message").toBeGreaterThan(0);
  expect(actual).toBe(fs.readFileSync(expectedFile, "utf8"));
  for (const i of issues) expect(names.map((f) => `content/${f}`), `${i.file} is not one of the case's files`).toContain(i.file);
}

describe("invalid content fixtures", () => {
  it("pairs every case with its expectation and every expectation with its case", () => {
    const cases = new Set([...patched, ...whole, ...trees.map((n) => `trees/${n}`), ...generated.map((n) => `generated/${n}`)]);
    for (const f of relative(dir)) {
      const m = /^([^/]+)\/([^/]+?)(\.patch|\.md|\.expected\.txt)$/.exec(f);
      expect(m, `${f}: only <collection folder>/NAME.patch|.md, trees/NAME.patch and their NAME.expected.txt`).not.toBeNull();
      const [, top, , ext] = m!;
      expect([...folders, "trees", "generated"], `${f} is not in a collection folder, trees/ or generated/`).toContain(top);
      if (top === "trees") expect(ext, f).not.toBe(".md");
      if (top === "generated") expect(ext, `${f}: generated/ holds expectations only`).toBe(".expected.txt");
      if (ext === ".expected.txt") expect(cases, `${f} has no case`).toContain(f.slice(0, -ext.length));
    }
    for (const c of cases) expect(fs.existsSync(path.join(dir, `${c}.expected.txt`)), `${c} has no ${c}.expected.txt`).toBe(true);
    expect(Object.keys(GENERATED).sort(), "generated cases and generated/*.expected.txt").toEqual([...generated].sort());
  });

  it("writes each one-file case to content/<its folder>/NAME.md", () => {
    for (const c of patched) expect(Object.keys(patchedFiles(path.join(dir, `${c}.patch`))), c).toEqual([`${c}.md`]);
  });

  it("refuses a collection patch whose header lines name another base or target", () => {
    const programs = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fixture-patch-")), "programs");
    dirs.push(path.dirname(programs));
    fs.mkdirSync(programs);
    const patch = path.join(programs, "NAME.patch");
    const hunk = "@@ -20 +20 @@\n-audience: 県内中小企業者等\n+audience: 県内の中小企業者等\n";
    const write = (header: string) => fs.writeFileSync(patch, header + hunk);
    write("");
    expect(Object.keys(patchedFiles(patch))).toEqual(["programs/NAME.md"]);
    write("--- base/programs/energy-saving.md\n+++ content/programs/NAME.md\n");
    expect(Object.keys(patchedFiles(patch))).toEqual(["programs/NAME.md"]);
    write("--- base/needs/trial.md\n+++ content/programs/NAME.md\n");
    expect(() => patchedFiles(patch)).toThrow(/header lines must be "--- base\/programs\/energy-saving\.md"/);
    write("--- base/programs/energy-saving.md\n+++ content/programs/other.md\n");
    expect(() => patchedFiles(patch)).toThrow(/header lines must be/);
  });

  it.each(bases)("base/%s loads without a message, and cases change it", (base) => {
    const { issues } = contentTree({ [base]: fs.readFileSync(path.join(baseDir, base)) }, dirs);
    expect(issues.map(formatIssue)).toEqual([]);
    const folder = path.dirname(base);
    const uses = [...patched.filter((c) => c.startsWith(`${folder}/`)), ...trees.filter((n) => fs.readFileSync(path.join(dir, "trees", `${n}.patch`), "utf8").includes(`--- base/${base}\n`))];
    expect(uses.length, "a base no case changes").toBeGreaterThan(0);
  });

  it.each(patched)("%s is refused with exactly the expected messages", (c) => {
    expectMessages(patchedFiles(path.join(dir, `${c}.patch`)), path.join(dir, `${c}.expected.txt`));
  });

  it.each(whole)("%s (a whole file) is refused with exactly the expected messages", (c) => {
    expectMessages({ [`${c}.md`]: fs.readFileSync(path.join(dir, `${c}.md`)) }, path.join(dir, `${c}.expected.txt`));
  });

  it.each(trees)("trees/%s is refused with exactly the expected messages", (name) => {
    expectMessages(patchedFiles(path.join(dir, "trees", `${name}.patch`)), path.join(dir, "trees", `${name}.expected.txt`));
  });

  it.each(generated)("generated/%s is refused with exactly the expected messages", (name) => {
    const c = GENERATED[name];
    expectMessages(c.files ?? {}, path.join(dir, "generated", `${name}.expected.txt`), c.names, c.prepare);
  });
});
