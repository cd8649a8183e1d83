import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { contentTree, removeTrees, root, TEST_TODAY } from "./helpers";

/**
 * Each case writes a small content/ tree with one mistake a member of staff
 * could make and checks that the loader names the file, the line and the field.
 * (The exact wording of every message is in tests/fixtures/invalid/.)
 */
const good = fs.readFileSync(path.join(root, "content/programs/energy-saving.md"), "utf8");
const flow = fs.readFileSync(path.join(root, "content/flow/consultation-flow.md"), "utf8");
const areas = fs.readFileSync(path.join(root, "content/areas/municipalities.md"), "utf8");
const need = fs.readFileSync(path.join(root, "content/needs/energy-saving.md"), "utf8");
const dirs: string[] = [];
const tree = (files: Record<string, string | Buffer>) => contentTree(files, dirs);

afterEach(() => removeTrees(dirs));

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
/** energy-saving's own contact, with more front-matter inserted before `updated:`. */
const withBefore = (text: string, key: string, yaml: string) => text.replace(`\n${key}:`, `\n${yaml}\n${key}:`);

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

  it.each([
    ["areas/municipalities.md", areas, "\ntitle:", "\ntitel:", "title"],
    ["needs/energy-saving.md", need, "\nlabel:", "\nlabl:", "label"],
    ["flow/consultation-flow.md", flow, "\nsummary:", "\nsumary:", "summary"],
  ])("reads %s like a program: a misspelt key is one issue with 'did you mean'", (file, text, from, to, meant) => {
    const bad = text.replace(from, to);
    const issues = tree({ [file]: bad }).issues;
    expect(issues.map(formatIssue)).toHaveLength(1);
    expect(issues[0].line).toBe(lineOf(bad, to.trim()));
    expect(issues[0].message).toContain(`「${meant}」の書き間違い`);
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
    expect(issue.line).toBe(lineOf(bad, "number: 017-734-924"));
    expect(formatIssue(issue)).toMatch(/^content\/programs\/energy-saving\.md \d+行目\d+文字目 contacts\[0\]\.tel\[0\]\.number: /);
  });

  it("explains a phone number written without hyphens, which YAML turns into a number", () => {
    const bad = good.replace("number: 017-734-9243", "number: 0177349243");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.message).toContain("ハイフン");
  });

  describe("a number that is not in the source text", () => {
    // A valid Aomori number one digit away from the contact's own, so it is in no source text.
    const other = "017-734-9244";
    const moved = good.replace("number: 017-734-9243", `number: ${other}`);

    it("is refused on its own line unless its contact records a confirmation, saying what to write", () => {
      const issues = tree({ "programs/energy-saving.md": moved }).issues;
      expect(issues.map((i) => [i.field, i.line])).toEqual([["contacts[0].tel[0].number", lineOf(moved, other)]]);
      expect(issues[0].message).toContain("confirmed:");
      expect(issues[0].message).toContain("method: 電話で確認");
    });

    it("is accepted with a confirmation on its contact", () => {
      const confirmed = withBefore(moved, "updated", "    confirmed:\n      date: 2026-12-01\n      method: 電話で確認");
      expect(tree({ "programs/energy-saving.md": confirmed }).issues).toEqual([]);
    });

    it("is refused when the confirmation is dated after today", () => {
      const future = withBefore(moved, "updated", "    confirmed:\n      date: 2030-04-02\n      method: 電話で確認");
      const [issue, ...rest] = tree({ "programs/energy-saving.md": future }).issues;
      expect(rest).toEqual([]);
      expect(issue.field).toBe("contacts[0].confirmed.date");
      expect(issue.message).toContain(`今日は ${TEST_TODAY}`);
    });
  });

  it("refuses an updated date after today", () => {
    const bad = good.replace(/^updated: .*$/m, "updated: 2030-04-02");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect([issue.field, issue.line]).toEqual(["updated", lineOf(bad, "updated:")]);
  });

  it("refuses an unknown need, listing the needs with their labels", () => {
    const bad = good.replace("  - energy-saving\n", "  - energy\n");
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => [i.field, i.line])).toEqual([["categories[0]", lineOf(bad, "  - energy")]]);
    expect(issues[0].message).toContain("energy-saving（省エネ）");
  });

  it("refuses a need given twice, on the second", () => {
    const bad = good.replace("  - energy-saving\n", "  - energy-saving\n  - energy-saving\n");
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => [i.field, i.line])).toEqual([["categories[1]", lineOf(bad, "  - energy-saving") + 1]]);
  });

  it("accepts the old dated form of a schedule date, refuses a wrong weekday and a date given twice, both at once", () => {
    const schedule = (dates: string[]) => withBefore(good, "updated", `schedule:\n  title: 日程\n  venues:\n    - name: 青森地区\n      place: 会場\n      dates:\n${dates.map((d) => `        - ${d}`).join("\n")}`);
    const ok = tree({ "programs/energy-saving.md": schedule(["2023-04-20", "2023-05-25(木)"]) });
    expect(ok.issues).toEqual([]);
    expect(ok.programs.find((p) => p.slug === "energy-saving")?.schedule?.venues[0].dates).toEqual([
      { date: "2023-04-20", weekday: "木" },
      { date: "2023-05-25", weekday: "木" },
    ]);
    const bad = schedule(["2023-04-20(金)", "2023-05-25", "2023-05-25"]);
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => [i.field, i.line])).toEqual([
      ["schedule.venues[0].dates[0]", lineOf(bad, "2023-04-20(金)")],
      ["schedule.venues[0].dates[2]", lineOf(bad, "2023-05-25") + 1],
    ]);
  });

  it("derives the hours text and refuses one written by hand", () => {
    const hours = (yaml: string) => withBefore(good, "updated", `offices:\n  - name: 窓口\n    hours:\n${yaml}`);
    const ok = tree({ "programs/energy-saving.md": hours('      days: [月, 火, 水, 木, 金]\n      open: "08:30"\n      close: "17:15"\n      closedOn: [祝日]') });
    expect(ok.issues).toEqual([]);
    expect(ok.programs.find((p) => p.slug === "energy-saving")?.offices?.[0].hours?.text).toBe("平日 8:30～17:15（土日・祝日は休業）");
    const bad = hours('      text: 平日 8:30～17:15\n      open: "08:30"\n      close: "08:30"');
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => [i.field, i.line])).toEqual([["offices[0].hours.text", lineOf(bad, "text: 平日")]]);
  });

  it("refuses a phone number in a body, at its line and column", () => {
    const bad = `${good}\nお問い合わせは ０１７－７３４－９２４３ まで。\n`;
    const [issue, ...rest] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(rest).toEqual([]);
    expect([issue.field, issue.line, issue.column]).toEqual(["本文", lineOf(bad, "お問い合わせは"), "お問い合わせは ".length + 1]);
  });

  it("refuses a flow without general desks, and a general desk or flow link that is not a page", () => {
    const missing = flow.replace(/\ngeneralDesks:\n(  - .*\n)+/, "\n");
    expect(tree({ "flow/consultation-flow.md": missing }).issues.map((i) => [i.file, i.field])).toEqual([["content/flow/consultation-flow.md", "generalDesks"]]);
    const unknown = flow.replace(/\ngeneralDesks:\n/, "\ngeneralDesks:\n  - no-such-program\n").replace("          - 商工会議所\n", "          - text: 商工会議所\n            link: /programs/no-such-program\n");
    const issues = tree({ "flow/consultation-flow.md": unknown }).issues;
    expect(issues.map((i) => [i.field, i.line])).toEqual([
      ["generalDesks[0]", lineOf(unknown, "  - no-such-program")],
      ["stages[1].boxes[0].items[0].link", lineOf(unknown, "link: /programs/no-such-program")],
    ]);
  });

  it("refuses raw HTML and javascript: links in the body, with the file line", () => {
    const bad = `${good}\n<script>alert(1)</script>\n\n[押す](javascript:alert(1))\n`;
    const issues = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issues.map((i) => i.line)).toEqual([lineOf(bad, "<script>"), lineOf(bad, "javascript:")]);
  });

  it("gives the line of a YAML syntax error", () => {
    const bad = good.replace("audience: 県内中小企業者等", 'audience: "県内中小企業者等');
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect(issue.line).toBeGreaterThanOrEqual(lineOf(bad, "audience:"));
    expect(issue.message).toMatch(/引用符|字下げ|読み取れません/);
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

  it("never skips a file silently", () => {
    const issues = tree({
      "programs/energy-saving.md": good,
      "programs/notes.txt": "メモ",
      "programs/Energy Saving.md": good,
      "needs/sub/x.md": need,
      "stray.md": good,
    }).issues;
    expect(issues.map((i) => i.file).sort()).toEqual([
      "content/needs/sub/x.md",
      "content/programs/Energy Saving.md",
      "content/programs/notes.txt",
      "content/stray.md",
    ]);
  });

  it("refuses an office in a municipality that is not in the list", () => {
    const bad = withBefore(good, "updated", "offices:\n  - name: 事務所\n    municipality: 青森県");
    const [issue] = tree({ "programs/energy-saving.md": bad }).issues;
    expect([issue.field, issue.line]).toEqual(["offices[0].municipality", lineOf(bad, "municipality: 青森県")]);
    expect(issue.message).toContain("青森市");
  });

  it("refuses a municipality without an id, with an id that is not romaji, one already used, or the finder's word for a skipped question", () => {
    const second = areas.split("\n").find((l) => /^ {4}id: /.test(l) && l !== areas.split("\n").find((x) => /^ {4}id: /.test(x)))!;
    const firstId = areas.split("\n").find((l) => /^ {4}id: /.test(l))!;
    const cases: [string, string, RegExp][] = [
      ["missing", areas.replace(`${second}\n`, ""), /id がありません/],
      ["not romaji", areas.replace(second, "    id: Hachinohe"), /半角英小文字/],
      ["repeated", areas.replace(second, firstId), /重ならない/],
      ["reserved", areas.replace(second, "    id: all"), /「all」は使えません/],
    ];
    for (const [name, text, message] of cases) {
      const issues = tree({ "areas/municipalities.md": text, "programs/energy-saving.md": good }).issues;
      expect(issues.map((i) => i.file), name).toEqual(["content/areas/municipalities.md"]);
      expect(issues[0].field).toMatch(/^municipalities\[1\]/);
      expect(issues[0].message).toMatch(message);
    }
  });

  it("refuses a need file named as the finder's word for a skipped question", () => {
    const issues = tree({ "needs/all.md": need.replace(/\norder: \d+/, "\norder: 99").replace(/^label: .*$/m, "label: 別の困りごと"), "programs/energy-saving.md": good }).issues;
    expect(issues.map((i) => i.file)).toEqual(["content/needs/all.md"]);
    expect(issues[0].message).toContain("all");
  });

  it("refuses two programs with the same guidebook number or title and two needs in the same place on both files, naming each other with lines, and a dangling related link", () => {
    const other = withBefore(good, "updated", "related:\n  - no-such-program");
    const sameOrder = need.replace(/^label: .*$/m, "label: 別の困りごと");
    const issues = tree({ "programs/energy-saving.md": good, "programs/other.md": other, "needs/other-need.md": sameOrder }).issues;
    expect(issues.map((i) => [i.file, i.field, i.line])).toEqual([
      ["content/programs/energy-saving.md", "source.number", lineOf(good, "  number:")],
      ["content/programs/other.md", "source.number", lineOf(other, "  number:")],
      ["content/programs/energy-saving.md", "title", lineOf(good, "title:")],
      ["content/programs/other.md", "title", lineOf(other, "title:")],
      ["content/needs/energy-saving.md", "order", lineOf(need, "order:")],
      ["content/needs/other-need.md", "order", lineOf(sameOrder, "order:")],
      ["content/programs/other.md", "related[0]", lineOf(other, "  - no-such-program")],
    ]);
    // Each names the other file and the other's line, whichever was edited last.
    expect(issues[0].message).toContain(`content/programs/other.md（${lineOf(other, "  number:")}行目）`);
    expect(issues[1].message).toContain(`content/programs/energy-saving.md（${lineOf(good, "  number:")}行目）`);
  });

  it("accepts the same item number in another section or edition of the guidebook, each numbered anew", () => {
    const title = (t: string) => (text: string) => text.replace(/^title: .*$/m, `title: ${t}`);
    const otherSection = title("別の章の制度")(good.replace(/^ {2}section: .*$/m, "  section: Ⅱ 金融"));
    const otherEdition = title("別の版の制度")(good.replace(/^ {2}fiscalYear: .*$/m, "  fiscalYear: 2024"));
    const issues = tree({ "programs/energy-saving.md": good, "programs/other-section.md": otherSection, "programs/other-edition.md": otherEdition }).issues;
    expect(issues.filter((i) => i.field === "source.number")).toEqual([]);
  });

  it("keeps a number-like value as it was written, or refuses it: nothing silently becomes another value", () => {
    const kept = tree({ "programs/energy-saving.md": good.replace("number: 017-734-9243", "number: 017-734-9243\n        extension: 0641") });
    expect(kept.issues).toEqual([]);
    expect(kept.programs.find((p) => p.slug === "energy-saving")?.contacts[0].tel[0].extension).toBe("0641");
    for (const written of ["0o17", "0x1F", "1e3", "+5", ".inf", "1_000", "017"]) {
      const bad = good.replace(/^  number: \d+$/m, `  number: ${written}`);
      const [issue, ...rest] = tree({ "programs/energy-saving.md": bad }).issues;
      expect(rest, written).toEqual([]);
      expect([issue.field, issue.line], written).toEqual(["source.number", lineOf(bad, `  number: ${written}`)]);
      expect(issue.message, written).toContain(`「${written}」`);
    }
  });

  it("reports every problem in one run", () => {
    const bad = good.replace("\ntitle:", "\ntitel:").replace("number: 017-734-9243", "number: 017-734-924");
    const worse = good.replace(/^updated: .*$/m, "updated: yesterday");
    const issues = tree({ "programs/a.md": bad, "programs/b.md": worse.replace("number: 1", "number: 2") }).issues;
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(["content/programs/a.md", "content/programs/b.md"]));
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });
});
