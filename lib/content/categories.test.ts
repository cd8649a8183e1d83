import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentWords } from "@/lib/search/analyse";
import { normalize } from "@/lib/search/normalize";
import { CATEGORIES } from "./categories";
import { loadContent } from "./load";
import { wordList } from "./schema";

const root = path.resolve(__dirname, "../..");
const { programs } = loadContent(path.join(root, "content"), root);

describe("owners' words", () => {
  it("follow the same rules for every need as for programs (no duplicates, 40 characters at most)", () => {
    for (const c of CATEGORIES) {
      const parsed = wordList.safeParse([...c.words]);
      expect(parsed.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`) ?? [], c.slug).toEqual([]);
    }
  });

  it("are refused when the same word is written twice, however wide or cased", () => {
    const parsed = wordList.safeParse(["ＩＴ化", "後継ぎ", "it化"]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual([2]);
    expect(parsed.error?.issues[0].message).toContain("words[0]（「ＩＴ化」）");
    expect(wordList.safeParse(["あ".repeat(41)]).error?.issues[0].message).toContain("40字以内");
  });

  it("each have a word the search can look for: none is made only of endings and filler", () => {
    const all = [...programs.flatMap((p) => (p.words ?? []).map((w) => [p.slug, w])), ...CATEGORIES.flatMap((c) => c.words.map((w) => [c.slug, w]))];
    expect(all.length).toBeGreaterThan(300);
    for (const [where, w] of all) expect(contentWords(normalize(w)).length, `${where}: ${w}`).toBeGreaterThan(0);
  });
});
