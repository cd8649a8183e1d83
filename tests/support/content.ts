import path from "node:path";
import { FINDER_SKIP } from "../../lib/content/finder-skip";
import { ContentError } from "../../lib/content/issues";
import { loadContent } from "../../lib/content/load";
import { allNumbers, callNumbers, faxDesks, officeDesks, type Program } from "../../lib/content/model";
import { nameBook as nameBookOf } from "../../lib/content/name-book";
import { resolveContent } from "../../lib/content/resolve";
import { FinderPlan, finderPath } from "../../lib/finder/plan";
import { staticRoutes as appPages } from "../../lib/content/site-routes";
import { englishProgramPath, faxSheetPath, needPath, programPath } from "../../lib/site/paths";

/** The same content the site is built from: tests take their expectations from here. */
const root = path.resolve(__dirname, "../..");
const loaded = loadContent(path.join(root, "content"), root);
if (loaded.issues.length || !loaded.flow || !loaded.areas || !loaded.settings || !loaded.names) throw new ContentError(loaded.issues);
const site = resolveContent({ ...loaded, flow: loaded.flow, areas: loaded.areas, settings: loaded.settings, names: loaded.names });

/** The programs as their files are written (front-matter), for what must publish them as written. */
export const programFiles = loaded.programs;
export const programs = site.programs;
export const areas = site.areas;
export const flow = site.flow;
export const needs = site.needs;
export const settings = site.settings;
/** Readings and English of names (content/names/, municipalities, regions). */
export const nameBook = nameBookOf(site.names, site.areas);
export const staticRoutes = ["/", "/needs", "/programs", "/phone-book", "/flow", "/about", "/accessibility"];
export const allRoutes = [
  ...staticRoutes,
  ...needs.map((n) => needPath(n.slug)),
  ...programs.map((p) => programPath(p.slug)),
  ...programs.map((p) => englishProgramPath(p.slug)),
];
export const digits = (n: string) => n.replace(/\D/g, "");
export const generalDesks = site.generalDesks;
/** The finder over the same content, to derive what its pages must show. */
export const finder = new FinderPlan({ programs, needs, areas, generalDesks });
const finderPages = finder.pages();
/**
 * One finder page per template (the first question is a fixed page, in everyPage): the first
 * area question, a kind question with an area answered, and a result with every question answered
 * and a local desk on a card. The finder's
 * other pages are the same templates over other answers.
 */
export const FINDER_SCREENS = [
  finderPath(...finderPages.areaQuestions[0]),
  finderPath(...finderPages.kindQuestions.find(([, area]) => area !== FINDER_SKIP)!),
  finderPath(...finderPages.results.find(([need, area, kind]) => kind !== FINDER_SKIP && finder.result(need, area, kind)!.programs.some((x) => x.desk.match !== "main"))!),
];
/** Every FAX sheet: one per FAX number of each program's desks, addressed to the first desk with it. */
export const FAX_SHEETS = programs.flatMap((program) => faxDesks(program).map(({ fax, desk }) => ({ route: faxSheetPath(program.slug, fax.number), program, fax: fax.number, desk })));
/** The sheet whose desk and program names are longest, the one most likely to wrap: the site-wide checks' screen of the template. */
export const FAX_SHEET_SCREENS = [...FAX_SHEETS].sort((a, b) => b.desk.name.length + b.program.title.length - (a.desk.name.length + a.program.title.length)).slice(0, 1).map((s) => s.route);
/** allRoutes plus any fixed page found in app/ that the list above does not name yet, so no page escapes the site-wide checks. */
export const everyPage = [...new Set([...allRoutes, ...appPages(path.join(root, "app"))])];

export const NOT_FOUND = "/no-such-page";
/** A search that has results: the label of the first need, which its own programs carry. */
export const SEARCH_RESULTS = `/search?q=${encodeURIComponent(needs[0].label)}`;
/** Every screen a visitor can land on: each page, a results page and the 404 page. */
export const everyScreen = [...everyPage, ...FINDER_SCREENS, ...FAX_SHEET_SCREENS, SEARCH_RESULTS, NOT_FOUND];

/**
 * The template a screen is drawn with: one per fixed page, one for all need
 * pages, one for all program pages, one for their FAX sheets, one per finder step, plus search results and the 404 page.
 */
export function templateOf(route: string): string {
  if (route === NOT_FOUND) return "404";
  if (route.startsWith("/search?")) return "/search?q=…";
  if (/^\/programs\/[^/]+\/fax\//.test(route)) return "/programs/[slug]/fax/[number]";
  if (route.startsWith("/programs/")) return "/programs/[slug]";
  if (route.startsWith("/en/programs/")) return "/en/programs/[slug]";
  if (route.startsWith("/needs/")) return "/needs/[slug]";
  if (route.startsWith("/finder/")) return ["/finder/[need]", "/finder/[need]/[area]", "/finder/[need]/[area]/[kind]"][route.split("/").length - 3];
  return route;
}

export const templates = [...new Set(everyScreen.map(templateOf))];
export const screensOf = (template: string) => everyScreen.filter((r) => templateOf(r) === template);

/** Every number a visitor can call for the program, its desks in order. */
export const phonesOf = (p: Program) => p.desks.flatMap(callNumbers);
/** The program's first office with a number and a municipality (that municipality, when one is named): where a caller there can be sent. */
export const localOffice = (p: Program, municipality?: string) =>
  officeDesks(p).find((d) => callNumbers(d).length && d.municipality && (municipality === undefined || d.municipality.name === municipality));
export const faxesOf = (p: Program) => allNumbers(p).filter((n) => n.type === "fax").map((n) => n.number);
