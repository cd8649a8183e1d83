import http from "node:http";
import net from "node:net";

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

/**
 * Every method Node's HTTP parser knows (http.METHODS: CONNECT, TRACE,
 * PROPFIND, M-SEARCH…) and some it does not (TRACK, an RTSP method, HTTP/2's
 * PRI, a made-up one), all but GET and HEAD: each gets 405 with Allow and the
 * headers. Sent over a raw connection, since HTTP clients will not send some
 * of them (the Fetch API forbids CONNECT, TRACE and TRACK). Methods are what
 * nginx accepts as one: capital letters, `-` and `_`.
 */
export const RAW_REFUSED_METHODS = [...http.METHODS.filter((m) => m !== "GET" && m !== "HEAD"), "TRACK", "DESCRIBE", "PRI", "BREW", "X_SCAN"];

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

export type RawAnswer = { status: number; headers: Map<string, string[]>; body: string };

/** One request over its own connection, exactly as written (a request line and headers), and the answer as received. */
export function rawRequest(port: number, lines: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(lines));
    let answer = "";
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(lines.split("\r\n")[0])} within 15 s`)));
    socket.on("data", (d) => (answer += d));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** `METHOD target HTTP/1.1` with a Host and Connection: close, the answer's status, headers (lower-case names) and body. */
export async function rawAsk(port: number, method: string, target: string): Promise<RawAnswer> {
  const answer = await rawRequest(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  const end = answer.indexOf("\r\n\r\n");
  const [statusLine, ...lines] = answer.slice(0, end < 0 ? answer.length : end).split("\r\n");
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: end < 0 ? "" : answer.slice(end + 4) };
}
