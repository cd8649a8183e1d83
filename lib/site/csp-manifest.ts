import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ScriptHashes } from "./security-headers";

/**
 * The hashes each prebuilt page's Content-Security-Policy allows, read from
 * the build output itself (`<distDir>/server/app/**.html`), so they are the
 * hashes of exactly the bytes that are served. Written next to the build as
 * csp-manifest.json, keyed by the build's BUILD_ID: a manifest left over from
 * another build is never used (its hashes would block every page's scripts).
 */
export const CSP_MANIFEST = "csp-manifest.json";

export type CspManifest = ScriptHashes & { buildId: string };

/** Scripts the browser executes: no src, and no type or a JavaScript one. Data blocks (JSON-LD) never run. */
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attrs}`);
    if (type && !EXECUTABLE_TYPE.test((type[1] ?? type[2] ?? type[3]).trim())) continue;
    scripts.push(body);
  }
  return scripts;
}

/** CSP hash sources for a page's inline scripts, each once, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = inlineScripts(html).map((s) => `'sha256-${crypto.createHash("sha256").update(s, "utf8").digest("base64")}'`);
  return [...new Set(hashes)];
}

/** `index.html` → `/`, `programs/energy-saving.html` → `/programs/energy-saving`. */
export function routeOfHtmlFile(relative: string): string {
  const route = `/${relative.split(path.sep).join("/").replace(/\.html$/, "")}`;
  return route === "/index" ? "/" : route;
}

/** Every prebuilt HTML file of a build: the public pages, plus Next's internal ones (named with a leading `_`). */
export function builtHtmlFiles(distDir: string): { route: string; file: string }[] {
  const appDir = path.join(distDir, "server", "app");
  return (fs.readdirSync(appDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ route: routeOfHtmlFile(path.relative(appDir, file)), file }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export function buildId(distDir: string): string {
  return fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
}

export function cspManifestFromBuild(distDir: string): CspManifest {
  const pages: Record<string, string[]> = {};
  let notFound: string[] | undefined;
  for (const { route, file } of builtHtmlFiles(distDir)) {
    const hashes = inlineScriptHashes(fs.readFileSync(file, "utf8"));
    if (route === "/_not-found") notFound = hashes;
    // Next's other internal pages (/_global-error) are never served under their own path.
    else if (!route.startsWith("/_")) pages[route] = hashes;
  }
  if (!notFound) throw new Error(`${path.join(distDir, "server", "app", "_not-found.html")} がありません。本番ビルド（npm run build）をやり直してください`);
  return { buildId: buildId(distDir), notFound, pages };
}

/** Writes the manifest for the build in distDir and returns it. */
export function writeCspManifest(distDir: string): CspManifest {
  const manifest = cspManifestFromBuild(distDir);
  fs.writeFileSync(path.join(distDir, CSP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * The manifest for the build in distDir: the written one when it belongs to
 * this build, otherwise computed from the build output again (for instance
 * after `next build` was run without npm's postbuild step).
 */
export function loadCspManifest(distDir: string): CspManifest {
  const id = buildId(distDir);
  try {
    const written = JSON.parse(fs.readFileSync(path.join(distDir, CSP_MANIFEST), "utf8")) as CspManifest;
    if (written.buildId === id) return written;
  } catch {
    // not written yet: computed below
  }
  return cspManifestFromBuild(distDir);
}
