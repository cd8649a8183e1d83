import { describe, expect, it } from "vitest";
import { looksEnglish } from "./english-query";

describe("looksEnglish", () => {
  it("takes words typed in English, also in full-width letters", () => {
    for (const q of ["patent", "business succession", "Export to Taiwan", "owner's retirement", "ｈｉｒｅ ｓｔａｆｆ", "  start-up  "]) expect(looksEnglish(q), q).toBe(true);
  });

  it("leaves Japanese, acronyms used in Japanese text, numbers and mixed queries", () => {
    for (const q of ["", "事業承継", "DX", "IT", "M&A", "ASPAM", "HACCP", "IT化したい", "017-734-9243", "dx 推進", "it"]) expect(looksEnglish(q), q).toBe(false);
  });
});
