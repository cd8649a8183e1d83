import { describe, expect, it } from "vitest";
import { characterCount, codePoint, looksBlank, shown, unsafeCharacters, visible } from "./characters";

describe("unsafe characters", () => {
  it.each([
    ["\u0000", "制御文字"],
    ["\u001b", "制御文字"],
    ["\u007f", "制御文字"],
    ["\u0085", "制御文字"],
    ["\u009b", "制御文字"],
    ["\u202a", "文字の向き"],
    ["\u202e", "文字の向き"],
    ["\u2066", "文字の向き"],
    ["\u2069", "文字の向き"],
    ["\u200e", "文字の向き"],
    ["\u200f", "文字の向き"],
    ["\u061c", "文字の向き"],
    ["\u200b", "目に見えない文字"],
    ["\u200d", "目に見えない文字"],
    ["\u2060", "目に見えない文字"],
    ["\ufeff", "目に見えない文字"],
    ["\u00ad", "目に見えない文字"],
    ["\u{e0041}", "目に見えない書式"],
    ["\ufdd0", "非文字"],
    ["\ufdef", "非文字"],
    ["\ufffe", "非文字"],
    ["\uffff", "非文字"],
    ["\u{1fffe}", "非文字"],
    ["\u{10ffff}", "非文字"],
    ["\ud800", "サロゲート"],
    ["\udfff", "サロゲート"],
    ["\ue000", "外字"],
    ["\u{f0000}", "外字"],
    ["\u2028", "行区切り"],
    ["\u2029", "行区切り"],
  ])("finds %j and names it", (char, name) => {
    const [found, ...rest] = unsafeCharacters(`前${char}後`);
    expect(rest).toEqual([]);
    expect(found.index).toBe(1);
    expect(found.name).toContain(name);
  });

  it("lets through tab, line feed, Japanese, full-width space, rare kanji, variation selectors and emoji", () => {
    expect(unsafeCharacters("\t\n青森　県 𠮷野家 葛\u{e0100} ✅ ①")).toEqual([]);
  });

  it("shows them as code points and cuts long values in messages", () => {
    expect(codePoint("\u202e")).toBe("U+202E");
    expect(codePoint("\u{1fffe}")).toBe("U+1FFFE");
    expect(visible("a\u001b[2Jb\nc")).toBe("a<U+001B>[2Jb\nc");
    expect(shown("あ".repeat(50), 3)).toBe("あああ…（全50文字）");
  });
});

describe("looksBlank", () => {
  it.each(["", " ", "\u3000\u3000", "\u200b", "\u2060\ufeff", "\u3164", "\u115f\u1160", "\uffa0", "\u2800", "\ufe0f", "\u0301", "\u00a0"])("%j reads as blank", (text) => {
    expect(looksBlank(text)).toBe(true);
  });

  it.each(["青", "a", "・", "1", "✅"])("%j does not", (text) => {
    expect(looksBlank(text)).toBe(false);
  });

  it("counts characters as a reader does", () => {
    expect(characterCount("𠮷野家")).toBe(3);
  });
});
