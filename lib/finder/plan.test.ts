import { describe, expect, it } from "vitest";
import { deskKey } from "@/lib/areas/desk-table";
import { localCall } from "@/lib/areas/local-desk";
import { BUSINESS_TYPES } from "@/lib/content/business-types";
import { FINDER_SKIP } from "@/lib/content/finder-skip";
import { callNumbers, officeDesks, servesNeed, type Program } from "@/lib/content/model";
import { areas, generalDesks, needs, programs } from "../../tests/support/content";
import { areaRow, kindRow, needRow } from "./answers";
import { FinderPlan, finderPath, fitsKind } from "./plan";

/** The finder's step logic over the real content: every expectation below is worked out from content, not written down. */
const places = areas.municipalities;
const plan = new FinderPlan({ programs, needs, areas, generalDesks });
const pages = plan.pages();
const resultPaths = new Set(pages.results.map((s) => finderPath(...s)));
const pagePaths = new Set([finderPath(), ...pages.areaQuestions.map((s) => finderPath(...s)), ...pages.kindQuestions.map((s) => finderPath(...s)), ...resultPaths]);

/** A program with an office in a municipality, with a number of its own. */
const hasLocalOffice = (p: Program) => officeDesks(p).some((o) => o.municipality && callNumbers(o).length);
const everything = (s: (typeof plan.steps)[number]) => [...s.programs, ...s.desks];

describe("which questions the finder asks", () => {
  it("offers every need and a skip, with the need's programs and, apart, the general desks content says handle it", () => {
    expect(plan.steps.map((s) => s.segment)).toEqual([...needs.map((n) => n.slug), FINDER_SKIP]);
    for (const s of plan.steps) {
      const all = s.need ? programs.filter((p) => servesNeed(p, s.need!.slug)) : programs;
      expect(new Set(everything(s)), s.segment).toEqual(new Set(all));
      expect(s.desks.every((d) => generalDesks.includes(d)), s.segment).toBe(true);
      expect(s.programs.some((p) => generalDesks.includes(p)), s.segment).toBe(false);
    }
  });

  it("asks where the business is exactly for the problems with a program that has local offices with numbers", () => {
    const asked = plan.steps.filter((s) => s.areas).map((s) => s.segment);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).toEqual(plan.steps.filter((s) => everything(s).some(hasLocalOffice)).map((s) => s.segment));
  });

  it("asks the kind of business exactly for the problems with a program for certain kinds only", () => {
    const asked = plan.steps.filter((s) => s.kinds).map((s) => s.segment);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).toEqual(plan.steps.filter((s) => everything(s).some((p) => p.businessTypes)).map((s) => s.segment));
  });
});

describe("answers that give the same result share one page", () => {
  it("puts each municipality in one area answer, named by its first municipality's id, whose municipalities get the same desks", () => {
    for (const s of plan.steps.filter((x) => x.areas)) {
      const answers = s.areas!;
      expect(answers.flatMap((a) => a.municipalities.map((m) => m.name)).sort(), s.segment).toEqual(places.map((m) => m.name).sort());
      const desksAt = (m: (typeof places)[number]) => everything(s).map((p) => deskKey(localCall(p, m))).join("|");
      for (const a of answers) {
        expect(a.segment).toBe(a.municipalities[0].id);
        for (const m of a.municipalities) expect(desksAt(m), `${s.segment} ${m.name}`).toBe(desksAt(a.municipalities[0]));
      }
      // and answers that differ give different desks, or they would be one page
      expect(new Set(answers.map((a) => desksAt(a.municipalities[0]))).size, s.segment).toBe(answers.length);
    }
  });

  it("puts each kind of business in one kind answer whose kinds leave the same programs", () => {
    for (const s of plan.steps.filter((x) => x.kinds)) {
      const leaves = (kind: (typeof BUSINESS_TYPES)[number]["key"]) => everything(s).filter((p) => fitsKind(p, kind)).map((p) => p.slug).join(" ");
      expect(s.kinds!.flatMap((k) => k.kinds).sort(), s.segment).toEqual(BUSINESS_TYPES.map((t) => t.key).sort());
      for (const k of s.kinds!) {
        expect(k.segment).toBe(k.kinds[0]);
        for (const kind of k.kinds) expect(leaves(kind), `${s.segment} ${kind}`).toBe(leaves(k.kinds[0]));
      }
      expect(new Set(s.kinds!.map((k) => leaves(k.kinds[0]))).size, s.segment).toBe(s.kinds!.length);
    }
  });
});

describe("every answer is a link to a page that exists", () => {
  it("leads each answer to the next question that matters, else the result", () => {
    for (const s of plan.steps) {
      const next = plan.afterNeed(s);
      expect(pagePaths, `${s.segment} → ${next}`).toContain(next);
      expect(next).toBe(s.areas ? finderPath(s.segment) : s.kinds ? finderPath(s.segment, FINDER_SKIP) : finderPath(s.segment, FINDER_SKIP, FINDER_SKIP));
      for (const m of s.areas ? places : []) {
        const area = plan.areaOf(s, m.name)!;
        expect(pagePaths).toContain(plan.afterArea(s, area));
        for (const t of s.kinds ? BUSINESS_TYPES : []) expect(resultPaths).toContain(finderPath(s.segment, area.segment, plan.kindOf(s, t.key)!.segment));
      }
    }
  });

  it("has a result for every page it lists and none for an address that is not canonical", () => {
    for (const [need, area, kind] of pages.results) expect(plan.result(need, area, kind), finderPath(need, area, kind)).toBeDefined();
    const step = plan.steps.find((s) => s.areas?.some((a) => a.municipalities.length > 1))!;
    const shared = step.areas!.find((a) => a.municipalities.length > 1)!;
    // another municipality of a shared page is not an address of its own
    expect(plan.result(step.segment, shared.municipalities[1].id, FINDER_SKIP)).toBeUndefined();
    expect(plan.kindQuestion(step.segment, shared.municipalities[1].id)).toBeUndefined();
    const plain = plan.steps.find((s) => !s.areas && !s.kinds)!;
    expect(plan.result(plain.segment, places[0].id, FINDER_SKIP), "no area page where the area is not asked").toBeUndefined();
    expect(plan.result("no-such-need", FINDER_SKIP, FINDER_SKIP)).toBeUndefined();
  });
});

describe("a result", () => {
  it("lists the programs for the kind, each with the desk localCall gives its area", () => {
    for (const [need, area, kind] of pages.results) {
      const r = plan.result(need, area, kind)!;
      const place = r.area?.municipalities[0];
      const expected = r.step.programs.filter((p) => !r.kind || !p.businessTypes || p.businessTypes.includes(r.kind.kinds[0]));
      expect(r.programs.map((x) => x.program)).toEqual(expected);
      for (const x of [...r.programs, ...r.desks]) expect(x.desk).toEqual(localCall(x.program, place));
    }
  });

  it("for a startup in 八戸市, offers the startup program's office in 八戸市", () => {
    const hachinohe = places.find((m) => m.name === "八戸市")!;
    const inHachinohe = (p: Program) => officeDesks(p).find((o) => o.municipality === hachinohe && callNumbers(o).length);
    const startup = programs.find((p) => p.businessTypes?.includes("not-yet-started") && inHachinohe(p))!;
    const office = inHachinohe(startup)!;
    const step = plan.steps.find((s) => s.programs.includes(startup) && s.need)!;
    const area = plan.areaOf(step, hachinohe.name)!;
    const r = plan.result(step.segment, area.segment, plan.kindOf(step, "not-yet-started")!.segment)!;
    const card = r.programs.find((x) => x.program === startup)!;
    expect(card.desk.phone.number).toBe(callNumbers(office)[0].number);
    expect(card.desk.name).toBe(office.name);
  });

  it("says which answers the page stands for, and where to change each", () => {
    for (const [need, area, kind] of pages.results) {
      const r = plan.result(need, area, kind)!;
      const rows = [needRow(r.step), areaRow(r.step, r.area), kindRow(r.step, r.area, r.kind)];
      if (r.step.need) expect(rows[0].answer).toContain(r.step.need.need);
      for (const m of r.area?.municipalities ?? []) expect(rows[1].answer).toContain(m.name);
      expect(rows[1].change !== undefined, finderPath(need, area, kind)).toBe(!!r.step.areas);
      expect(rows[2].change !== undefined, finderPath(need, area, kind)).toBe(!!r.step.kinds);
      for (const href of rows.flatMap((x) => x.change?.href ?? [])) expect(pagePaths, href).toContain(href);
    }
  });
});
