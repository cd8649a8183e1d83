import path from "node:path";
import { deferScriptsInBuild } from "../lib/site/after-paint";
import { CSP_MANIFEST, writeCspManifest } from "../lib/site/csp-manifest";
import { DIST_DIR, ROOT } from "./lib/next-server";

/**
 * `npm run build` ends here: every prebuilt page's scripts set to load after
 * its first paint (lib/site/after-paint.ts), then the hashes of each page's
 * inline scripts, for the per-page Content-Security-Policy (proxy.ts, the
 * nginx configuration, a CDN's header rules).
 */
const deferred = deferScriptsInBuild(path.join(ROOT, DIST_DIR));
const manifest = writeCspManifest(path.join(ROOT, DIST_DIR));
const pages = Object.keys(manifest.pages).length;
console.log(`${DIST_DIR}/: scripts load after the first paint on ${deferred.rewritten} page(s) rewritten now (${deferred.pages} built)`);
console.log(`${DIST_DIR}/${CSP_MANIFEST}: ${pages} pages and the 404 page, build ${manifest.buildId}`);
