import { describe, expect, it } from "vitest";
import { checkDigit, localGovernmentCodeProblem } from "./local-government-code";

describe("全国地方公共団体コード", () => {
  // Published codes whose check digits cover the remainders 0, 1 and others.
  it.each([
    ["02000", 1],
    ["02201", 2],
    ["02208", 0],
    ["01100", 2],
    ["13119", 9],
  ])("%s has the check digit %i", (five, digit) => {
    expect(checkDigit(five)).toBe(digit);
  });

  it("says what is wrong with a written code", () => {
    expect(localGovernmentCodeProblem("022012")).toBeUndefined();
    expect(localGovernmentCodeProblem("22012")).toBe("format");
    expect(localGovernmentCodeProblem("０２２０１２")).toBe("format");
    expect(localGovernmentCodeProblem("011002")).toBe("prefecture");
    expect(localGovernmentCodeProblem("022013")).toBe("checkDigit");
  });
});
