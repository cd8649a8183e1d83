import fs from "node:fs";
import path from "node:path";

/**
 * The fixed pages of the site, read from app/ itself (every page.tsx outside
 * a [dynamic] folder), so a body link to a page that exists is never refused
 * and a page added later needs no list updated here.
 */
export function staticRoutes(appDir: string): string[] {
  const routes: string[] = [];
  const visit = (dir: string, route: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name.startsWith("[") || e.name.startsWith("_") || e.name.startsWith("@")) continue;
        // (group) folders do not appear in the URL
        const segment = e.name.startsWith("(") ? "" : `/${e.name}`;
        visit(path.join(dir, e.name), route + segment);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(e.name)) {
        routes.push(route || "/");
      }
    }
  };
  if (fs.existsSync(appDir)) visit(appDir, "");
  return routes.sort();
}
