import path from "node:path";
import { ContentError } from "./issues";
import { loadContent, type Flow, type Need } from "./load";
import { servesNeed, type Program, type SiteContent } from "./model";
import { nameBook, type NameBook } from "./name-book";
import { resolveContent } from "./resolve";
import type { Areas, Settings } from "./schema";

/**
 * What the pages call. Any problem in content/ stops the build here with the
 * full list of issues, so a broken file can never ship as a missing page.
 */
export function loadSiteContent(projectRoot: string): SiteContent {
  const loaded = loadContent(path.join(projectRoot, "content"), projectRoot);
  if (loaded.issues.length > 0 || !loaded.flow || !loaded.areas || !loaded.settings || !loaded.names) throw new ContentError(loaded.issues);
  return resolveContent({ programs: loaded.programs, needs: loaded.needs, flow: loaded.flow, areas: loaded.areas, settings: loaded.settings, names: loaded.names });
}

let cache: SiteContent | undefined;
const content = (): SiteContent => (cache ??= loadSiteContent(process.cwd()));

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
  return content().programs.filter((p) => servesNeed(p, slug));
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

/** The current edition (content/settings/): the fiscal year whose facts staff are checking now. */
export function getSettings(): Settings {
  return content().settings;
}

/** Every name's reading and English: desks' names and notes (content/names/), municipalities and regions. */
export function getNameBook(): NameBook {
  return (book ??= nameBook(content().names, content().areas));
}
let book: NameBook | undefined;

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
