import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COLLECTION_NAMES, COLLECTIONS } from "@/lib/content/collections";
import { formatIssue } from "@/lib/content/issues";
import { filesUnder } from "@/lib/content/read-text";
import { GENERATED } from "./generated-fixtures";
import { contentTree, removeTrees, root } from "./helpers";

/**
 * tests/fixtures/invalid/: content that must be refused, and beside each case
 * (NAME.expected.txt) the exact messages `npm run validate` must print for it.
 * Each case is validated in a copy of the real content (see contentTree).
 *
 * - <collection folder>/NAME.md: one mistake in one file, as staff could make
 *   it in a file of that collection (programs/, needs/, flow/, areas/); a
 *   fixture of a one-file collection takes the real file's place.
 * - trees/NAME/: several files laid out as under content/ (a value that must be
 *   unique across files, a reference from one file to another).
 * - generated/NAME.expected.txt: what cannot be committed portably (links, a
 *   FIFO, a 50 MB file, a folder 200 deep), made by ./generated-fixtures.ts.
 *
 * Refresh the expectations after a deliberate wording change with
 * UPDATE_FIXTURES=1 and review the diff.
 */
const dir = path.join(root, "tests/fixtures/invalid");
const folders = COLLECTION_NAMES.map((n) => COLLECTIONS[n].folder);
const listed = (sub: string, ext: string) => (fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith(ext)) : []);

const singles = folders.flatMap((folder) => listed(folder, ".md").map((f) => `${folder}/${f}`));
const trees = fs.existsSync(path.join(dir, "trees")) ? fs.readdirSync(path.join(dir, "trees"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
const generated = listed("generated", ".expected.txt").map((f) => f.replace(/\.expected\.txt$/, ""));

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  removeTrees(dirs);
});

function expectMessages(issues: ReturnType<typeof contentTree>["issues"], expectedFile: string) {
  const actual = issues.map(formatIssue).join("\n") + "\n";
  if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual);
  expect(issues.length, "a fixture must produce at least one message").toBeGreaterThan(0);
  expect(actual).toBe(fs.readFileSync(expectedFile, "utf8"));
}

describe("invalid content fixtures", () => {
  it("pairs every fixture with its expectation and every expectation with its fixture", () => {
    const relative = filesUnder(dir).map((f) => path.relative(dir, f).split(path.sep).join("/"));
    for (const f of relative) {
      const [top, ...rest] = f.split("/");
      if (top === "trees") {
        if (rest.length === 1) {
          expect(f, "trees/ holds NAME/ folders and NAME.expected.txt").toMatch(/^trees\/[^/]+\.expected\.txt$/);
          expect(trees, `${f} has no trees/NAME/ folder`).toContain(rest[0].replace(/\.expected\.txt$/, ""));
        } else {
          expect(folders, `${f}: a tree's files are trees/NAME/<collection folder>/FILE.md`).toContain(rest[1]);
          expect(relative, `${f} has no trees/${rest[0]}.expected.txt`).toContain(`trees/${rest[0]}.expected.txt`);
        }
      } else if (top === "generated") {
        expect(Object.keys(GENERATED), `${f} has no case in generated-fixtures.ts`).toContain(rest.join("/").replace(/\.expected\.txt$/, ""));
      } else {
        expect(folders, `${f} is not in a collection folder`).toContain(top);
        expect(f, "only NAME.md and NAME.expected.txt").toMatch(/^[^/]+\/[^/]+(\.expected\.txt|\.md)$/);
        const partner = f.endsWith(".md") ? f.replace(/\.md$/, ".expected.txt") : f.replace(/\.expected\.txt$/, ".md");
        expect(relative, `${f} has no ${partner}`).toContain(partner);
      }
    }
    for (const name of Object.keys(GENERATED)) expect(generated, `generated case ${name} has no expectation`).toContain(name);
  });

  it.each(singles)("%s is refused with exactly the expected messages", (fixture) => {
    const { issues } = contentTree({ [fixture]: fs.readFileSync(path.join(dir, fixture)) }, dirs);
    expectMessages(issues, path.join(dir, fixture.replace(/\.md$/, ".expected.txt")));
    for (const i of issues) expect(i.file).toBe(`content/${fixture}`);
  });

  it.each(trees)("trees/%s is refused with exactly the expected messages", (name) => {
    const treeDir = path.join(dir, "trees", name);
    const files = Object.fromEntries(filesUnder(treeDir).map((f) => [path.relative(treeDir, f).split(path.sep).join("/"), fs.readFileSync(f)]));
    const { issues } = contentTree(files, dirs);
    expectMessages(issues, path.join(dir, "trees", `${name}.expected.txt`));
    for (const i of issues) expect(Object.keys(files).map((f) => `content/${f}`)).toContain(i.file);
  });

  it.each(generated)("generated/%s is refused with exactly the expected messages", (name) => {
    const c = GENERATED[name];
    const { issues } = contentTree(c.files ?? {}, dirs, c.prepare);
    expectMessages(issues, path.join(dir, "generated", `${name}.expected.txt`));
    for (const i of issues) expect(c.names.map((f) => `content/${f}`), `${i.file} is not one of the case's files`).toContain(i.file);
  });
});
