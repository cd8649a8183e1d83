import { describe, expect, it } from "vitest";
import { editionLabel, reiwaYear } from "./edition";

describe("editionLabel", () => {
  it("names the guidebook's fiscal year in Reiwa, the first year as 元年", () => {
    expect(reiwaYear(2023)).toBe(5);
    expect(editionLabel({ fiscalYear: 2023 })).toBe("令和5年度版");
    expect(editionLabel({ fiscalYear: 2019 })).toBe("令和元年度版");
  });
});
