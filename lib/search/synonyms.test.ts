import { describe, expect, it } from "vitest";
import { foldKana, normalize } from "./normalize";
import { reduceSynonyms, type SudachiGroup } from "./synonym-reduce";
import { searchableForm, SYNONYM_WEIGHT, Synonyms, TARGET_ONLY, TRIGGER_ONLY, VARIANT_WEIGHT } from "./synonyms";
import { realDocs, sudachiSynonyms } from "../../tests/support/search-docs";

const key = (s: string) => foldKana(normalize(s));
const item = (midashi: string, vocabularyNumber: number, more: Partial<SudachiGroup["items"][number]> = {}) => ({
  expandControl: 0 as const,
  vocabularyNumber,
  gokeiSyubetsu: "代表語",
  hyoukiYure: "代表表記",
  midashi,
  ...more,
});

describe("reduceSynonyms", { timeout: 60_000 }, () => {
  const groups: SudachiGroup[] = [
    { id: "1", items: [item("創業", 1), item("起業", 2), item("開業", 3, { expandControl: 1 })] },
    { id: "2", items: [item("宇宙船", 1), item("スペースシップ", 2)] },
    { id: "3", items: [item("ホームページ", 1), item("ウェブサイト", 2), item("ウエブサイト", 2, { gokeiSyubetsu: "間違い" }), item("ＨＰ", 3, { expandControl: 2 })] },
    { id: "4", items: [item("金", 1), item("かね", 1)] },
  ];

  it("keeps only the groups a word of which occurs in the content, in the index's normal form", () => {
    const reduced = reduceSynonyms(groups, key("創業の相談とホームページの作成"));
    expect(reduced.map((g) => g.map(([f]) => f))).toEqual([
      ["創業", "起業", "開業"],
      [key("ホームページ"), key("ウェブサイト"), key("ウエブサイト")],
    ]);
  });

  it("drops forms never to be expanded and marks those that only lead into a group or are only reached", () => {
    const reduced = reduceSynonyms(groups, key("創業 ホームページ"));
    expect(reduced[0][2]).toEqual(["開業", 3, TARGET_ONLY]);
    expect(reduced[1].find(([f]) => f === key("ウエブサイト"))?.[2]).toBe(TRIGGER_ONLY);
    expect(reduced.flat().some(([f]) => f === "hp")).toBe(false);
  });

  it("neither keeps nor ships one-character forms or two kana, which occur inside unrelated text", () => {
    expect(searchableForm("金")).toBe(false);
    expect(searchableForm("かね")).toBe(false);
    expect(searchableForm("融資")).toBe(true);
    expect(searchableForm("it")).toBe(true);
    expect(reduceSynonyms(groups, "金とかね")).toEqual([]);
  });

  it("keeps a few hundred of SudachiDict's groups for the real content, among them the variants owners type", () => {
    const docs = realDocs();
    const corpus = key(docs.flatMap((d) => [...d.fields, ...d.words].map(([, t]) => t)).join("\n"));
    const reduced = reduceSynonyms(sudachiSynonyms(), corpus);
    expect(reduced.length).toBeGreaterThan(100);
    expect(reduced.length).toBeLessThan(sudachiSynonyms().length / 10);
    const s = new Synonyms(reduced);
    expect(s.expand("起業").map((e) => e.key)).toContain("創業");
    expect(s.expand("融資").map((e) => e.key)).toContain("貸付");
    expect(s.expand(key("跡継ぎ")).map((e) => e.key)).toContain(key("後継ぎ"));
  });
});

describe("Synonyms", () => {
  const s = new Synonyms([
    [["創業", 1], ["起業", 2], ["開業", 3, TARGET_ONLY]],
    [[key("ホームページ"), 1], [key("ホームペイジ"), 1, TRIGGER_ONLY], [key("ウェブサイト"), 2]],
  ]);

  it("expands a word to the other words of its group, variants above synonyms", () => {
    expect(s.expand("創業")).toEqual([
      { key: "起業", weight: SYNONYM_WEIGHT },
      { key: "開業", weight: SYNONYM_WEIGHT },
    ]);
    expect(s.expand(key("ホームペイジ"))).toEqual([
      { key: key("ホームページ"), weight: VARIANT_WEIGHT },
      { key: key("ウェブサイト"), weight: SYNONYM_WEIGHT },
    ]);
  });

  it("never expands from a form marked as reached only, nor to a misspelling", () => {
    expect(s.expand("開業")).toEqual([]);
    expect(s.expand(key("ホームページ")).map((e) => e.key)).not.toContain(key("ホームペイジ"));
    expect(s.expand("知らない語")).toEqual([]);
  });
});
