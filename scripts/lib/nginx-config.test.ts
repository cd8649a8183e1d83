import { describe, expect, it } from "vitest";
import { quote } from "./nginx-config";

describe("quote", () => {
  it("escapes quotes, backslashes and newlines for nginx", () => {
    expect(quote('attachment; filename="a.csv"')).toBe('"attachment; filename=\\"a.csv\\""');
    expect(quote("Bad Request\n")).toBe('"Bad Request\\n"');
  });
  it("refuses a $, which nginx would read as a variable", () => {
    expect(() => quote("a$b")).toThrow(/\$/);
  });
});
