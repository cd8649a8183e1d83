import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery } from "./query";

describe("parseQuery", () => {
  it("splits on half- and full-width spaces; every term must match", () => {
    expect(parseQuery(" 創業　相談 ").terms.map((t) => t.text)).toEqual(["創業", "相談"]);
  });

  it("reads a phone number however it is typed as the same digits", () => {
    for (const q of ["017-734-9243", "0177349243", "０１７７３４９２４３", "017ー734ー9243", "017(734)9243", "017 734 9243", "+81-17-734-9243"]) {
      const terms = parseQuery(q).terms;
      expect(terms, q).toHaveLength(1);
      expect(terms[0].phone?.digits, q).toBe("0177349243");
    }
    expect(parseQuery("734-9243").terms[0].phone?.digits).toBe("7349243");
    expect(parseQuery("9243").terms[0].phone?.digits).toBe("9243");
  });

  it("folds kana for terms of three characters or more only", () => {
    expect(parseQuery("エコ").terms[0].fold).toBe(false);
    expect(parseQuery("さぽーと").terms[0].fold).toBe(true);
  });

  it("says when there is nothing to look up", () => {
    expect(parseQuery("").tooShort).toBe(true);
    expect(parseQuery("県").tooShort).toBe(true);
    expect(parseQuery("　").tooShort).toBe(true);
    expect(parseQuery("香港").tooShort).toBe(false);
  });

  it("cuts very long input and too many terms, and says so", () => {
    const long = parseQuery("相談".repeat(100_000));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.text).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    const many = parseQuery(Array.from({ length: 20 }, (_, k) => `語${k}`).join(" "));
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.truncated).toBe(true);
  });

  it("treats regex and markup characters as plain text", () => {
    for (const q of ["\\", ".*", "(", "[a-z]+$", "<script>alert(1)</script>", "😀👨‍👩‍👧", "\u0000\uD800"]) {
      expect(() => parseQuery(q), q).not.toThrow();
    }
    expect(parseQuery("<b>").terms[0].text).toBe("<b>");
  });
});
