import { describe, expect, it } from "vitest";
import { alignReading, kanjiRuns } from "./reading";

describe("a name's reading, split over its kanji", () => {
  it("anchors on kana, digits, Latin letters and marks, whatever their width or script", () => {
    expect(alignReading("青森県ＤＸ総合窓口", "あおもりけんDXそうごうまどぐち")).toEqual({
      ok: true,
      parts: [{ text: "青森県", reading: "あおもりけん" }, { text: "ＤＸ" }, { text: "総合窓口", reading: "そうごうまどぐち" }],
    });
    const center = alignReading("（公財）２１あおもり産業総合支援センター", "（こうざい）２１あおもりさんぎょうそうごうしえんせんたー");
    expect(center.ok && center.parts.filter((p) => p.reading).map((p) => p.reading)).toEqual(["こうざい", "さんぎょうそうごうしえん"]);
  });

  it("keeps ヶ inside a name's kanji, and gives okurigana their own place", () => {
    expect(kanjiRuns("鰺ヶ沢町").map((p) => p.text)).toEqual(["鰺ヶ沢町"]);
    const r = alignReading("申し込み", "もうしこみ");
    expect(r.ok && r.parts).toEqual([{ text: "申", reading: "もう" }, { text: "し" }, { text: "込", reading: "こ" }, { text: "み" }]);
  });

  it("splits at a space as at any other mark, and asks for the space where a reading leaves it out", () => {
    const r = alignReading("総合販売戦略課 食品産業振興グループ", "そうごうはんばいせんりゃくか　しょくひんさんぎょうしんこうぐるーぷ");
    expect(r.ok && r.parts.map((p) => p.reading ?? p.text)).toEqual(["そうごうはんばいせんりゃくか", " ", "しょくひんさんぎょうしんこう", "グループ"]);
    const spaceless = alignReading("総合販売戦略課 食品産業振興グループ", "そうごうはんばいせんりゃくかしょくひんさんぎょうしんこうグループ");
    expect(!spaceless.ok && spaceless.message).toMatch(/「総合販売戦略課」の後の空白がありません/);
  });

  it("refuses a reading that reads out a digit, leaves a kanji, or has nothing to read", () => {
    expect(alignReading("２１あおもり産業", "にじゅういちあおもりさんぎょう").ok).toBe(false);
    expect(alignReading("監理課", "監理か").ok).toBe(false);
    const none = alignReading("AOMORI STARTUP CENTER", "あおもり");
    expect(!none.ok && none.message).toMatch(/漢字がないので、読みは要りません/);
  });
});
