import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { CSP_MANIFEST } from "@/lib/site/csp-manifest";
import { contentSecurityPolicy, NO_STORE, SECURITY_HEADERS } from "@/lib/site/security-headers";
import { nginxSiteConfig } from "./nginx-config";
import { collectSiteExport, HTML_TYPE, type ExportedFile, type SiteExport } from "./site-export";

/**
 * The whole site as plain files in outDir, to be served by nginx, a CDN or
 * object storage with the same status codes and headers as `next start`:
 *
 *   site/        every URL's file: pages (.html) and their RSC payloads (.rsc, .segments/),
 *                route output (feed, open data, .ics, robots, sitemap), /_next/static, public/;
 *                text files also as .gz, compressed once here
 *   errors/      the 404 page (HTML and its RSC payload), the 400 answer
 *   headers.json every URL with its Content-Type and headers, for a CDN's or bucket's rules
 *   csp-manifest.json  the per-page script hashes the Content-Security-Policy allows
 *   nginx/site.conf    the nginx `http`-level configuration (maps and server) for site/
 *
 * outDir is emptied first. Every file is written readable by all (the
 * default umask), so a web server's own unprivileged user can serve it.
 */
export type ExportPaths = { distDir: string; publicDir: string; outDir: string };
export type ExportSummary = { site: SiteExport; compressed: number };

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

export function writeExport({ distDir, publicDir, outDir }: ExportPaths): ExportSummary {
  const site = collectSiteExport(distDir, publicDir);
  const siteDir = path.join(outDir, "site");
  const errorsDir = path.join(outDir, "errors");
  fs.rmSync(outDir, { recursive: true, force: true });

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
    path.join(outDir, "headers.json"),
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
  write(path.join(outDir, CSP_MANIFEST), `${JSON.stringify(site.manifest, null, 2)}\n`);
  write(path.join(outDir, "nginx", "site.conf"), nginxSiteConfig(site, { listen: "127.0.0.1:8080", siteRoot: siteDir, errorsRoot: errorsDir }));
  return { site, compressed };
}
