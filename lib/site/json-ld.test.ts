import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  it("cannot close the script element it is written into", () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script><!--', note: "A & B" });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script><!--', note: "A & B" });
  });

  it("escapes the line separators that older JavaScript parsers treat as newlines", () => {
    const out = serializeJsonLd({ s: "a\u2028b\u2029c" });
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out).s).toBe("a\u2028b\u2029c");
  });
});
