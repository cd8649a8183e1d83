import fs from "node:fs";
import { STATUS_CODES } from "node:http";
import { ALLOWED_METHODS, contentSecurityPolicy, NO_STORE, PATH_POLICIES, perPathHeaderNames, PLAIN_TYPE, SECURITY_HEADERS } from "@/lib/site/security-headers";
import { HTML_TYPE, RSC_TYPE, type ExportedFile, type SiteExport } from "./site-export";

/**
 * The nginx configuration (the `http` block's contents: maps and one server)
 * that serves an export with the status codes and headers `next start` sends.
 * Every header value comes from the export (lib/site/security-headers.ts and
 * the build); nothing here restates a policy.
 *
 * - Per-path values (the page's Content-Security-Policy, Cache-Control, Vary,
 *   Content-Disposition) are `map`s keyed by the path as requested ($site_path):
 *   captured in $site_uri before try_files turns /about into /about.html, or,
 *   for a request nginx refuses before any of the server's directives run
 *   (TRACE, CONNECT: 405), $uri itself, which nothing has rewritten then.
 * - All add_header lines sit at server level only: nginx drops the server's
 *   add_header lines in any location that has one of its own.
 * - A page answers its RSC payload when asked with `RSC: 1` (client-side
 *   navigation), its segment file for a segment prefetch, its HTML otherwise.
 * - Files are precompressed at export time; gzip_static sends them and nothing
 *   is compressed per request.
 */

export type NginxSiteOptions = { listen: string; siteRoot: string; errorsRoot: string };

/** A double-quoted nginx string. `$` would start a variable, so a value containing one is refused. */
export function quote(value: string): string {
  if (value.includes("$")) throw new Error(`nginx の設定に $ を含む値は書けません: ${value}`);
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

const regex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A map key matching a path prefix and everything below it. PCRE's \z ends the string: a `$` would read as an nginx variable. */
const prefixKey = (prefix: string) => quote(`~^${regex(prefix)}(/|\\z)`);

function header(f: ExportedFile, name: string): string | undefined {
  return f.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

function mapBlock(variable: string, key: string, fallback: string, entries: Map<string, string>, extra: string[] = []): string {
  const lines = [...extra, ...[...entries].filter(([, v]) => v !== fallback).map(([k, v]) => `    ${quote(k)} ${quote(v)};`)];
  return [`map ${key} ${variable} {`, `    default ${quote(fallback)};`, ...lines, "}"].join("\n");
}

/** One value per requested path; two files answering one path (a page's HTML and RSC) must agree. */
function perPath(files: ExportedFile[], name: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const f of files) {
    const v = header(f, name);
    if (v === undefined) continue;
    const before = values.get(f.urlPath);
    if (before !== undefined && before !== v) throw new Error(`${f.urlPath} の ${name} が2通りあります: ${before} / ${v}`);
    values.set(f.urlPath, v);
  }
  return values;
}

/** Extensions the server never serves by path: the files behind the pages (see the location that refuses them). */
const BEHIND_PAGES = /\.(html|rsc|gz)$/;

/**
 * `types` for the files served by extension (assets, public/): the Content-Type
 * Next's file handler sends, the most common one per extension. A file served
 * under another path than its own (a rewrite), with another type than its
 * extension's, or with an extension only pages use, gets an exact location.
 */
function typesBlock(files: ExportedFile[]): { block: string; exact: ExportedFile[] } {
  const counts = new Map<string, Map<string, number>>();
  const plain = files.filter((f) => (f.kind === "static" || f.kind === "public") && f.urlPath === `/${f.file}` && !BEHIND_PAGES.test(f.file));
  for (const f of plain) {
    const ext = /\.([^./]+)$/.exec(f.file)?.[1];
    if (!ext) throw new Error(`${f.urlPath}: 拡張子のないファイルは種類（Content-Type）を決められません`);
    const byType = counts.get(ext) ?? new Map<string, number>();
    byType.set(f.contentType, (byType.get(f.contentType) ?? 0) + 1);
    counts.set(ext, byType);
  }
  const byExt = new Map<string, string>([
    ["html", HTML_TYPE],
    ["rsc", RSC_TYPE],
  ]);
  for (const [ext, byType] of counts) byExt.set(ext, [...byType].sort((a, b) => b[1] - a[1])[0][0]);
  const exact = files.filter(
    (f) => (f.kind === "static" || f.kind === "public") && (!plain.includes(f) || byExt.get(/\.([^./]+)$/.exec(f.file)![1]) !== f.contentType),
  );
  return { block: ["types {", ...[...byExt].map(([ext, type]) => `        ${quote(type)} ${ext};`), "    }"].join("\n"), exact };
}

/**
 * Pages at least this large are read into one buffer and written with their
 * headers instead of sent with sendfile. Measured with npm run load-test on
 * loopback: with the ~1.3 kB of headers every page carries, sendfile answers a
 * page of 62 kB or more at about half the rate it answers one of 60 kB (a file
 * of the same size with a bare header does not slow down), and a buffer then
 * answers about 1.6 times faster; below that, sendfile is the faster of the two.
 */
export const SENT_FROM_MEMORY_FROM = 58 * 1024;

/** The directives for sending a file of this many bytes: none below SENT_FROM_MEMORY_FROM, one buffer that holds it whole from there. */
export function fileDirectives(bytes: number): string[] {
  return bytes >= SENT_FROM_MEMORY_FROM ? ["sendfile off;", `output_buffers 1 ${Math.ceil(bytes / 4096) * 4}k;`] : [];
}

const sentFromMemory = (f: ExportedFile) => fileDirectives(fs.statSync(f.source).size).length > 0;

/** A page's own location: the same try_files as every page, and for a large page its file read into one buffer. */
function pageLocation(urlPath: string, tryFiles: string, f: ExportedFile | undefined): string[] {
  const memory = f ? fileDirectives(fs.statSync(f.source).size).map((d) => `        ${d}`) : [];
  return [`    location = ${urlPath} {`, ...memory, `        try_files ${tryFiles};`, "    }"];
}

export function nginxSiteConfig(site: SiteExport, { listen, siteRoot, errorsRoot }: NginxSiteOptions): string {
  const served = site.files;
  const pages = served.filter((f) => f.kind === "page");
  const routes = served.filter((f) => f.kind === "route");
  // Paths under a policy's prefix are matched by its regex; listing each of them again would only repeat it.
  const underPolicy = (p: string) => PATH_POLICIES.some((x) => p === x.prefix || p.startsWith(`${x.prefix}/`));
  const policyRegexes = PATH_POLICIES.map((p) => `    ${prefixKey(p.prefix)} ${quote(p.csp)};`);
  if (PATH_POLICIES.some((p) => p.methods)) throw new Error("パスごとのメソッド（PATH_POLICIES の methods）は静的な書き出しでは配れません。そのパスは next start に任せてください");

  const maps = [
    `map $site_uri $site_path {\n    "" $uri;\n    default $site_uri;\n}`,
    mapBlock("$site_csp", "$site_path", contentSecurityPolicy(site.manifest.notFound), perPath(served.filter((f) => !underPolicy(f.urlPath)), "Content-Security-Policy"), policyRegexes),
    // Successful answers get the file's Cache-Control, every error what Next sends with its errors.
    mapBlock("$site_cache_ok", "$site_path", NO_STORE, perPath(served, "Cache-Control")),
    `map "$status:$site_cache_ok" $site_cache {\n    default ${quote(NO_STORE)};\n    "~^(200|206|304):(?<cc>.*)$" $cc;\n}`,
    mapBlock("$site_vary", "$site_path", "", perPath(pages, "Vary")),
    mapBlock("$site_disposition", "$site_path", "", perPath(routes, "Content-Disposition")),
    `map $status $site_allow {\n    default "";\n    405 ${quote(ALLOWED_METHODS.join(", "))};\n}`,
    // The error page a 405 redirects to is reached with the same method, so it must pass.
    `map "$request_method:$uri" $site_method_ok {\n    default 0;\n    "~^[A-Z]+:/__errors/" 1;\n${ALLOWED_METHODS.map((m) => `    "~^${m}:" 1;`).join("\n")}\n}`,
    // Which file of a page answers: HTML, the RSC payload (RSC: 1), or one segment of it (a segment prefetch).
    `map "$http_rsc:$http_next_router_segment_prefetch" $site_variant {\n    default ".html";\n    "~^1:(?<segment>/[^:]+)$" ".segments$segment.segment.rsc";\n    "1:" ".rsc";\n}`,
    `map $http_rsc $site_error_ext {\n    default "html";\n    "1" "rsc";\n}`,
  ];

  // A header some path policy replaces (or adds) is a map on the path too; an empty value sends no header.
  const variable = (name: string) => `$site_h_${name.toLowerCase().replace(/[^a-z0-9]/g, "_")}`;
  const mapped = perPathHeaderNames();
  for (const name of mapped) {
    const fallback = SECURITY_HEADERS.find((h) => h.name === name)?.value ?? "";
    const entries = PATH_POLICIES.flatMap((p) => (p.headers ?? []).filter((h) => h.name === name).map((h) => `    ${prefixKey(p.prefix)} ${quote(h.value)};`));
    maps.push(mapBlock(variable(name), "$site_path", fallback, new Map(), entries));
  }
  const headers = [
    "add_header Content-Security-Policy $site_csp always;",
    ...SECURITY_HEADERS.filter((h) => !mapped.includes(h.name)).map((h) => `add_header ${h.name} ${quote(h.value)} always;`),
    ...mapped.map((name) => `add_header ${name} ${variable(name)} always;`),
    "add_header Cache-Control $site_cache always;",
    "add_header Vary $site_vary always;",
    "add_header Content-Disposition $site_disposition always;",
    "add_header Allow $site_allow always;",
  ];

  const home = pages.find((f) => f.urlPath === "/");
  const large = pages.filter(sentFromMemory);
  const types = typesBlock(served);
  const exactLocations = [...routes, ...types.exact].map((f) =>
    [`    location = ${f.urlPath} {`, "        types { }", `        default_type ${quote(f.contentType)};`, `        try_files /${f.file} =404;`, "    }"].join("\n"),
  );

  const server = [
    "server {",
    `    listen ${listen};`,
    "    server_name _;",
    "    server_tokens off;",
    `    root ${quote(siteRoot)};`,
    "    charset off;",
    "    gzip off;",
    "    gzip_static on;",
    "    gzip_vary on;",
    "    etag on;",
    // Set here rather than left to the host's nginx.conf: large pages below turn sendfile off.
    "    sendfile on;",
    "    tcp_nopush on;",
    // Open files and misses (try_files looks for /about.html, then /about) are kept for
    // 2 s instead of opened per request; a file replaced by rename (rsync, cp to a new
    // folder) is seen within those 2 s.
    "    open_file_cache max=2000 inactive=20s;",
    "    open_file_cache_valid 2s;",
    "    open_file_cache_errors on;",
    "    # Location: /about, as next start sends it",
    "    absolute_redirect off;",
    `    ${types.block}`,
    "    default_type application/octet-stream;",
    "",
    "    # the path as requested, before try_files rewrites it; unset (empty, not worth a",
    "    # warning) when nginx refuses the request before this runs, and $site_path is $uri",
    "    set $site_uri $uri;",
    "    uninitialized_variable_warn off;",
    ...headers.map((h) => `    ${h}`),
    "",
    "    if ($site_method_ok = 0) {",
    "        return 405;",
    "    }",
    "    error_page 404 /__errors/404.$site_error_ext;",
    "    # short plain-text answers, as proxy.ts gives them; named locations, since the static",
    "    # file handler would refuse the original method (PUT…) again. A 416 carries every header",
    "    # twice: nginx decides it after the headers were added, and adds them again to the error.",
    ...[405, 416].map((code) => `    error_page ${code} @site_${code};`),
    "    error_page 400 /__errors/400.txt;",
    "",
    ...pageLocation("/", "/index$site_variant =404", home),
    "    location / {",
    "        try_files $uri$site_variant $uri =404;",
    "    }",
    ...large.filter((f) => f.urlPath !== "/").flatMap((f) => pageLocation(f.urlPath, "$uri$site_variant $uri =404", f)),
    "    location ^~ /_next/static/ {",
    "        try_files $uri =404;",
    "        # a missing asset is a bare 404, as from next start",
    "        error_page 404 /__errors/404.txt;",
    "    }",
    "    # one address per page: /about/ → /about",
    "    location ~ ^(?<site_trimmed>/.*?[^/])/+$ {",
    "        return 308 $site_trimmed$is_args$args;",
    "    }",
    "    # the files behind the pages are reached only through their page's path",
    "    location ~ \\.(html|rsc|gz)$ {",
    "        return 404;",
    "    }",
    "    location ~ \\.segments/ {",
    "        return 404;",
    "    }",
    "    location ^~ /__errors/ {",
    "        internal;",
    `        types { ${quote(HTML_TYPE)} html; ${quote(RSC_TYPE)} rsc; ${quote(PLAIN_TYPE)} txt; }`,
    `        alias ${quote(errorsRoot.endsWith("/") ? errorsRoot : `${errorsRoot}/`)};`,
    "    }",
    ...[405, 416].map((code) =>
      [`    location @site_${code} {`, "        types { }", `        default_type ${quote(PLAIN_TYPE)};`, `        return ${code} ${quote(`${STATUS_CODES[code]}\n`)};`, "    }"].join("\n"),
    ),
    ...exactLocations,
    "}",
  ];
  // Keys are whole paths (.ics files are long) and there are a few hundred of them.
  const sizes = ["map_hash_bucket_size 256;", "map_hash_max_size 8192;"];
  return [...sizes, ...maps, "", ...server, ""].join("\n");
}
