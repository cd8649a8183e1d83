import path from "node:path";
import { writeExport } from "../lib/export/write";
import type { ExportedFile } from "../lib/export/site-export";
import { assertBuilt, DIST_DIR, distPath, ROOT } from "./lib/next-server";

/**
 * `npm run export` (after `npm run build`): the whole site as plain files in
 * EXPORT_DIR (default out/), to be served by nginx (npm run serve:nginx), a
 * CDN or object storage with the same status codes and headers as `next start`
 * (lib/export/write.ts says what goes where).
 */
const EXPORT_DIR = path.resolve(ROOT, process.env.EXPORT_DIR ?? "out");

assertBuilt();
const { site, compressed } = writeExport({ distDir: distPath(), publicDir: path.join(ROOT, "public"), outDir: EXPORT_DIR });
const count = (kind: ExportedFile["kind"]) => site.files.filter((f) => f.kind === kind).length;
console.log(
  `${path.relative(ROOT, EXPORT_DIR)}/: ${count("page")} pages (+ RSC payloads, ${count("segment")} segment files), ${count("route")} route outputs, ` +
    `${count("static")} /_next/static files, ${count("public")} public/ files, ${compressed} precompressed (.gz); build ${site.manifest.buildId} from ${DIST_DIR}/`,
);
console.log(`nginx: npm run serve:nginx  (configuration: ${path.relative(ROOT, path.join(EXPORT_DIR, "nginx", "site.conf"))})`);
