import { deskKey } from "@/lib/areas/desk-table";
import { localCall, type DeskCall } from "@/lib/areas/local-desk";
import { BUSINESS_TYPES, type BusinessType } from "@/lib/content/business-types";
import { FINDER_SKIP } from "@/lib/content/finder-skip";
import { servesNeed, type Need, type Program } from "@/lib/content/model";
import type { Areas, Municipality } from "@/lib/content/schema";

/**
 * 「3つの質問で探す」 as data: which questions matter for which answers, and
 * the one prerendered address for each distinct result.
 *
 * Every page is static, so each answer is a link to a page built in advance:
 *   /finder                              Q1 the problem (a need, or skip)
 *   /finder/<need>                       Q2 where the business is (only if the area changes a number)
 *   /finder/<need>/<area>                Q3 what kind of business (only if some program is for certain kinds)
 *   /finder/<need>/<area>/<kind>         the result
 * with FINDER_SKIP ("all") for a question skipped or not asked. To keep the
 * number of pages bounded, answers that give the same result share a page:
 * municipalities whose every program would be answered by the same desks are
 * one area (named by the first of them in content/areas/), and kinds of
 * business that leave the same programs are one kind (named by the first in
 * BUSINESS_TYPES). A skipped question keeps a page of its own even where it
 * gives the same result as an answer, so a page never claims an answer the
 * visitor did not give.
 */

export type FinderContent = { programs: Program[]; needs: Need[]; areas: Areas; generalDesks: Program[] };

/** A set of municipalities that get the same numbers for a need. */
export type AreaAnswer = { segment: string; municipalities: Municipality[] };
/** A set of kinds of business that get the same programs for a need. */
export type KindAnswer = { segment: string; kinds: BusinessType[] };

export type NeedStep = {
  segment: string;
  /** Undefined when the problem was skipped. */
  need?: Need;
  /** The programs for the problem, the general desks apart. */
  programs: Program[];
  /** The general desks whose content says they handle this problem (their needs); all of them when it was skipped. */
  desks: Program[];
  /** The area answers, or null when no program's number depends on where the business is. */
  areas: AreaAnswer[] | null;
  /** The kind answers, or null when no program is for certain kinds of business only. */
  kinds: KindAnswer[] | null;
};

export type FinderResult = {
  step: NeedStep;
  /** Undefined when the area was skipped or not asked. */
  area?: AreaAnswer;
  /** Undefined when the kind was skipped or not asked. */
  kind?: KindAnswer;
  /** The matching programs, each with the desk to call for the area. */
  programs: { program: Program; desk: DeskCall }[];
  /** The general desks for the problem, with their desk for the area. */
  desks: { program: Program; desk: DeskCall }[];
};

export const FINDER_PATH = "/finder";

export function finderPath(...segments: string[]): string {
  return [FINDER_PATH, ...segments].join("/");
}

/** Whether a program is for the kind of business given (a program for every kind always is). */
export function fitsKind(p: Program, kind: BusinessType | undefined): boolean {
  return !kind || !p.businessTypes || p.businessTypes.includes(kind);
}

export class FinderPlan {
  readonly steps: NeedStep[];

  constructor(private readonly content: FinderContent) {
    const { needs, programs, generalDesks } = content;
    const isDesk = (p: Program) => generalDesks.includes(p);
    const skipped: Omit<NeedStep, "areas" | "kinds"> = {
      segment: FINDER_SKIP,
      programs: programs.filter((p) => !isDesk(p)),
      desks: generalDesks,
    };
    const byNeed = needs.map((need): Omit<NeedStep, "areas" | "kinds"> => ({
      segment: need.slug,
      need,
      programs: programs.filter((p) => !isDesk(p) && servesNeed(p, need.slug)),
      desks: generalDesks.filter((p) => servesNeed(p, need.slug)),
    }));
    this.steps = [...byNeed, skipped].map((s) => ({ ...s, areas: this.areaAnswers(s), kinds: kindAnswers(s) }));
  }

  step(segment: string): NeedStep | undefined {
    return this.steps.find((s) => s.segment === segment);
  }

  /** Where answering Q1 with this need leads: the next question that matters, else the result. */
  afterNeed(step: NeedStep): string {
    if (step.areas) return finderPath(step.segment);
    return this.afterArea(step, undefined);
  }

  /** Where answering Q2 (or not being asked it) leads. */
  afterArea(step: NeedStep, area: AreaAnswer | undefined): string {
    const a = area?.segment ?? FINDER_SKIP;
    return step.kinds ? finderPath(step.segment, a) : finderPath(step.segment, a, FINDER_SKIP);
  }

  /** The area answer a municipality belongs to for this need. */
  areaOf(step: NeedStep, municipality: string): AreaAnswer | undefined {
    return step.areas?.find((a) => a.municipalities.some((m) => m.name === municipality));
  }

  /** The kind answer a kind of business belongs to for this need. */
  kindOf(step: NeedStep, kind: BusinessType): KindAnswer | undefined {
    return step.kinds?.find((k) => k.kinds.includes(kind));
  }

  /** The Q3 page, if it exists: the need asks the kind, and the area segment is one of its answers. */
  kindQuestion(needSegment: string, areaSegment: string): { step: NeedStep; area?: AreaAnswer } | undefined {
    const step = this.step(needSegment);
    if (!step?.kinds) return undefined;
    const area = this.areaSegment(step, areaSegment);
    return area === null ? undefined : { step, area };
  }

  /** The result page, if it exists. */
  result(needSegment: string, areaSegment: string, kindSegment: string): FinderResult | undefined {
    const step = this.step(needSegment);
    if (!step) return undefined;
    const area = this.areaSegment(step, areaSegment);
    const kind = kindSegment === FINDER_SKIP ? undefined : (step.kinds?.find((k) => k.segment === kindSegment) ?? null);
    if (area === null || kind === null) return undefined;
    const place = area?.municipalities[0];
    const withDesk = (p: Program) => ({ program: p, desk: localCall(p, place) });
    const fits = (p: Program) => fitsKind(p, kind?.kinds[0]);
    return { step, area, kind, programs: step.programs.filter(fits).map(withDesk), desks: step.desks.filter(fits).map(withDesk) };
  }

  /** Every page's segments: Q2 pages, Q3 pages and result pages. */
  pages(): { areaQuestions: string[][]; kindQuestions: string[][]; results: string[][] } {
    const areaQuestions: string[][] = [];
    const kindQuestions: string[][] = [];
    const results: string[][] = [];
    for (const step of this.steps) {
      if (step.areas) areaQuestions.push([step.segment]);
      for (const a of [FINDER_SKIP, ...(step.areas ?? []).map((x) => x.segment)]) {
        if (step.kinds) kindQuestions.push([step.segment, a]);
        for (const k of [FINDER_SKIP, ...(step.kinds ?? []).map((x) => x.segment)]) results.push([step.segment, a, k]);
      }
    }
    return { areaQuestions, kindQuestions, results };
  }

  /** The area answer for a segment: undefined for skipped, null for one that is not a page. */
  private areaSegment(step: NeedStep, segment: string): AreaAnswer | undefined | null {
    if (segment === FINDER_SKIP) return undefined;
    return step.areas?.find((a) => a.segment === segment) ?? null;
  }

  /**
   * Municipalities grouped by the desks that would answer each of the need's
   * programs and general desks there; null when every municipality gets the
   * main desks (no program has an office with a number), so the question is not asked.
   */
  private areaAnswers(step: Omit<NeedStep, "areas" | "kinds">): AreaAnswer[] | null {
    const all = [...step.programs, ...step.desks];
    const groups = new Map<string, Municipality[]>();
    let local = false;
    for (const m of this.content.areas.municipalities) {
      const desks = all.map((p) => localCall(p, m));
      local ||= desks.some((d) => d.match !== "main");
      const key = desks.map(deskKey).join("\n");
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    return local ? [...groups.values()].map((ms) => ({ segment: ms[0].id, municipalities: ms })) : null;
  }
}

/** Kinds of business grouped by the programs they leave; null when no program is for certain kinds only. */
function kindAnswers(step: Omit<NeedStep, "areas" | "kinds">): KindAnswer[] | null {
  const all = [...step.programs, ...step.desks];
  if (!all.some((p) => p.businessTypes)) return null;
  const groups = new Map<string, BusinessType[]>();
  for (const { key: kind } of BUSINESS_TYPES) {
    const key = all
      .filter((p) => fitsKind(p, kind))
      .map((p) => p.slug)
      .join(" ");
    groups.set(key, [...(groups.get(key) ?? []), kind]);
  }
  return [...groups.values()].map((kinds) => ({ segment: kinds[0], kinds }));
}
