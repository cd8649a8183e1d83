import { describe, expect, it } from "vitest";
import { programs } from "../../tests/support/content";
import { assuredDate } from "./assured";

const [program] = programs.filter((p) => p.desks.length > 1);
const confirmed = (date: string) => ({ date, method: "電話で確認" as const });

describe("assuredDate", () => {
  it("is absent while any desk with a number has no confirmation record", () => {
    expect(assuredDate({ desks: program.desks.map((d, i) => (i === 0 ? d : { ...d, confirmed: confirmed("2026-05-12") })) })).toBeUndefined();
  });

  it("is the oldest confirmation when every desk with a number has one; desks without numbers do not count", () => {
    const desks = program.desks.map((d, i) => ({ ...d, confirmed: confirmed(i === 1 ? "2026-04-20" : "2026-05-12") }));
    expect(assuredDate({ desks })).toBe(desks[1].phones.length ? "2026-04-20" : "2026-05-12");
    expect(assuredDate({ desks: [{ ...desks[0], phones: [], confirmed: undefined }, desks[0]] })).toBe("2026-05-12");
  });

  it("holds for no program of content today unless content records it", () => {
    for (const p of programs) if (p.desks.every((d) => !d.confirmed)) expect(assuredDate(p), p.slug).toBeUndefined();
  });
});
