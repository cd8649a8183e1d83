import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { staticRoutes as appPages } from "../../lib/content/site-routes";

/** The same content the site is built from: tests take their expectations from here. */
const root = path.resolve(__dirname, "../..");
const loaded = loadContent(path.join(root, "content"), root);
if (loaded.issues.length) throw new Error("content/ has issues; run npm run validate");

export const programs = loaded.programs;
export const flow = loaded.flow!;
export const needs = loaded.needs;
export const staticRoutes = ["/", "/needs", "/programs", "/phone-book", "/flow", "/about", "/accessibility"];
export const allRoutes = [...staticRoutes, ...needs.map((n) => `/needs/${n.slug}`), ...programs.map((p) => `/programs/${p.slug}`)];
export const digits = (n: string) => n.replace(/\D/g, "");
/** allRoutes plus any fixed page found in app/ that the list above does not name yet, so no page escapes the site-wide checks. */
export const everyPage = [...new Set([...allRoutes, ...appPages(path.join(root, "app"))])];
