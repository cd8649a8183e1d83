import { describe, expect, it } from "vitest";
import { nameBook, programs } from "../../tests/support/content";
import { englishHours } from "./english";
import { hoursText } from "./hours";

describe("a desk's hours in English", () => {
  const desks = programs.flatMap((p) => p.desks.filter((d) => d.hours));

  it("states no number the Japanese hours do not hold (年末年始 has no dates in the guidebook)", () => {
    expect(desks.some((d) => d.hours!.closedOn?.includes("年末年始")), "a desk closed over the New Year").toBe(true);
    for (const d of desks) {
      const japanese = hoursText(d.hours!).normalize("NFKC");
      for (const n of englishHours(d.hours!, nameBook).match(/\d+/g) ?? []) expect(japanese, `${d.name}: ${n}`).toMatch(new RegExp(`(^|\\D)0?${n}(\\D|$)`));
    }
  });
});
