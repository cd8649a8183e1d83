import path from "node:path";
import { ContentError } from "./issues";
import { loadContent, type Flow, type Need, type Program } from "./load";
import type { Areas } from "./schema";

/**
 * What the pages call. Any problem in content/ stops the build here with the
 * full list of issues, so a broken file can never ship as a missing page.
 */
let cache: { programs: Program[]; needs: Need[]; flow: Flow; areas: Areas; generalDesks: Program[] } | undefined;

function content() {
  if (!cache) {
    const loaded = loadContent(path.join(process.cwd(), "content"), process.cwd());
    if (loaded.issues.length > 0 || !loaded.flow || !loaded.areas) throw new ContentError(loaded.issues);
    const { programs, needs, flow, areas } = loaded;
    // loadContent has refused a desk that is not a program, so every slug is found.
    const generalDesks = programs.filter((p) => flow.generalDesks.includes(p.slug)).sort((a, b) => flow.generalDesks.indexOf(a.slug) - flow.generalDesks.indexOf(b.slug));
    cache = { programs, needs, flow, areas, generalDesks };
  }
  return cache;
}

export function getAllPrograms(): Program[] {
  return content().programs;
}

export function getProgram(slug: string): Program | undefined {
  return content().programs.find((p) => p.slug === slug);
}

/** Every need, in display order. */
export function getNeeds(): Need[] {
  return content().needs;
}

export function getNeed(slug: string): Need | undefined {
  return content().needs.find((n) => n.slug === slug);
}

export function getProgramsByNeed(slug: string): Program[] {
  return content().programs.filter((p) => p.categories.includes(slug));
}

export function getNeedsWithCounts(): (Need & { count: number })[] {
  return getNeeds().map((n) => ({ ...n, count: getProgramsByNeed(n.slug).length }));
}

export function getFlow(): Flow {
  return content().flow;
}

export function getAreas(): Areas {
  return content().areas;
}

/**
 * The desks we send a visitor to when nothing else fits, in the order the
 * flow file lists them (content/flow/, `generalDesks`): the first is the main one.
 */
export function getGeneralDesks(): Program[] {
  return content().generalDesks;
}

export function getGeneralDesk(): Program {
  return getGeneralDesks()[0];
}

export type { Program, Need, Flow };
