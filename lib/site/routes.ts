import path from "node:path";
import { getAllPrograms, getFlow, getProgramsByCategory } from "@/lib/content/api";
import { CATEGORIES } from "@/lib/content/categories";
import { staticRoutes } from "@/lib/content/site-routes";
import { needPath, programPath } from "./paths";

export type SiteRoute = { path: string; lastModified: string };

const latest = (dates: string[], fallback = "") => dates.reduce((a, b) => (a > b ? a : b), fallback);

/**
 * Every public page with the date its content was last checked: the fixed
 * pages found in app/, one page per need and one per program. The sitemap
 * lists exactly these, so a new page or program appears there by itself.
 */
export function siteRoutes(): SiteRoute[] {
  const programs = getAllPrograms();
  const everything = latest([...programs.map((p) => p.lastChecked), getFlow().lastChecked]);
  return [
    ...staticRoutes(path.join(process.cwd(), "app")).map((p) => ({
      path: p,
      lastModified: p === "/flow" ? getFlow().lastChecked : everything,
    })),
    ...CATEGORIES.map((c) => ({
      path: needPath(c.slug),
      // a need with no program yet still has a page, dated like the fixed pages
      lastModified: latest(getProgramsByCategory(c.slug).map((p) => p.lastChecked)) || everything,
    })),
    ...programs.map((p) => ({ path: programPath(p.slug), lastModified: p.lastChecked })),
  ];
}
