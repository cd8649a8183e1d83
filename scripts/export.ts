import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { CSP_MANIFEST } from "../lib/site/csp-manifest";
import { contentSecurityPolicy, NO_STORE, SECURITY_HEADERS } from "../lib/site/security-headers";
import { assertBuilt, DIST_DIR, distPath, ROOT } from "./lib/next-server";
import { nginxSiteConfig } from "./lib/nginx-config";
import { collectSiteExport, HTML_TYPE, type ExportedFile } from "./lib/site-export";

/**
 * `npm run export` (after `npm run build`): the whole site as plain files in
 * EXPORT_DIR (default out/), to be served by nginx (npm run serve:nginx), a
 * CDN or object storage with the same status codes and headers as `next start`.
 *
 *   out/site/        every URL's file: pages (.html) and their RSC payloads (.rsc, .segments/),
 *                    route output (feed, open data, .ics, robots, sitemap), /_next/static, public/;
 *                    text files also as .gz, compressed once here
 *   out/errors/      the 404 page (HTML and its RSC payload), the 400 answer
 *   out/headers.json every URL with its Content-Type and headers, for a CDN's or bucket's rules
 *   out/csp-manifest.json  the per-page script hashes the Content-Security-Policy allows
 *   out/nginx/site.conf    the nginx `http`-level configuration (maps and server) for out/site
 */
export const EXPORT_DIR = path.resolve(ROOT, process.env.EXPORT_DIR ?? "out");

/** Text formats worth compressing; images and fonts already are. */
const COMPRESSIBLE = /\.(html|rsc|js|css|json|xml|csv|ics|txt|svg|map)$/;

function write(file: string, data: Buffer | string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
}

/** `file.gz` beside the file, when compressing saves anything. */
function precompress(file: string): number {
  if (!COMPRESSIBLE.test(file)) return 0;
  const raw = fs.readFileSync(file);
  const gz = zlib.gzipSync(raw, { level: 9 });
  if (gz.length >= raw.length) return 0;
  fs.writeFileSync(`${file}.gz`, gz);
  return 1;
}

function main() {
  assertBuilt();
  const site = collectSiteExport(distPath(), path.join(ROOT, "public"));
  const siteDir = path.join(EXPORT_DIR, "site");
  const errorsDir = path.join(EXPORT_DIR, "errors");
  fs.rmSync(EXPORT_DIR, { recursive: true, force: true });

  let compressed = 0;
  for (const f of site.files) {
    const target = path.join(siteDir, f.file);
    write(target, fs.readFileSync(f.source));
    compressed += precompress(target);
  }
  const errors: [string, Buffer | string][] = [
    ["404.html", fs.readFileSync(site.notFound.html)],
    ["404.rsc", fs.readFileSync(site.notFound.rsc)],
    // nginx answers a request it cannot parse before any location, so this one is a file
    ["400.txt", "Bad Request\n"],
    ["404.txt", "Not Found"],
  ];
  for (const [name, data] of errors) {
    write(path.join(errorsDir, name), data);
    compressed += precompress(path.join(errorsDir, name));
  }

  const table = (f: ExportedFile) => ({ file: `site/${f.file}`, headers: { "Content-Type": f.contentType, ...Object.fromEntries(f.headers.map((h) => [h.name, h.value])) } });
  write(
    path.join(EXPORT_DIR, "headers.json"),
    `${JSON.stringify(
      {
        buildId: site.manifest.buildId,
        about:
          "Every URL: its file and headers, plus everyResponse on all answers. A page's URL asked with the request header `RSC: 1` answers its .rsc file instead (same headers, Content-Type text/x-component). Any other URL answers notFound with status 404.",
        everyResponse: Object.fromEntries(SECURITY_HEADERS.map((h) => [h.name, h.value])),
        notFound: {
          status: 404,
          file: "errors/404.html",
          headers: { "Content-Type": HTML_TYPE, "Content-Security-Policy": contentSecurityPolicy(site.manifest.notFound), "Cache-Control": NO_STORE },
        },
        urls: Object.fromEntries(site.files.filter((f) => f.kind !== "rsc" && f.kind !== "segment").map((f) => [f.urlPath, table(f)])),
      },
      null,
      2,
    )}\n`,
  );
  write(path.join(EXPORT_DIR, CSP_MANIFEST), `${JSON.stringify(site.manifest, null, 2)}\n`);
  write(path.join(EXPORT_DIR, "nginx", "site.conf"), nginxSiteConfig(site, { listen: "127.0.0.1:8080", siteRoot: siteDir, errorsRoot: errorsDir }));

  const count = (kind: ExportedFile["kind"]) => site.files.filter((f) => f.kind === kind).length;
  console.log(
    `${path.relative(ROOT, EXPORT_DIR)}/: ${count("page")} pages (+ RSC payloads, ${count("segment")} segment files), ${count("route")} route outputs, ` +
      `${count("static")} /_next/static files, ${count("public")} public/ files, ${compressed} precompressed (.gz); build ${site.manifest.buildId} from ${DIST_DIR}/`,
  );
  console.log(`nginx: npm run serve:nginx  (configuration: ${path.relative(ROOT, path.join(EXPORT_DIR, "nginx", "site.conf"))})`);
}

main();
