import path from "node:path";
import { getAllPrograms, getFlow, getNeeds, getProgram, getProgramsByNeed } from "@/lib/content/api";
import { staticRoutes } from "@/lib/content/site-routes";
import { englishProgramPath, needPath, programPath } from "./paths";

export type SiteRoute = { path: string; lastModified: string };

const latest = (dates: string[], fallback = "") => dates.reduce((a, b) => (a > b ? a : b), fallback);

/**
 * Every public page with the date its content was last updated: the fixed
 * pages found in app/, one page per need and one per program (in Japanese and in English). The sitemap
 * lists exactly these, so a new page or program appears there by itself.
 */
export function siteRoutes(): SiteRoute[] {
  const programs = getAllPrograms();
  const everything = latest([...programs.map((p) => p.updated), getFlow().updated]);
  return [
    ...staticRoutes(path.join(process.cwd(), "app")).map((p) => ({
      path: p,
      lastModified: p === "/flow" ? getFlow().updated : everything,
    })),
    ...getNeeds().map((n) => ({
      path: needPath(n.slug),
      // a need with no program yet still has a page, dated like the fixed pages
      lastModified: latest(getProgramsByNeed(n.slug).map((p) => p.updated)) || everything,
    })),
    ...programs.map((p) => ({ path: programPath(p.slug), lastModified: p.updated })),
    ...programs.map((p) => ({ path: englishProgramPath(p.slug), lastModified: p.updated })),
  ];
}

/** The [slug] of a program's pages, in Japanese and in English: one per program, all made at build time. */
export function programParams(): { slug: string }[] {
  return getAllPrograms().map((p) => ({ slug: p.slug }));
}

/** What a program's page and its metadata are given by the router. */
export type ProgramRouteProps = { params: Promise<{ slug: string }> };

/** The program a program route names; undefined for a slug that is no program's. */
export async function routeProgram({ params }: ProgramRouteProps) {
  return getProgram((await params).slug);
}
