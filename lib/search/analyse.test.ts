import { describe, expect, it } from "vitest";
import { contentWords } from "./analyse";
import { foldKana, normalize } from "./normalize";

const words = (q: string) => contentWords(normalize(q));
const keys = (q: string) => words(q).map((w) => w.key);
const shown = (q: string) => words(q).map((w) => (w.stem ? `${w.text}*` : w.text));

describe("contentWords", () => {
  it("keeps the words of a phrase and drops particles, endings and auxiliaries", () => {
    expect(shown("ガス代が高い")).toEqual(["ガス代", "高*"]);
    expect(shown("後を継ぐ人がいない")).toEqual(["後*", "継*", "人*"]);
    expect(shown("お金を借りたい")).toEqual(["金*", "借*"]);
    expect(shown("商品を外国に売りたい")).toEqual(["商品", "外国", "売*"]);
    expect(shown("単価を下げろと言われた")).toEqual(["単価", "下*"]);
    expect(shown("資金繰りが苦しい")).toEqual(["資金繰", "苦*"]);
    expect(shown("ITに詳しい人がいない")).toEqual(["it", "詳*", "人*"]);
  });

  it("keeps letters joined by an ampersand as one word, and splits a spaced one", () => {
    expect(shown("M&Aで会社を売りたい")).toEqual(["m&a", "会社", "売*"]);
    expect(shown("Ｒ＆Ｄの補助")).toEqual(["r&d", "補助"]);
    expect(shown("営業 & 広報")).toEqual(["営業", "広報"]);
  });

  it("finds the same noun however the sentence around it goes", () => {
    const nouns = ["ガス代", "後継者", "資金繰り", "人手不足", "ホームページ", "特許", "輸出", "販路", "ＤＸ"];
    const frames = [
      "{}",
      "{}が高い",
      "{}がない",
      "{}を何とかしたい",
      "{}について相談したい",
      "{}について相談したいのですが",
      "{}で困っています",
      "{}を探しています",
      "{}のことで悩んでる",
      "{}がいなくて困ってる",
      "{}、どうしたらいい？",
      "うちの会社の{}",
      "{}をお願いします",
      "至急{}!",
    ];
    for (const noun of nouns) {
      // 資金繰り keeps its kanji part; a noun ending in kana (ホームページ) keeps all of it.
      const core = foldKana(normalize(noun)).replace(/[\u3041-\u309f]+$/, (tail) => (/[\u4e00-\u9fff]/.test(noun) ? "" : tail));
      for (const frame of frames) {
        const q = frame.replace("{}", noun);
        const found = keys(q);
        expect(found, q).toContain(core);
        // Nothing of the frame's grammar survives as a word of its own.
        for (const w of words(q)) expect(/^[\u3041-\u309f]{1,2}$/.test(w.key), `${q}: ${w.key}`).toBe(false);
      }
    }
  });

  it("reads politeness, plain and casual forms alike", () => {
    const forms = ["お金を借りたい", "お金を借りたいです", "お金を借りたいのですが", "お金を借りたいんだけど", "お金、借りたい", "お金 借りたい"];
    for (const f of forms) expect(keys(f), f).toEqual(["金", "借"]);
    const polite = ["人が集まらない", "人が集まりません", "人が集まらなくて困っています"];
    for (const f of polite) expect(keys(f), f).toEqual(["人", "集"]);
  });

  it("marks one kanji of a verb or adjective as a stem, and keeps it with its first okurigana for the dictionary", () => {
    const [w] = words("借りたい");
    expect(w).toMatchObject({ key: "借", stem: true, inflected: ["借り"] });
    expect(words("跡継ぎ問題")[0]).toMatchObject({ key: "跡継", stem: false, inflected: ["跡継ぎ"] });
    // A particle after a noun is not okurigana.
    expect(words("ガス代が高い")[0].inflected).toEqual([]);
  });

  it("keeps compounds of kanji, katakana and letters whole, with their two-character pieces for a fallback", () => {
    expect(words("原価高騰")[0]).toMatchObject({ key: "原価高騰", parts: ["原価", "価高", "高騰"] });
    expect(keys("IT化を進めたい")).toEqual(["it化", "進"]);
    expect(words("ガス代")[0].parts).toEqual([]);
  });

  it("reads hiragana typed without conversion as words once its endings are stripped", () => {
    expect(keys("あとつぎがいない")).toEqual(["あとつぎ"]);
    expect(keys("ほーむぺーじをつくりたい")).toContain(foldKana(normalize("ホームページ")));
    // Two kana are never a word of their own: they are mostly grammar.
    expect(keys("ある")).toEqual([]);
    // Hiragana after a kanji starts with its okurigana: りたい of 借りたい is no word.
    expect(keys("借りたい")).toEqual(["借"]);
  });

  it("leaves out words that say nothing about the problem", () => {
    expect(keys("どこに相談したらいいかわからない")).toEqual(["相談"]);
    expect(keys("最近、自分の会社のことで困っていると思う")).toEqual(["会社"]);
    expect(keys("跡継ぎ問題")).toEqual(["跡継"]);
  });

  it("returns nothing, without throwing, for input with no words", () => {
    for (const q of ["", "　", "？！", "の", "がをに", "ー", "😀", "\\", "<>", "a", "1"]) {
      expect(() => words(q), q).not.toThrow();
      expect(words(q), q).toEqual([]);
    }
    expect(() => words("相談".repeat(10_000))).not.toThrow();
  });
});
