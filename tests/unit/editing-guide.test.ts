import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keysAt } from "@/lib/content/schema-keys";
import { programSchema } from "@/lib/content/schema";

const root = path.resolve(__dirname, "../..");
const guide = fs.readFileSync(path.join(root, "docs/editing.md"), "utf8");

describe("docs/editing.md", () => {
  it("explains every front-matter field and every contact field the schema has", () => {
    for (const key of [...keysAt(programSchema, []), ...keysAt(programSchema, ["contacts", 0])]) {
      expect(guide, key).toContain(`\`${key}\``);
    }
  });

  it("is linked from the README", () => {
    expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toContain("docs/editing.md");
  });
});
