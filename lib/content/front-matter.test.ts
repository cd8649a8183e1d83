import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter";
import { YAML_OPTIONS } from "./yaml-options";

const data = (yaml: string) => parse(yaml, YAML_OPTIONS);

describe("YAML as the site reads it", () => {
  it.each([
    ["14", 14],
    ["-3", -3],
    ["0", 0],
    ["40.824", 40.824],
    ["0641", "0641"],
    ["0o17", "0o17"],
    ["0x1F", "0x1F"],
    ["1e3", "1e3"],
    ["+5", "+5"],
    [".inf", ".inf"],
    ["-.inf", "-.inf"],
    [".nan", ".nan"],
    ["1_000", "1_000"],
    [".5", ".5"],
    ["5.", "5."],
    ["2026-11-24", "2026-11-24"],
    ["8:30", "8:30"],
    ["yes", "yes"],
    ["true", true],
    ["~", null],
  ])("reads %s as %j: a number only when written as a plain decimal", (written, value) => {
    expect(data(`v: ${written}`)).toEqual({ v: value });
  });
});

describe("parseFrontMatter", () => {
  it("never expands an alias bomb", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 30; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? "*a" : `*l${i - 1}`).join(", ")}]`);
    const fm = parseFrontMatter(`---\n${levels.join("\n")}\n---\n`);
    expect(fm.ok).toBe(false);
    if (!fm.ok) expect(fm.problems).toHaveLength(1);
  });

  it("splits at the first line that is exactly ---, and says where a fence is wrong", () => {
    expect(parseFrontMatter("---\na: 1\n---\n本文\n")).toMatchObject({ ok: true, data: { a: 1 }, body: "本文\n", bodyStartLine: 4 });
    expect(parseFrontMatter("---  \na: 1\n---\t\n")).toMatchObject({ ok: true, data: { a: 1 }, body: "" });
    expect(parseFrontMatter("---\na: 1\n--- \n\n本文\n")).toMatchObject({ ok: true, body: "\n本文\n", bodyStartLine: 4 });
    expect(parseFrontMatter("---\n# 説明だけ\n---\n本文")).toMatchObject({ ok: true, data: {}, body: "本文", bodyStartLine: 4 });
    for (const fence of ["----", "---x", "--- 以上", "...", "... x"]) {
      expect(parseFrontMatter(`---\na: 1\n${fence}\n本文\n`), fence).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    }
    for (const opening of ["----\na: 1\n---\n", "---js\na: 1\n---\n", "a: 1\n---\n"]) {
      expect(parseFrontMatter(opening), opening).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    }
    expect(parseFrontMatter("---\na: 1\n本文\n")).toMatchObject({ ok: false, problems: [{ line: 1 }] });
  });

  it("reads a byte order mark and Windows line endings as the loader does, and the same text afresh each time", () => {
    const text = "\ufeff---\r\na: 1\r\nb: [x]\r\n---\r\n本文\r\n";
    const [first, second] = [parseFrontMatter(text), parseFrontMatter(text)];
    expect(first).toMatchObject({ ok: true, data: { a: 1, b: ["x"] }, body: "本文\n", bodyStartLine: 5 });
    if (first.ok && second.ok) {
      expect(second.data).not.toBe(first.data);
      expect(first.lineOf(["b"], true)).toEqual({ line: 3, column: 1 });
    }
  });

  it("names the field of any position in the front-matter", () => {
    const text = "---\ntitle: 題名\ncontacts:\n  - tel:\n      - number: 017-734-9243\n---\n";
    const fm = parseFrontMatter(text);
    expect(fm.ok).toBe(true);
    if (fm.ok) expect(fm.fieldAt(text.indexOf("734"))).toBe("contacts[0].tel[0].number");
  });
});
