import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { shown } from "@/lib/content/characters";
import { formatIssues } from "@/lib/content/issues";
import { resolveDesks } from "@/lib/content/resolve";
import { contentTree, removeTrees } from "../support/content-tree";
import { FIXTURES } from "../support/fixture-patch";

/**
 * What validation lets through, and how it reads it: every refusal, with its
 * exact message, is a case in tests/fixtures/invalid/ (invalid-fixtures.test.ts).
 */
const good = fs.readFileSync(path.join(FIXTURES, "base/programs/energy-saving.md"), "utf8");
const dirs: string[] = [];
const load = (text: string) => contentTree({ "programs/energy-saving.md": text }, dirs);
/** The base program with more front-matter inserted before `updated:`. */
const withBefore = (text: string, key: string, yaml: string) => text.replace(`\n${key}:`, `\n${yaml}\n${key}:`);
const program = (loaded: ReturnType<typeof load>) => {
  expect(loaded.issues).toEqual([]);
  return loaded.programs.find((p) => p.slug === "energy-saving")!;
};

afterEach(() => removeTrees(dirs));

describe("content validation lets through", () => {
  it("a number the guidebook lacks once its contact records a confirmation", () => {
    const moved = good.replace("number: 017-734-9243", "number: 017-734-9244");
    const confirmed = program(load(withBefore(moved, "updated", "    confirmed:\n      date: 2026-12-01\n      method: 電話で確認")));
    expect(confirmed.contacts[0].confirmed).toEqual({ date: "2026-12-01", method: "電話で確認" });
  });

  it("an e-mail address and a web form for a contact and an office, with the record of who checked them, resolved onto their desks", () => {
    const record = "    confirmed:\n      date: 2026-12-01\n      method: 電話で確認";
    const contact = withBefore(good, "updated", `    email: Shoko.Soudan+fax@pref.example-aomori.jp\n    form: https://www.pref.aomori.lg.jp/soshiki/form.html\n${record}`);
    const p = program(load(withBefore(contact, "updated", `offices:\n  - name: 八戸サテライト\n    email: mado@example.jp\n${record}`)));
    expect(p.contacts[0]).toMatchObject({ email: "Shoko.Soudan+fax@pref.example-aomori.jp", form: "https://www.pref.aomori.lg.jp/soshiki/form.html" });
    expect(p.offices?.[0].email).toBe("mado@example.jp");
    const desks = resolveDesks({ contacts: p.contacts, offices: p.offices }, []);
    expect(desks.map((d) => [d.email, d.form])).toEqual([
      ["Shoko.Soudan+fax@pref.example-aomori.jp", "https://www.pref.aomori.lg.jp/soshiki/form.html"],
      ["mado@example.jp", undefined],
    ]);
  });

  it("a schedule date in the old dated form, read as its date and weekday", () => {
    const text = withBefore(good, "updated", "schedule:\n  title: 日程\n  venues:\n    - name: 青森地区\n      place: 会場\n      dates:\n        - 2023-04-20\n        - 2023-05-25(木)");
    expect(program(load(text)).schedule?.venues[0].dates).toEqual([
      { date: "2023-04-20", weekday: "木" },
      { date: "2023-05-25", weekday: "木" },
    ]);
  });

  it("hours as days, times and closures, with the sentence derived from them", () => {
    const text = withBefore(good, "updated", 'offices:\n  - name: 八戸サテライト\n    hours:\n      days: [月, 火, 水, 木, 金]\n      open: "08:30"\n      close: "17:15"\n      closedOn: [祝日]');
    expect(program(load(text)).offices?.[0].hours?.text).toBe("平日 8:30～17:15（土日・祝日は休業）");
  });

  it("a BOM and Windows line endings", () => {
    program(load("\ufeff" + good.replace(/\n/g, "\r\n")));
  });

  it("a number-like value exactly as written (extension: 0641 stays 0641)", () => {
    expect(program(load(good.replace("number: 017-734-9243", "number: 017-734-9243\n        extension: 0641"))).contacts[0].tel[0].extension).toBe("0641");
  });

  it("the same item number in another section or edition of the guidebook, each numbered anew", () => {
    const title = (t: string) => (text: string) => text.replace(/^title: .*$/m, `title: ${t}`);
    const otherSection = title("別の章の制度")(good.replace(/^ {2}section: .*$/m, "  section: Ⅱ 金融"));
    const otherEdition = title("別の版の制度")(good.replace(/^ {2}fiscalYear: .*$/m, "  fiscalYear: 2024"));
    const loaded = contentTree({ "programs/energy-saving.md": good, "programs/other-section.md": otherSection, "programs/other-edition.md": otherEdition }, dirs);
    expect(loaded.issues.filter((i) => i.field === "source.number")).toEqual([]);
  });
});

/**
 * Refusals the fixture cases cannot hold: they concern content/ as a whole
 * (its own folder, a crowd of files) or how the list of problems is printed.
 */
describe("content validation as a whole", () => {
  it("refuses content/ itself as a link to a folder elsewhere, and reads nothing from there", () => {
    const loaded = contentTree({ "programs/energy-saving.md": good }, dirs, (content) => {
      const elsewhere = path.join(path.dirname(content), "elsewhere");
      fs.renameSync(content, elsewhere);
      fs.symlinkSync(elsewhere, content);
    });
    expect(loaded.programs).toEqual([]);
    expect(loaded.issues[0].file).toBe("content");
    expect(loaded.issues[0].message).toMatch(/^content\/ フォルダそのものがシンボリックリンク/);
  });

  it("tells each of many files with one title a few of the others and how many there are, so the list grows with the files, not their square", () => {
    const copies = 40;
    const files = Object.fromEntries(Array.from({ length: copies }, (_, i) => [`programs/copy-${i}.md`, good]));
    const { issues } = contentTree(files, dirs);
    const titles = issues.filter((i) => i.field === "title");
    expect(titles).toHaveLength(copies);
    for (const i of titles) {
      expect(i.message).toContain(`ほかの ${copies - 1} ファイル`);
      expect(i.message.match(/content\/programs\/copy-\d+\.md/g)).toHaveLength(3);
    }
    expect(formatIssues(issues).length / issues.length, "characters per problem").toBeLessThan(400);
  });

  it("prints no line that starts with what a file gave it: a name or value with line breaks stays on its line", () => {
    const injected = "::error file=app/layout.tsx::pwn";
    const printed = formatIssues([
      { file: `content/programs/evil\n${injected}.md`, field: `title\n${injected}`, message: "一行目\n二行目" },
      { file: "content/programs/yorozu.md", line: 3, field: "updated", message: `日付の形ではありません（いまは「${shown(`2026\n${injected}`)}」）` },
    ]);
    for (const line of printed.split("\n")) expect(line.startsWith("::"), line).toBe(false);
    expect(printed).toContain(`evil<U+000A>${injected}.md`);
    expect(printed).toContain("一行目\n    二行目");
  });
});
