import { describe, expect, it } from "vitest";
import { phoneDigitsIn, phoneNumbersIn } from "./phone-text";

describe("phone numbers in running text", () => {
  it("finds a number however its digits and separators are written, keeping its place and text", () => {
    const written = [
      "017-721-3787",
      "０１７－７２１－３７８７",
      "017.721.3787",
      "017‑721‑3787", // non-breaking hyphens
      "017—721—3787",
      "017・721・3787",
      "017/721/3787",
      "017 721 3787",
      "017(721)3787",
      "０１７（７２１）３７８７",
      "+81-17-721-3787",
      "＋81 17 721 3787",
      "𝟎𝟏𝟕-𝟕𝟐𝟏-𝟑𝟕𝟖𝟕",
      "٠١٧-٧٢١-٣٧٨٧",
      "⓪①⑦-⑦②①-③⑦⑧⑦",
    ];
    for (const number of written) {
      const text = `お問い合わせは ${number} まで`;
      expect(phoneNumbersIn(text), number).toEqual([{ index: text.indexOf(number), text: number, digits: "0177213787" }]);
    }
  });

  it("leaves amounts, dates, counts and item numbers alone", () => {
    expect(phoneDigitsIn("補助金は 1,000,000 円、令和5年10月1日から 2023.10.01 まで、30 社、No. 12")).toEqual(new Set());
  });
});
