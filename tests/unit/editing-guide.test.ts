import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keysAt } from "@/lib/content/schema-keys";
import { flowSchema, needSchema, programSchema, settingsSchema } from "@/lib/content/schema";

const root = path.resolve(__dirname, "../..");
const guide = fs.readFileSync(path.join(root, "docs/editing.md"), "utf8");

describe("docs/editing.md", () => {
  it.each([
    ["a program file", programSchema, []],
    ["a contact", programSchema, ["contacts", 0]],
    ["an office", programSchema, ["offices", 0]],
    ["hours", programSchema, ["contacts", 0, "hours"]],
    ["a confirmation", programSchema, ["contacts", 0, "confirmed"]],
    ["a review", programSchema, ["reviews", 0]],
    ["the settings file", settingsSchema, []],
    ["the source", programSchema, ["source"]],
    ["a need file", needSchema, []],
    ["the flow file", flowSchema, []],
  ] as const)("explains every field of %s", (_, schema, at) => {
    const keys = keysAt(schema, at);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(guide, key).toContain(`\`${key}\``);
  });

  it("is linked from the README", () => {
    expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toContain("docs/editing.md");
  });
});
