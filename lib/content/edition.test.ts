import { describe, expect, it } from "vitest";
import { editionLabel, fiscalYearLabel, reiwaYear, sourceLabel } from "./edition";

describe("editionLabel", () => {
  it("names the guidebook's fiscal year in Reiwa, the first year as 元年", () => {
    expect(reiwaYear(2023)).toBe(5);
    expect(editionLabel({ fiscalYear: 2023 })).toBe("令和5年度版");
    expect(editionLabel({ fiscalYear: 2019 })).toBe("令和元年度版");
  });

  it("names a fiscal year and a source the way a page cites them", () => {
    expect(fiscalYearLabel(2023)).toBe("令和5年度");
    expect(fiscalYearLabel(2026)).toBe("令和8年度");
    expect(sourceLabel({ document: "中小企業支援ガイドブック", fiscalYear: 2023 })).toBe("中小企業支援ガイドブック 令和5年度版");
  });
});
