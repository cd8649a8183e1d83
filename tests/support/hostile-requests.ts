/**
 * Requests no visitor's browser sends, shared by security.spec.ts (what
 * `next start` answers) and nginx.spec.ts (that nginx answers the same).
 */

/** Paths that must get the site's own 404 page. */
export const HOSTILE_PATHS = [
  "/no-such-page",
  "/programs/no-such-program",
  "/programs/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/needs/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "/package.json",
  "/next.config.mjs",
  "/.env",
  "/.git/config",
  "/content/programs",
  "/_next/static/..%2f..%2fpackage.json",
  "/about.html",
  "/index.rsc",
];

/** Paths that are malformed: 400. */
export const MALFORMED_PATHS = ["/programs/%E0%A4%A", "/%", "/..%2f..%2f..%2fetc%2fpasswd"];

/** Methods the read-only site refuses with 405 and `Allow: GET, HEAD`. */
export const REFUSED_METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

/** A Range no file can satisfy: 416. */
export const UNSATISFIABLE_RANGE = "bytes=99999999-";

/** The security headers every answer carries, lower-case. */
export const SECURITY_HEADER_NAMES = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "strict-transport-security",
  "x-frame-options",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
];
