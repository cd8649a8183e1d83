import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

/**
 * tests/fixtures/invalid/: one mistake per file, as staff could make it, and
 * beside it (NAME.expected.txt) the exact messages `npm run validate` must
 * print for it. Refresh the expectations after a deliberate wording change
 * with UPDATE_FIXTURES=1 and review the diff.
 */
const root = path.resolve(__dirname, "../..");
const dir = path.join(root, "tests/fixtures/invalid");
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith(".md"));
const flow = fs.readFileSync(path.join(root, "content/flow/consultation-flow.md"));
const areas = fs.readFileSync(path.join(root, "content/areas/municipalities.md"));

function validateAlone(name: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "navi-fixture-"));
  try {
    fs.mkdirSync(path.join(tmp, "content/programs"), { recursive: true });
    fs.mkdirSync(path.join(tmp, "content/flow"), { recursive: true });
    fs.mkdirSync(path.join(tmp, "app"), { recursive: true });
    fs.writeFileSync(path.join(tmp, "app/page.tsx"), "");
    fs.writeFileSync(path.join(tmp, "content/flow/consultation-flow.md"), flow);
    fs.mkdirSync(path.join(tmp, "content/areas"), { recursive: true });
    fs.writeFileSync(path.join(tmp, "content/areas/municipalities.md"), areas);
    fs.copyFileSync(path.join(dir, name), path.join(tmp, "content/programs", name));
    const { issues } = loadContent(path.join(tmp, "content"), tmp);
    return issues.map(formatIssue).join("\n") + "\n";
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

describe("invalid content fixtures", () => {
  it("there is an expectation for every fixture", () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it.each(fixtures)("%s is refused with exactly the expected messages", (name) => {
    const actual = validateAlone(name);
    const expectedFile = path.join(dir, name.replace(/\.md$/, ".expected.txt"));
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, actual);
    const expected = fs.readFileSync(expectedFile, "utf8");
    expect(actual.trim(), "a fixture must produce at least one message").not.toBe("");
    expect(actual).toBe(expected);
    for (const line of actual.trim().split("\n")) expect(line.startsWith(`content/programs/${name}`)).toBe(true);
  });
});
