import { describe, expect, it } from "vitest";
import { contentWords } from "./analyse";
import { normalize } from "./normalize";
import { realNeeds, realPrograms } from "../../tests/support/search-docs";

describe("owners' words in content", () => {
  it("each have a word the search can look for: none is made only of endings and filler", () => {
    const all = [
      ...realPrograms().flatMap((p) => (p.words ?? []).map((w) => [p.slug, w])),
      ...realNeeds().flatMap((n) => (n.words ?? []).map((w) => [n.slug, w])),
    ];
    expect(all.length).toBeGreaterThan(300);
    for (const [where, w] of all) expect(contentWords(normalize(w)).length, `${where}: ${w}`).toBeGreaterThan(0);
  });
});
