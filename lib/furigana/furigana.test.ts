import { describe, expect, it } from "vitest";
import { loadTokenizer } from "../search/readings-build";
import { mainTexts } from "./html-text";
import { FuriganaReader, pageFurigana } from "./readings";

describe("the texts of a built page's <main>", () => {
  it("are its text nodes as the browser holds them: split where React writes a comment, entities decoded, none from skipped elements", () => {
    const html =
      '<header><p>見出し</p></header><main id="main" class="x"><h1>事業&amp;承継<!-- -->の相談</h1>' +
      '<script type="application/ld+json">{"a":"<b>漢字</b>"}</script><select><option>青森市</option></select>' +
      "<p>受付<br/>時間 &#x27;8:30&#x27;</p><main>入れ子</main><p>最後</p></main><footer>足</footer>";
    expect(mainTexts(html)).toEqual(["事業&承継", "の相談", "受付", "時間 '8:30'", "入れ子", "最後"]);
  });
});

describe("the readings of a page", async () => {
  const reader = new FuriganaReader(await loadTokenizer(), new Map([["三八地域県民局", "さんぱちちいきけんみんきょく"], ["はちのへ創業・事業承継サポートセンター", "はちのへそうぎょう・じぎょうしょうけいサポートセンター"]]));
  const read = (text: string) => reader.rubies(text).map(([s, e, r]) => `${text.slice(s, e)}=${r}`);

  it("takes a name's reading from content's table before the dictionary, split over its kanji", () => {
    expect(read("三八地域県民局に聞く")).toEqual(["三=さん", "八=ぱち", "地域=ちいき", "県民=けんみん", "局=きょく", "聞=き"]);
    expect(read("はちのへ創業・事業承継サポートセンター")).toEqual(["創業=そうぎょう", "事業=じぎょう", "承継=しょうけい"]);
  });

  it("reads the rest in context with the dictionary, okurigana outside the ruby", () => {
    expect(read("申し込みは中小企業")).toEqual(["申=もう", "込=こ", "中小=ちゅうしょう", "企業=きぎょう"]);
  });

  it("reads a date's day and weekday as dates are read", () => {
    expect(read("2023年4月20日（木）と5月15日")).toEqual(["年=ねん", "月=がつ", "20日=はつか", "木=もく", "月=がつ", "日=にち"]);
  });

  it("covers every run of kanji of every text, and keeps each run's reading for texts written in the browser", () => {
    const data = pageFurigana(reader, ["事業承継の相談", "三八地域県民局"], ["受付中（17:15まで）"]);
    expect(Object.keys(data.texts)).toEqual(["事業承継の相談", "三八地域県民局"]);
    expect(data.words).toMatchObject({ 八: "ぱち", 相談: "そうだん", 受付: "うけつけ" });
  });
});
