import fs from "node:fs";
import path from "node:path";
import { builtHtmlFiles, loadCspManifest, type CspManifest } from "@/lib/site/csp-manifest";
import { cacheControlForPath, cspForPath, type Header } from "@/lib/site/security-headers";

/**
 * What `next start` would send for every file of a build, worked out from the
 * build output alone, so the same files can be served as they are (nginx, a
 * CDN, object storage) with the same status and headers. The headers come
 * from lib/site/security-headers.ts, like proxy.ts's (whose Cache-Control
 * Next keeps); what Next itself adds (a route handler's Content-Type and
 * Content-Disposition, kept in its `.meta`) is read from the build.
 */

/** A URL the export answers, the build file it comes from, where it goes (relative to the site folder) and its own headers. */
export type ExportedFile = {
  urlPath: string;
  source: string;
  file: string;
  kind: "page" | "rsc" | "segment" | "route" | "static" | "public";
  contentType: string;
  headers: Header[];
};

export type SiteExport = { manifest: CspManifest; files: ExportedFile[]; notFound: { html: string; rsc: string } };

/** Content-Type of a page and of its React Server Components payload (what client-side navigation fetches). */
export const HTML_TYPE = "text/html; charset=utf-8";
export const RSC_TYPE = "text/x-component";
/** Next varies a page's answer on these request headers (HTML or the RSC payload); caches must too. */
export const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

type SendMime = { lookup(p: string): string; charsets: { lookup(t: string): string | undefined } };

/** The Content-Type Next's static file handler (`send`) gives a file: the same table, the same charset rule. */
export function staticContentType(file: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mime = (require("next/dist/compiled/send") as { mime: SendMime }).mime;
  const type = mime.lookup(file);
  const charset = mime.charsets.lookup(type);
  return charset ? `${type}; charset=${charset}` : type;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const toUrl = (relative: string) => `/${relative.split(path.sep).join("/")}`;

function securityFor(urlPath: string, manifest: CspManifest): Header[] {
  return [{ name: "Content-Security-Policy", value: cspForPath(urlPath, manifest) }];
}

/**
 * Every file the site serves, from the build in distDir and publicDir. Throws
 * when two sources claim the same URL (a public/ file shadowing a page, say),
 * because one of them would silently not be served.
 */
export function collectSiteExport(distDir: string, publicDir: string): SiteExport {
  const manifest = loadCspManifest(distDir);
  const appDir = path.join(distDir, "server", "app");
  const files: ExportedFile[] = [];

  for (const { route, file } of builtHtmlFiles(distDir)) {
    if (route.startsWith("/_")) continue;
    const base = path.relative(appDir, file).replace(/\.html$/, "");
    const page = { urlPath: route, headers: [...securityFor(route, manifest), { name: "Cache-Control", value: cacheControlForPath(route) }, { name: "Vary", value: PAGE_VARY }] };
    files.push({ ...page, source: file, file: `${base}.html`, kind: "page", contentType: HTML_TYPE });
    files.push({ ...page, source: path.join(appDir, `${base}.rsc`), file: `${base}.rsc`, kind: "rsc", contentType: RSC_TYPE });
    for (const segment of walk(path.join(appDir, `${base}.segments`))) {
      files.push({ ...page, source: segment, file: path.relative(appDir, segment), kind: "segment", contentType: RSC_TYPE });
    }
  }

  for (const body of walk(appDir).filter((f) => f.endsWith(".body"))) {
    const relative = path.relative(appDir, body).replace(/\.body$/, "");
    const urlPath = toUrl(relative);
    const meta = JSON.parse(fs.readFileSync(body.replace(/\.body$/, ".meta"), "utf8")) as { headers?: Record<string, string> };
    const own = meta.headers ?? {};
    const headers: Header[] = [...securityFor(urlPath, manifest), { name: "Cache-Control", value: cacheControlForPath(urlPath) }];
    if (own["content-disposition"]) headers.push({ name: "Content-Disposition", value: own["content-disposition"] });
    files.push({ urlPath, source: body, file: relative, kind: "route", contentType: own["content-type"] ?? staticContentType(relative), headers });
  }

  for (const file of walk(path.join(distDir, "static"))) {
    const urlPath = `/_next/static${toUrl(path.relative(path.join(distDir, "static"), file))}`;
    files.push({ urlPath, source: file, file: urlPath.slice(1), kind: "static", contentType: staticContentType(file), headers: [...securityFor(urlPath, manifest), { name: "Cache-Control", value: cacheControlForPath(urlPath) }] });
  }
  for (const file of walk(publicDir)) {
    const urlPath = toUrl(path.relative(publicDir, file));
    files.push({ urlPath, source: file, file: urlPath.slice(1), kind: "public", contentType: staticContentType(file), headers: [...securityFor(urlPath, manifest), { name: "Cache-Control", value: cacheControlForPath(urlPath) }] });
  }

  files.push(...rewrittenFiles(distDir, files));

  const seen = new Map<string, ExportedFile>();
  for (const f of files.filter((f) => f.kind !== "rsc" && f.kind !== "segment")) {
    const other = seen.get(f.urlPath);
    if (other) throw new Error(`${f.urlPath} を2つのファイルが配ろうとしています（${other.kind}: ${other.file} と ${f.kind}: ${f.file}）。public/ のファイル名を変えてください`);
    seen.set(f.urlPath, f);
  }
  return { manifest, files, notFound: { html: path.join(appDir, "_not-found.html"), rsc: path.join(appDir, "_not-found.rsc") } };
}

type Rewrite = { source: string; destination: string };

/**
 * next.config's rewrites of one fixed path to a file of the export (/admin →
 * /admin/index.html) answer with that file under the rewritten path. A rewrite
 * with parameters or to anything but an exported file cannot be served as a
 * plain file, so it stops the export rather than silently answering 404.
 */
function rewrittenFiles(distDir: string, files: ExportedFile[]): ExportedFile[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as {
    rewrites?: Rewrite[] | { beforeFiles?: Rewrite[]; afterFiles?: Rewrite[]; fallback?: Rewrite[] };
  };
  const r = manifest.rewrites ?? [];
  const rewrites = Array.isArray(r) ? r : [...(r.beforeFiles ?? []), ...(r.afterFiles ?? []), ...(r.fallback ?? [])];
  return rewrites.map(({ source, destination }) => {
    const target = files.find((f) => f.urlPath === destination && f.kind !== "rsc" && f.kind !== "segment");
    if (!/^\/[\w./-]*$/.test(source) || !target) {
      throw new Error(`next.config の rewrites（${source} → ${destination}）は静的な書き出しでは配れません。固定のパスから書き出すファイルへの書き換えだけが使えます`);
    }
    return { ...target, urlPath: source };
  });
}
