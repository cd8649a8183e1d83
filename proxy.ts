import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { loadCspManifest, type CspManifest } from "@/lib/site/csp-manifest";
import { cacheControlForPath, methodsForPath, NO_STORE, PLAIN_TYPE, securityHeadersForPath } from "@/lib/site/security-headers";

/**
 * In front of every request `next start` serves: the security headers with
 * this path's own Content-Security-Policy (its inline-script hashes from the
 * build), and the answers Next itself gets wrong for a read-only static site:
 * 405 with `Allow` for any method but GET and HEAD (Next renders the page for
 * PUT, DELETE, POST… on prerendered dynamic routes: vercel/next.js#78070), and
 * 400 for a path whose percent-encoding is not UTF-8 (Next answers it with a
 * bare 500: vercel/next.js#92527). The nginx configuration from
 * scripts/export.ts sends the same headers and statuses from the same module.
 */

let manifest: CspManifest | undefined;

/** Read once per server process, from the build being served. */
function scriptHashes(): CspManifest {
  // read at run time from the build being served, never traced into the build itself
  manifest ??= loadCspManifest(path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next"));
  return manifest;
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** A path that climbs above the root (/../etc/passwd, once decoded) is malformed; nginx refuses it with 400 too. */
function climbsAboveRoot(pathname: string): boolean {
  let depth = 0;
  for (const segment of pathname.split("/").slice(1)) {
    if (segment === "..") depth--;
    else if (segment !== "." && segment !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}

function plain(status: number, text: string, headers: Headers): NextResponse {
  headers.set("Content-Type", PLAIN_TYPE);
  headers.set("Cache-Control", NO_STORE);
  return new NextResponse(`${text}\n`, { status, headers });
}

export function proxy(request: NextRequest): NextResponse {
  const pathname = decodedPath(request.nextUrl.pathname);
  const headers = new Headers();
  // A malformed path still gets the headers: those of the 404 page, the policy for any path that is not a page.
  for (const h of securityHeadersForPath(pathname ?? "", scriptHashes())) headers.set(h.name, h.value);
  if (pathname === undefined || climbsAboveRoot(pathname)) return plain(400, "Bad Request", headers);

  const methods = methodsForPath(pathname);
  if (!methods.includes(request.method)) {
    headers.set("Allow", methods.join(", "));
    return plain(405, "Method Not Allowed", headers);
  }
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // one address per page: /about/ → /about (what Next does by default, here with the headers)
    const target = new URL(request.url);
    target.pathname = target.pathname.replace(/\/+$/, "");
    return NextResponse.redirect(target, { status: 308, headers });
  }
  // Next replaces it with NO_STORE when the answer turns out to be an error (404, 416).
  headers.set("Cache-Control", cacheControlForPath(pathname));
  return NextResponse.next({ headers });
}
