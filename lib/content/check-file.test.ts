import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, FILE_RULES, type FileRule } from "./check-file";
import { loadContent } from "./load";
import { readSourceNumbers, SOURCE_DIR } from "./phone-audit";

const root = path.resolve(__dirname, "../..");
const sourceDigits = readSourceNumbers(path.join(root, SOURCE_DIR)).digits;
const file = "content/programs/energy-saving.md";
const text = fs.readFileSync(path.join(root, file), "utf8");
const options = { today: "2026-12-07", sourceDigits };

describe("checkFile: one content file, as validation and the editor check it", () => {
  it("finds nothing in a file of content/, like the loader", () => {
    expect(loadContent(path.join(root, "content"), root, { today: options.today }).issues).toEqual([]);
    expect(checkFile({ file, content: text }, options).issues).toEqual([]);
  });

  it("runs the rules beyond the schema: a future date, a number the guidebook lacks", () => {
    const changed = text.replace(/^updated: .*$/m, "updated: 2030-01-01").replace(/(- number: 0\d+-\d+-)(\d)(\d{3})/, (_, a, d, b) => `${a}${(Number(d) + 1) % 10}${b}`);
    const issues = checkFile({ file, content: changed }, options).issues;
    expect(issues.map((i) => i.field).sort()).toEqual(["contacts[0].tel[0].number", "updated"]);
    expect(issues.find((i) => i.field === "updated")?.message).toMatch(/未来の日付/);
    expect(issues.find((i) => i.field !== "updated")).toMatchObject({ requires: "contacts[0].confirmed", formMessage: expect.stringMatching(/確かめた日と確かめた方法/) });
  });

  it("gives a rule the file as it was before the change, so that a rule about a change is one more line", () => {
    const seen: (string | undefined)[] = [];
    const noTitleChange: FileRule = ({ entry, before }) => {
      seen.push((before?.data as { title?: string } | undefined)?.title);
      const title = (entry.data as { title: string }).title;
      return before && (before.data as { title: string }).title !== title ? [entry.at(["title"], "制度名は変えられません")] : [];
    };
    const renamed = text.replace(/^title: .*$/m, "title: 別の名前");
    const issues = checkFile({ file, content: renamed, before: text }, { ...options, rules: [...FILE_RULES, noTitleChange] }).issues;
    expect(issues).toEqual([expect.objectContaining({ field: "title", message: "制度名は変えられません", line: 3 })]);
    expect(seen[0]).not.toBe("別の名前");
    expect(checkFile({ file, content: renamed }, { ...options, rules: [noTitleChange] }).issues).toEqual([]);
  });
});
