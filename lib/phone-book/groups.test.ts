import { describe, expect, it } from "vitest";
import { callNumbers, servesNeed } from "@/lib/content/model";
import { normalize } from "@/lib/search/normalize";
import { areas, needs, phonesOf, programs } from "../../tests/support/content";
import { buildPhoneBook } from "./entries";
import { ELSEWHERE, phoneBookLayout } from "./groups";

const entries = buildPhoneBook(programs);
const layout = phoneBookLayout(entries, needs, areas);
const byId = new Map(entries.map((e) => [e.id, e]));

describe("the phone book's groups", () => {
  it("put every desk under each need its programs serve, in the needs' order, and nowhere else", () => {
    for (const e of entries.filter((x) => x.desk.kind === "contact")) {
      const serving = needs.filter((n) => programs.some((p) => servesNeed(p, n.slug) && e.programs.some((q) => q.slug === p.slug)));
      const listedIn = layout.byNeed.filter((g) => g.entryIds.includes(e.id)).map((g) => g.id);
      expect(listedIn, e.desk.name).toEqual(serving.map((n) => `need-${n.slug}`));
    }
    const order = needs.map((n) => `need-${n.slug}`);
    expect(layout.byNeed.map((g) => order.indexOf(g.id))).toEqual([...layout.byNeed.map((g) => order.indexOf(g.id))].sort((a, b) => a - b));
  });

  it("put every office in the group of its municipality's region, once", () => {
    const offices = entries.filter((e) => e.desk.kind === "office");
    expect(offices.length).toBeGreaterThan(0);
    for (const e of offices) {
      const region = areas.municipalities.find((m) => m.name === e.desk.municipality?.name)?.region ?? ELSEWHERE;
      expect(layout.byArea.filter((g) => g.entryIds.includes(e.id)).map((g) => g.region), e.desk.name).toEqual([region]);
    }
    // desks are grouped by need only
    for (const g of layout.byArea) for (const id of g.entryIds) expect(byId.get(id)?.desk.kind).toBe("office");
  });

  it("offer a need's offices for the chosen municipality, and describe each region by its municipalities", () => {
    for (const g of layout.byNeed) {
      for (const id of g.localIds) {
        const e = byId.get(id)!;
        expect(e.desk.kind).toBe("office");
        expect(e.needs).toContain(g.id.replace(/^need-/, ""));
      }
    }
    for (const g of layout.byArea.filter((x) => x.region !== ELSEWHERE)) {
      for (const m of areas.municipalities.filter((x) => x.region === g.region)) expect(g.description).toContain(m.name);
    }
  });

  it("leave no number out: every tel of the site is in some group", () => {
    const grouped = new Set([...layout.byNeed, ...layout.byArea].flatMap((g) => g.entryIds));
    const numbers = new Set([...grouped].flatMap((id) => callNumbers(byId.get(id)!.desk).map((t) => t.number)));
    for (const p of programs) for (const t of phonesOf(p)) expect(numbers, t.number).toContain(t.number);
  });

  it("merge a desk shared by several programs into one entry that names them all", () => {
    const shared = entries.find((e) => e.programs.length > 1);
    expect(shared, "content has a desk shared by two programs").toBeDefined();
    const first = (e: (typeof entries)[number]) => callNumbers(e.desk)[0].number;
    const names = entries.filter((e) => e.desk.kind === shared!.desk.kind && e.desk.name === shared!.desk.name && first(e) === first(shared!));
    expect(names).toHaveLength(1);
  });

  it("let a caller filter by a need's name", () => {
    const n = needs.find((x) => layout.byNeed.some((g) => g.id === `need-${x.slug}`))!;
    for (const id of layout.byNeed.find((g) => g.id === `need-${n.slug}`)!.entryIds) expect(byId.get(id)!.haystack).toContain(normalize(n.label));
  });
});
