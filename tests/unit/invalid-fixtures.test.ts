import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COLLECTION_NAMES, COLLECTIONS } from "@/lib/content/collections";
import { formatIssue } from "@/lib/content/issues";
import { filesUnder } from "@/lib/content/read-text";
import { contentTree, removeTrees, root } from "./helpers";

/**
 * tests/fixtures/invalid/<collection folder>/: one mistake per file, as staff
 * could make it in a file of that collection (programs/, needs/, flow/,
 * areas/), and beside it (NAME.expected.txt) the exact messages
 * `npm run validate` must print for it. Each fixture is validated in a copy of
 * the real content (see contentTree); a fixture of a one-file collection takes
 * the real file's place. Refresh the expectations after a deliberate wording
 * change with UPDATE_FIXTURES=1 and review the diff.
 */
const dir = path.join(root, "tests/fixtures/invalid");
const folders = COLLECTION_NAMES.map((n) => COLLECTIONS[n].folder);
const fixtures = folders.flatMap((folder) =>
  fs.existsSync(path.join(dir, folder)) ? fs.readdirSync(path.join(dir, folder)).filter((f) => f.endsWith(".md")).map((f) => `${folder}/${f}`) : [],
);
const dirs: string[] = [];
afterEach(() => removeTrees(dirs));

describe("invalid content fixtures", () => {
  it("pairs every fixture with its expectation and every expectation with its fixture, all in collection folders", () => {
    const relative = filesUnder(dir).map((f) => path.relative(dir, f).split(path.sep).join("/"));
    for (const f of relative) {
      expect(folders, `${f} is not in a collection folder`).toContain(f.split("/")[0]);
      expect(f, "only NAME.md and NAME.expected.txt").toMatch(/^[^/]+\/[^/]+(\.expected\.txt|\.md)$/);
      const partner = f.endsWith(".md") ? f.replace(/\.md$/, ".expected.txt") : f.replace(/\.expected\.txt$/, ".md");
      expect(relative, `${f} has no ${partner}`).toContain(partner);
    }
  });

  it.each(fixtures)("%s is refused with exactly the expected messages", (fixture) => {
    const { issues } = contentTree({ [fixture]: fs.readFileSync(path.join(dir, fixture)) }, dirs);
    const actual = issues.map(formatIssue).join("\n") + "\n";
    const expectedFile = path.join(dir, fixture.replace(/\.md$/, ".expected.txt"));
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual);
    expect(issues.length, "a fixture must produce at least one message").toBeGreaterThan(0);
    expect(actual).toBe(fs.readFileSync(expectedFile, "utf8"));
    for (const i of issues) expect(i.file).toBe(`content/${fixture}`);
  });
});
