import { describe, expect, it } from "vitest";
import { foldKana, normalize } from "./normalize";
import { random, realDocs } from "../../tests/support/search-docs";
import { indexTokens, MAX_RUN_TOKEN, termTokens } from "./tokenize";

const prep = (s: string) => foldKana(normalize(s));

describe("indexTokens", () => {
  it("indexes Japanese as overlapping pairs, never as single characters", () => {
    const tokens = [...indexTokens(prep("香港への輸出"))];
    expect(tokens).toEqual(["香港", "港へ", "への", "の輸", "輸出"]);
    expect(tokens.some((t) => Array.from(t).length < 2)).toBe(false);
  });

  it("keeps pairs across a change of script, and none across a space", () => {
    const tokens = indexTokens(prep("ＤＸ推進 ７か所"));
    expect(tokens).toContain("x推");
    expect(tokens).toContain("7か");
    expect(tokens.has("進7")).toBe(false);
  });

  it("indexes every substring of a letter or digit run, so any part of a number is one lookup", () => {
    const tokens = indexTokens("0177349243");
    for (const part of ["0177349243", "7349243", "9243", "017", "734"]) expect(tokens.has(part), part).toBe(true);
  });

  it("bounds the substrings of a long run", () => {
    const run = "1234567890".repeat(10);
    expect(indexTokens(run).size).toBeLessThan(run.length * MAX_RUN_TOKEN);
    expect([...indexTokens(run)].every((t) => t.length <= MAX_RUN_TOKEN)).toBe(true);
  });
});

describe("termTokens", () => {
  it("turns a two-character term into exactly one lookup", () => {
    expect(termTokens(prep("香港"))).toEqual(["香港"]);
    expect(termTokens(prep("ＤＸ"))).toEqual(["dx"]);
  });

  it("looks up a letter or digit run whole, and Japanese by its pairs", () => {
    expect(termTokens(prep("jetro青森"))).toEqual(["jetro", "o青", "青森"]);
    expect(termTokens("017-734-9243")).toEqual(["017", "734", "9243", "7-", "-7", "4-", "-9"]);
  });

  it("has nothing to look up for a single character", () => {
    expect(termTokens("県")).toEqual([]);
    expect(termTokens("")).toEqual([]);
  });

  it("asks only for tokens the index has, for any passage of any program (what makes recall complete)", { timeout: 60_000 }, () => {
    const next = random(7);
    let checked = 0;
    for (const doc of realDocs()) {
      for (const [, text] of doc.fields) {
        const prepared = prep(text);
        const tokens = indexTokens(prepared);
        const segments = prepared.split(" ").filter((s) => Array.from(s).length >= 2);
        for (let k = 0; k < 20 && segments.length; k++) {
          const chars = Array.from(segments[Math.floor(next() * segments.length)]);
          const len = 2 + Math.floor(next() * Math.min(30, chars.length - 1));
          const from = Math.floor(next() * (chars.length - len + 1));
          const term = chars.slice(from, from + len).join("");
          for (const t of termTokens(term)) expect(tokens.has(t), `${doc.slug}: "${term}" needs "${t}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
