import { describe, expect, it } from "vitest";
import { callNumbers } from "@/lib/content/model";
import { programs } from "../../tests/support/content";
import { buildPhoneBook, matchesFilter } from "./entries";

const entries = buildPhoneBook(programs);
const wide = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("matchesFilter", () => {
  it("finds every number however it is typed, spaced ones included, and only the entries that have it", () => {
    let checked = 0;
    for (const e of entries) {
      for (const t of callNumbers(e.desk)) {
        const parts = t.number.split("-");
        const forms = [t.number, parts.join(""), parts.join(" "), parts.join("　"), wide(parts.join(" ")), parts.slice(1).join(" "), `+81 ${parts[0].slice(1)} ${parts.slice(1).join(" ")}`];
        for (const q of forms) {
          const typed = q.normalize("NFKC").replace(/\D/g, "");
          const digits = q.startsWith("+81") ? `0${typed.slice(2)}` : typed;
          expect(matchesFilter(e, q), q).toBe(true);
          for (const other of entries) {
            const has = other.digits.some((d) => d.includes(digits));
            expect(matchesFilter(other, q), `${q} / ${other.desk.name}`).toBe(has);
          }
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("needs every word of a name, place or program", () => {
    const e = entries.find((x) => x.desk.address)!;
    const [first] = e.desk.name.split(/\s+/);
    expect(matchesFilter(e, first)).toBe(true);
    expect(matchesFilter(e, `${first} 該当しないぞぞぞ`)).toBe(false);
  });
});
