import { describe, expect, it } from "vitest";
import { fitLine, growthExponent } from "./line-fit";

const sizes = [21, 210, 2100];

describe("fitLine", () => {
  it("finds the fixed part and the cost per unit of a straight line", () => {
    const fit = fitLine(sizes.map((n) => ({ n, cost: 60 + 0.5 * n })));
    expect(fit.fixed).toBeCloseTo(60);
    expect(fit.perUnit).toBeCloseTo(0.5);
    expect(fit.r2).toBeCloseTo(1);
  });

  it("explains less of a curve than of a line", () => {
    expect(fitLine(sizes.map((n) => ({ n, cost: 60 + 0.001 * n * n }))).r2).toBeLessThan(0.999);
  });

  it("refuses what is not a line", () => {
    expect(() => fitLine([{ n: 1, cost: 1 }])).toThrow();
    expect(() => fitLine([{ n: 1, cost: 1 }, { n: 1, cost: 2 }])).toThrow();
  });
});

describe("growthExponent", () => {
  it("is 1 for a cost that grows linearly, whatever its fixed part", () => {
    expect(growthExponent(sizes.map((n) => ({ n, cost: 90 + 0.2 * n })))).toBeCloseTo(1);
  });

  it("is 2 for a cost that grows with the square of the size", () => {
    expect(growthExponent(sizes.map((n) => ({ n, cost: 90 + 0.001 * n * n })))).toBeCloseTo(2, 1);
  });

  it("says nothing from two sizes, or when a step cost nothing (noise)", () => {
    expect(growthExponent([{ n: 21, cost: 1 }, { n: 210, cost: 2 }])).toBeUndefined();
    expect(growthExponent([{ n: 21, cost: 5 }, { n: 210, cost: 4 }, { n: 2100, cost: 9 }])).toBeUndefined();
  });
});
