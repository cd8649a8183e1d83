import { describe, expect, it } from "vitest";
import { foldKana, normalize, normalizeWithMap } from "./normalize";
import { realDocs } from "../../tests/support/search-docs";

describe("normalize", () => {
  it("applies NFKC: full-width letters and digits, half-width kana, enclosed forms", () => {
    expect(normalize("ＤＸ推進")).toBe("dx推進");
    expect(normalize("０１７")).toBe("017");
    expect(normalize("ｶﾞｲﾄﾞ")).toBe("ガイド");
    expect(normalize("㈱")).toBe("(株)");
  });

  it("keeps voiced kana whole instead of splitting off the dakuten as NFKD would", () => {
    expect(normalize("ガイド")).toBe("ガイド");
    expect(Array.from(normalize("ガイド"))).toHaveLength(3);
    expect(normalize("カ゛イト゛")).toBe("ガイド");
  });

  it("lower-cases", () => {
    expect(normalize("JETRO Aomori")).toBe("jetro aomori");
  });

  it("makes every hyphen and dash one character between digits, whatever was typed", () => {
    for (const dash of ["-", "‐", "‑", "–", "—", "―", "−", "－", "ー", "ｰ", "─"]) {
      expect(normalize(`017${dash}734${dash}9243`), JSON.stringify(dash)).toBe("017-734-9243");
    }
  });

  it("drops a prolonged sound mark, or a dash typed for one, after kana", () => {
    expect(normalize("センター")).toBe(normalize("センタ"));
    expect(normalize("エネルギ－")).toBe(normalize("エネルギー"));
    expect(normalize("コンピューター")).toBe(normalize("コンピュータ"));
    expect(normalize("データ")).toBe("デタ");
  });

  it("drops the katakana middle dot and invisible characters, and turns any white space into a space", () => {
    expect(normalize("インキュベーション・マネジャー")).toBe(normalize("インキュベーションマネジャー"));
    expect(normalize("相\u200B談")).toBe("相談");
    expect(normalize("創業　相談\t窓口")).toBe("創業 相談 窓口");
  });

  it("maps every output character back to the text it came from", () => {
    const input = "ＤＸの相談はセンター（０１７）へ";
    const n = normalizeWithMap(input);
    expect(n.start).toHaveLength(n.text.length);
    const at = n.text.indexOf("センタ");
    expect(input.slice(n.start[at], n.end[at + 2])).toBe("センター");
    const d = n.text.indexOf("017");
    expect(input.slice(n.start[d], n.end[d + 2])).toBe("０１７");
  });

  it("is idempotent on every program's text, so a copied passage finds itself", { timeout: 60_000 }, () => {
    for (const d of realDocs()) {
      for (const [, text] of d.fields) {
        const once = normalize(text);
        expect(normalize(once), d.slug).toBe(once);
      }
    }
  });

  it("never throws on odd input", () => {
    for (const s of ["\\", "\u0000", "\uD800", "😀‍", "\u3099", "゛", "a".repeat(10_000)]) expect(() => normalize(s)).not.toThrow();
  });
});

describe("foldKana", () => {
  it("folds katakana to hiragana one for one, and ヶ ヵ to か", () => {
    expect(foldKana("サポート")).toBe("さぽーと");
    expect(foldKana("７ヶ所")).toBe("７か所");
    expect(foldKana("7ヵ所")).toBe("7か所");
    const s = "よろず支援拠点とアドバイザー";
    expect(foldKana(s)).toHaveLength(s.length);
  });
});
