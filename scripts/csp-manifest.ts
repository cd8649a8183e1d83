import path from "node:path";
import { CSP_MANIFEST, writeCspManifest } from "../lib/site/csp-manifest";
import { DIST_DIR, ROOT } from "./lib/next-server";

/**
 * `npm run build` ends here: the hashes of every prebuilt page's inline
 * scripts, for the per-page Content-Security-Policy (proxy.ts, the nginx
 * configuration, a CDN's header rules).
 */
const manifest = writeCspManifest(path.join(ROOT, DIST_DIR));
const pages = Object.keys(manifest.pages).length;
console.log(`${DIST_DIR}/${CSP_MANIFEST}: ${pages} pages and the 404 page, build ${manifest.buildId}`);
