import { describe, expect, it } from "vitest";
import { foldKana, normalize } from "./normalize";
import { buildReadings } from "./readings-build";
import { MIN_READING, Readings } from "./readings";
import { realDocs } from "../../tests/support/search-docs";

const key = (s: string) => foldKana(normalize(s));

describe("Readings", () => {
  const r = new Readings([
    ["でんきだい", ["電気代"]],
    ["でんき", ["電気"]],
    ["あとつぎ", ["跡継ぎ", "後継ぎ"]],
  ]);

  it("finds the longest reading at each place, left to right", () => {
    expect(r.wordsIn("でんきだいがたかい")).toEqual(["電気代"]);
    expect(r.wordsIn("むすこにあとつぎを")).toEqual(["跡継ぎ", "後継ぎ"]);
    expect(r.wordsIn("でんきとあとつぎ")).toEqual(["電気", "跡継ぎ", "後継ぎ"]);
  });

  it("finds nothing in kana that spells none of our words", () => {
    expect(r.wordsIn("こんにちは")).toEqual([]);
  });
});

describe("buildReadings over the real owners' words", () => {
  it("reads our words as an owner would type them, and leaves out what kana already finds", async () => {
    const words = realDocs().flatMap((d) => d.words.map(([, w]) => w));
    const entries = await buildReadings(words);
    const readings = new Readings(entries);
    expect(readings.wordsIn(key("でんきだいがたかい"))).toContain(key("電気代が高い"));
    expect(readings.wordsIn(key("じぎょうしょうけい"))).toContain(key("事業承継"));
    for (const [reading, found] of entries) {
      expect(Array.from(reading).length).toBeGreaterThanOrEqual(MIN_READING);
      // a katakana word is its own reading once folded: typing it finds it already
      expect(found).not.toContain(reading);
    }
  });
});
