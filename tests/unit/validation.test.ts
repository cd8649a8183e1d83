import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

/**
 * Each case writes a small content/ tree with one mistake a member of staff
 * could make and checks that the loader names the file, the line and the field.
 */
const root = path.resolve(__dirname, "../..");
const good = fs.readFileSync(path.join(root, "content/programs/energy-saving.md"), "utf8");
const flow = fs.readFileSync(path.join(root, "content/flow/consultation-flow.md"), "utf8");
const areas = fs.readFileSync(path.join(root, "content/areas/municipalities.md"), "utf8");
const dirs: string[] = [];

function tree(files: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "navi-content-"));
  dirs.push(dir);
  const content = path.join(dir, "content");
  fs.mkdirSync(path.join(content, "programs"), { recursive: true });
  fs.mkdirSync(path.join(content, "flow"), { recursive: true });
  fs.writeFileSync(path.join(content, "flow/consultation-flow.md"), flow);
  fs.mkdirSync(path.join(content, "areas"), { recursive: true });
  fs.writeFileSync(path.join(content, "areas/municipalities.md"), areas);
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
    fs.writeFileSync(path.join(content, name), body);
  }
  return loadContent(content, dir);
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("content validation", () => {
  it("accepts a good file", () => {
    expect(tree({ "programs/energy-saving.md": good }).issues).toEqual([]);
  });

  it("names an unknown key with its line and suggests the right one", () => {
    const bad = good.replace("\ntitle:", "\ntitel:");
    const [issue, ...rest] = tree({ "programs/energy-saving.md": bad }).issues.filter((i) => i.field === "titel");
    expect(rest).toEqual([]);
    expect(issue.line).toBe(lineOf(bad, "titel:"));
    expect(issue.message).toContain("「title」の書き間違い");
  });

  it("reports a missing required field at the place it belongs", () => {
    const bad = good.replace(/\nsummary: .*\n/, "\n");
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => i.field)).toEqual(["summary"]);
    expect(issues[0].message).toContain("必須");
  });

  it("refuses a phone number that does not exist, naming line and field", () => {
    const bad = good.replace("number: 017-734-9243", "number: 017-734-924");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.field).toBe("contacts[0].tel[0].number");
    expect(issue.line).toBe(lineOf(bad, "017-734-924\n") || lineOf(bad, "number: 017-734-924"));
    expect(formatIssue(issue)).toMatch(/^content\/programs\/energy-saving\.md \d+行目\d+文字目 contacts\[0\]\.tel\[0\]\.number: /);
  });

  it("refuses full-width digits in a phone number with a hint", () => {
    const bad = good.replace("number: 017-734-9243", "number: ０１７-７３４-９２４３");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.message).toContain("全角");
  });

  it("refuses a phone number with misplaced hyphens and gives the right form", () => {
    const bad = good.replace("number: 017-734-9243", "number: 0177-34-9243");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.message).toContain("017-734-9243");
  });

  it("explains a phone number written without hyphens, which YAML turns into a number", () => {
    const bad = good.replace("number: 017-734-9243", "number: 0177349243");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.message).toContain("ハイフン");
  });

  it("refuses an unknown category and lists the allowed ones", () => {
    const bad = good.replace("  - energy-saving\n", "  - energy\n");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.field).toBe("categories[0]");
    expect(issue.message).toContain("energy-saving");
  });

  it("refuses an impossible date", () => {
    const bad = good.replace("lastChecked: 2026-11-24", "lastChecked: 2026-02-30");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.field).toBe("lastChecked");
  });

  it("refuses a schedule date whose weekday is wrong", () => {
    const bad = good.replace(
      "lastChecked:",
      "schedule:\n  title: 日程\n  venues:\n    - name: 青森地区\n      place: 会場\n      dates:\n        - 2023-04-20(金)\nlastChecked:",
    );
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.field).toBe("schedule.venues[0].dates[0]");
    expect(issue.message).toContain("木曜日");
    expect(issue.line).toBe(lineOf(bad, "2023-04-20(金)"));
  });

  it("gives the line of a YAML syntax error", () => {
    const bad = good.replace("audience: 県内中小企業者等", 'audience: "県内中小企業者等');
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.line).toBeGreaterThanOrEqual(lineOf(bad, "audience:"));
    expect(issue.message).toMatch(/YAML|引用符|字下げ/);
  });

  it("refuses a file without front-matter", () => {
    const [issue] = tree({ "programs/energy-saving.md": "# 題名\n本文だけ" }).issues;
    expect(issue.line).toBe(1);
    expect(issue.message).toContain("---");
  });

  it("refuses an empty file", () => {
    const [issue] = tree({ "programs/energy-saving.md": "" }).issues;
    expect(issue.message).toContain("空");
  });

  it("names a Shift_JIS file as not UTF-8", () => {
    // 「省エネ」 in Shift_JIS
    const sjis = Buffer.concat([Buffer.from("---\ntitle: "), Buffer.from([0x8f, 0xc8, 0x83, 0x47, 0x83, 0x6c]), Buffer.from("\n---\n")]);
    const [issue] = tree({ "programs/energy-saving.md": sjis }).issues;
    expect(issue.message).toContain("Shift_JIS");
  });

  it("accepts a BOM and Windows line endings", () => {
    const crlf = "\ufeff" + good.replace(/\n/g, "\r\n");
    expect(tree({ "programs/energy-saving.md": crlf }).issues).toEqual([]);
  });

  it("refuses raw HTML and javascript: links in the body, with the file line", () => {
    const bad = `${good}\n<script>alert(1)</script>\n\n[押す](javascript:alert(1))\n`;
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => i.line)).toEqual([lineOf(bad, "<script>"), lineOf(bad, "javascript:")]);
  });

  it("never skips a file silently", () => {
    const issues = tree({
      "programs/energy-saving.md": good,
      "programs/notes.txt": "メモ",
      "programs/Energy Saving.md": good,
      "stray.md": good,
    }).issues;
    expect(issues.map((i) => i.file).sort()).toEqual(["content/programs/Energy Saving.md", "content/programs/notes.txt", "content/stray.md"]);
  });

  it("refuses an office in a municipality that is not in the list", () => {
    const bad = good.replace("lastChecked:", "offices:\n  - name: 事務所\n    municipality: 青森県\nlastChecked:");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.field).toBe("offices[0].municipality");
    expect(issue.message).toContain("青森市");
  });

  it("refuses two programs with the same guidebook number and a dangling related link", () => {
    const other = good.replace(/^title: .*$/m, "title: 別の制度").replace("lastChecked:", "related:\n  - no-such-program\nlastChecked:");
    const issues = tree({ "programs/energy-saving.md": good, "programs/other.md": other }).issues;
    expect(issues.map((i) => i.field).sort()).toEqual(["related[0]", "source.number"]);
  });

  it("reports every problem in one run", () => {
    const bad = good.replace("\ntitle:", "\ntitel:").replace("number: 017-734-9243", "number: 017-734-924");
    const worse = good.replace("lastChecked: 2026-11-24", "lastChecked: yesterday");
    const issues = tree({ "programs/a.md": bad, "programs/b.md": worse.replace("number: 1", "number: 2") }).issues;
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(["content/programs/a.md", "content/programs/b.md"]));
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });
});
