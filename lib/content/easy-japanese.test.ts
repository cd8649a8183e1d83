import { describe, expect, it } from "vitest";
import { easyProblems, easySentences } from "./easy-japanese";

/** The rule ids a text breaks. */
const broken = (text: string) => easyProblems(text).map((p) => p.rule.id);
const ok = ["窓口の相談は、お金がかかりません。", "専門家が来ます。", "県に電話かFAXで聞いてください。"];

describe("やさしい日本語の検査", () => {
  it("lets a short, polite text through", () => {
    expect(broken(ok.join("\n"))).toEqual([]);
  });

  it("counts sentences at 。 outside explanations, across lines", () => {
    expect(easySentences("事業承継（会社を。わたすこと）の相談\nです。お金はかかりません。").sentences).toEqual(["事業承継（会社を。わたすこと）の相談です。", "お金はかかりません。"]);
  });

  it.each([
    ["R1", "専門家が来て、会社の省エネのやり方を調べて、国や県の制度のことも一緒に教えます。"],
    ["R2", "専門家派遣で省エネ診断を実施し具体的対策を提案します。"],
    ["R3", "予約をしないと使えません。"],
    ["R3", "使えないわけではありません。"],
    ["R4", "くわしくはお問い合わせください。"],
    ["R4", "ご相談いただけます。"],
    ["R5", "お金はかからない。"],
    ["R6", "お金は、大きさ、場所、時期でちがいます。"],
    ["R7", "中小企業（ちゅうしょうきぎょう）が使えます。"],
    ["R9", "相談は３回までです。"],
    ["R9", "8:30～17:15です。"],
  ])("%s: %s", (rule, sentence) => {
    expect(broken([sentence, ...ok].join("\n"))).toContain(rule);
  });

  it("says so when a text has too few or too many sentences, or a phone number", () => {
    expect(broken(ok.slice(0, 2).join(""))).toContain("R8");
    expect(broken([...ok, ...ok, ...ok].join(""))).toContain("R8");
    expect(broken([...ok, "017-734-9243に電話してください。"].join(""))).toContain("R10");
  });
});
