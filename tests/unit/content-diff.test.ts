import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffContent, diffMarkdown } from "@/lib/content/diff";
import { hoursText } from "@/lib/content/hours";
import { loadContent } from "@/lib/content/load";
import { readSourceNumbers, SOURCE_DIR } from "@/lib/content/phone-audit";

const root = path.resolve(__dirname, "../..");
const dir = path.join(root, "content/programs");
const current = new Map(fs.readdirSync(dir).map((f) => [`content/programs/${f}`, fs.readFileSync(path.join(dir, f), "utf8")]));
// A program with an extension and an office table, picked from content rather than by name.
const [file, text] = [...current].find(([, t]) => /extension:/.test(t) && /\noffices:/.test(t))!;
const source = readSourceNumbers(path.join(root, SOURCE_DIR)).digits;

describe("content diff for reviewers", () => {
  it("reports nothing when nothing changed", () => {
    const d = diffContent(current, current);
    expect(d.numbers).toEqual([]);
    expect(diffMarkdown(d)).toContain("電話・FAX番号の変更はありません");
  });

  it("shows a changed number as before → after, with whom it reaches and the line", () => {
    const m = /number: (0\d+-\d+-(\d+))/.exec(text)!;
    const changedDigit = m[1].slice(0, -1) + ((Number(m[1].slice(-1)) + 1) % 10);
    const edited = text.replace(m[0], `number: ${changedDigit}`);
    const d = diffContent(current, new Map([...current, [file, edited]]));
    expect(d.numbers).toHaveLength(1);
    const [c] = d.numbers;
    expect(c.type).toBe("changed");
    if (c.type !== "changed") return;
    expect(c.before.number).toBe(m[1]);
    expect(c.after.number).toBe(changedDigit);
    expect(c.after.line).toBe(edited.split("\n").findIndex((l) => l.includes(changedDigit)) + 1);
    expect(diffMarkdown(d)).toContain(`${m[1]} → ${changedDigit}`);
  });

  it("says how each new number is vouched for: the source, a confirmation, or nothing", () => {
    // a program whose first contact is written "tel:" then "- number:", picked from content
    const [f, t] = [...current].find(([, x]) => /\n {4}tel:\n {6}- number: 0/.test(x))!;
    const m = /\n {4}tel:\n {6}- number: (0\d+-\d+-\d+)/.exec(t)!;
    const changed = m[1].slice(0, -1) + ((Number(m[1].slice(-1)) + 1) % 10);
    expect(source.has(changed.replace(/\D/g, "")), "the changed number must not be in the source").toBe(false);
    const unconfirmed = t.replace(m[0], m[0].replace(m[1], changed));
    expect(diffMarkdown(diffContent(current, new Map([...current, [f, unconfirmed]])), source)).toContain("ガイドブックになく、確かめた記録もありません");
    const confirmed = unconfirmed.replace("\n    tel:\n", "\n    confirmed:\n      date: 2026-12-01\n      method: 電話で確認\n    tel:\n");
    expect(diffMarkdown(diffContent(current, new Map([...current, [f, confirmed]])), source)).toContain("確認済み 2026年12月1日（電話で確認）");
    // another number of the guidebook (this contact's fax) is vouched for by the source itself
    const fax = /\n {4}fax: (0\d+-\d+-\d+)/.exec(t)!;
    const fromSource = t.replace(m[0], m[0].replace(m[1], fax[1]));
    expect(diffMarkdown(diffContent(current, new Map([...current, [f, fromSource]])), source)).toContain("ガイドブックのとおり");
  });

  it("counts only program files as added or removed programs", () => {
    const need = "content/needs/new-need.md";
    const d = diffContent(current, new Map([...current, [need, "---\nlabel: 新しい困りごと\n---\n"]]));
    expect(d.addedPrograms).toEqual([]);
  });

  it("shows a changed extension", () => {
    const m = /extension: "?(\d+)"?/.exec(text)!;
    const d = diffContent(current, new Map([...current, [file, text.replace(m[0], `extension: "${m[1]}9"`)]]));
    expect(diffMarkdown(d)).toMatch(new RegExp(`内線${m[1]}） → .*内線${m[1]}9`));
  });

  it("lists every number of an added or removed program", () => {
    const without = new Map(current);
    without.delete(file);
    const removed = diffContent(current, without);
    expect(removed.removedPrograms.map((p) => p.file)).toEqual([file]);
    expect(removed.numbers.every((n) => n.type === "removed")).toBe(true);
    expect(removed.numbers.length).toBe((text.match(/number: 0|fax: 0/g) ?? []).length);
    const added = diffContent(without, current);
    expect(added.addedPrograms.map((p) => p.file)).toEqual([file]);
  });

  it("lists every other change staff can make: desks and offices added, removed or renamed, hours as the page says them, needs, texts, the body, pages", () => {
    const loaded = loadContent(path.join(root, "content"), root);
    const program = loaded.programs.find((p) => p.offices?.some((o) => o.hours) && p.offices.length >= 2)!;
    const [first, second] = program.offices!;
    const hours = program.offices!.find((o) => o.hours)!;
    const t = fs.readFileSync(path.join(root, program.file), "utf8");
    const edited = t
      .replace(`  - name: ${first.name}\n`, `  - name: ${first.name}（新館）\n`)
      .replace(new RegExp(`  - name: ${second.name}\\n(    .*\\n)*`), "")
      .replace(/\noffices:\n/, "\noffices:\n  - name: 編集で足した会場\n")
      .replace(/^summary: .*$/m, "summary: 新しい説明です。")
      .replace(/categories:\n/, `categories:\n  - ${loaded.needs.find((n) => !program.categories.includes(n.slug))!.slug}\n`)
      .replace(`open: "${hours.hours!.open}"`, `open: "06:00"`)
      .replace(/\n---\n\n/, "\n---\n\n新しい段落。\n\n");
    const need = "content/needs/new-need.md";
    const d = diffContent(current, new Map([...current, [program.file, edited], [need, "---\nlabel: 新しい困りごと\n---\n"]]));
    const md = diffMarkdown(d);
    expect(md).toContain(`事務所・会場「${first.name}」: 名前を変更 「${first.name}」 → 「${first.name}（新館）」`);
    expect(md).toMatch(new RegExp(`事務所・会場「${second.name}」: 削除`));
    expect(md).toContain("事務所・会場「編集で足した会場」: 追加");
    expect(md).toContain(`「${hoursText(hours.hours!)}」 → 「${hoursText({ ...hours.hours!, open: "06:00" })}」`);
    expect(md).toContain("事業者向けの一行の説明: 「");
    expect(md).toMatch(/この制度が当てはまる困りごと: 追加 「/);
    expect(md).toContain("本文: 0 行を削除、2 行を追加");
    expect(md).toContain("追加: 困りごと「新しい困りごと」（`content/needs/new-need.md`）");
    expect(d.numbers.filter((n) => n.type === "changed")).toEqual([]);
  });

  it("still reports on a file that no longer parses", () => {
    const d = diffContent(current, new Map([...current, [file, "---\ntitle: [\n---\n"]]));
    expect(d.unreadable).toEqual([file]);
  });
});

describe("やさしい日本語 and English, facts to check again", () => {
  const [f, t] = [...current].find(([, x]) => /\naudience: /.test(x))!;
  const audience = /\naudience: (.+)/.exec(t)!;
  const changed = t.replace(audience[0], `${audience[0]}（改正後）`);

  it("says which program's Japanese changed while its やさしい日本語 or English did not, on the line to look at", () => {
    const d = diffContent(current, new Map([...current, [f, changed]]));
    expect(d.translations).toEqual([{ file: f, title: expect.any(String), changed: ["audience"], unchanged: ["easy", "en"], line: changed.split("\n").findIndex((l) => l.startsWith("easy:")) + 1 }]);
    expect(diffMarkdown(d)).toContain("audience が変わり、やさしい日本語（easy）・英語（en） は変わっていません");
  });

  it("says nothing once both follow, and names only the one that did not", () => {
    const easyToo = changed.replace(/\neasy: \|-\n {2}/, "$&（見直し）");
    expect(diffContent(current, new Map([...current, [f, easyToo]])).translations.map((x) => x.unchanged)).toEqual([["en"]]);
    const both = easyToo.replace(/\n {2}title: /, "$&Revised: ");
    expect(diffContent(current, new Map([...current, [f, both]])).translations).toEqual([]);
  });

  it("counts a change of the body or a desk's name, not of a number or hours (shown from the model in every language)", () => {
    const body = t.replace(/\n---\n\n(.)/, "\n---\n\n（改正）$1");
    expect(diffContent(current, new Map([...current, [f, body]])).translations[0]?.changed).toEqual(["本文"]);
    const fax = /\n {4}fax: (0\d+-\d+-)(\d+)/.exec(t)!;
    const number = t.replace(fax[0], `\n    fax: ${fax[1]}${(Number(fax[2]) + 1) % 10000}`);
    expect(diffContent(current, new Map([...current, [f, number]])).translations).toEqual([]);
  });
});
