import path from "node:path";
import { CATEGORIES, type CategorySlug } from "./categories";
import { ContentError } from "./issues";
import { loadContent, type Flow, type Program } from "./load";
import type { Areas } from "./schema";

/**
 * What the pages call. Any problem in content/ stops the build here with the
 * full list of issues, so a broken file can never ship as a missing page.
 */
let cache: { programs: Program[]; flow: Flow; areas: Areas } | undefined;

function content() {
  if (!cache) {
    const loaded = loadContent(path.join(process.cwd(), "content"), process.cwd());
    if (loaded.issues.length > 0 || !loaded.flow || !loaded.areas) throw new ContentError(loaded.issues);
    cache = { programs: loaded.programs, flow: loaded.flow, areas: loaded.areas };
  }
  return cache;
}

export function getAllPrograms(): Program[] {
  return content().programs;
}

export function getProgram(slug: string): Program | undefined {
  return content().programs.find((p) => p.slug === slug);
}

export function getProgramsByCategory(slug: CategorySlug): Program[] {
  return content().programs.filter((p) => p.categories.includes(slug));
}

export function getFlow(): Flow {
  return content().flow;
}

export function getAreas(): Areas {
  return content().areas;
}

/**
 * The desk we send a visitor to when nothing else fits: the general management
 * consultation program (よろず支援拠点). Chosen by category, not by file name,
 * so renaming the file cannot break the home page.
 */
export function getGeneralDesk(): Program {
  const desks = getProgramsByCategory("management-consultation").filter((p) => p.title.includes("よろず"));
  if (desks.length !== 1) {
    throw new Error("よろず支援拠点の制度（categories に management-consultation、title に「よろず」）がちょうど1件必要です");
  }
  return desks[0];
}

export function getCategoriesWithCounts() {
  return CATEGORIES.map((c) => ({ ...c, count: getProgramsByCategory(c.slug).length }));
}

export type { Program, Flow };
