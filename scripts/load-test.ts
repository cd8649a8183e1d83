import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { measuredPages, searchIndexFile } from "./lib/measured-pages";
import { fileDirectives, quote } from "../lib/export/nginx-config";
import { exportDir, startNginx } from "./lib/nginx-server";
import { distPath, freePort, ROOT, startNext, stopOnExit, waitFor } from "./lib/next-server";

/**
 * `npm run load-test`: how `next start` holds up, beside a plain static
 * server sending the very same built files. For a program page, the home page
 * and the search index (when the site has one) it prints requests/s, p50 and
 * p99 latency and errors for each, at 64 concurrent connections on loopback.
 * Exits 1 on any error, timeout or non-2xx answer.
 *
 * Then, for the program page, rows from the same run: `next start`, nginx
 * serving the export (npm run export) with its full configuration, and nginx
 * serving the same HTML as one plain file with nothing configured but what
 * Debian's nginx.conf sets (sendfile, tcp_nopush) — the floor this machine
 * sets for any server. A fourth row serves that plain file with the very
 * headers the export sent for the page, written out as literals, and the
 * export's settings for that page (a large page is read into one buffer): the
 * gap between it and the floor is what sending those headers costs on any
 * server, the gap between the export and it what the export's maps, try_files
 * and file cache cost. These use wrk from Debian (installed here when missing and run as
 * root), whose client outpaces nginx; without it, autocannon, which saturates
 * first and reads lower. wrk waits up to 10 s for an answer (its default is
 * 2 s, shorter than a browser waits); a slower answer counts as an error.
 *
 *   NEXT_DIST_DIR=.next LOAD_SECONDS=10 LOAD_CONNECTIONS=64 npm run load-test
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);

type Target = { label: string; urlPath: string; file: string };
type Measured = { reqPerSec: number; p50: number; p99: number; errors: number; bytes: number; headerBytes?: number };

async function startStatic(mapping: Record<string, string>) {
  const port = await freePort("");
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/lib/static-server.mjs"), String(port), JSON.stringify(mapping)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise((r) => child.once("exit", r));
  // safe to call twice: the static server is stopped before the nginx rows and again on the way out
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  await waitFor(`${origin}${Object.keys(mapping)[0]}`, () => child.exitCode !== null);
  return { origin, stop };
}

async function measure(url: string): Promise<Measured> {
  process.stderr.write(`  measuring ${url} …\n`);
  // warm both servers' caches and the connection pool before the clock starts
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const bytes = (await (await fetch(url, { headers: { "accept-encoding": "identity" } })).arrayBuffer()).byteLength;
  return { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, bytes };
}

/** wrk, installed from Debian when missing and allowed; undefined when it cannot be had. */
function wrk(): string | undefined {
  const found = () => spawnSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" }).stdout.trim() || undefined;
  if (found()) return found();
  if (process.getuid?.() === 0) spawnSync("bash", [path.join(ROOT, "scripts/ensure-nginx.sh"), "wrk"], { stdio: "inherit" });
  return found();
}

/** wrk's "1.23ms" / "850.00us" / "1.02s" in milliseconds. */
function ms(text: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1);
}

function measureWrk(bin: string, url: string): Measured {
  process.stderr.write(`  measuring ${url} (wrk) …\n`);
  const run = (seconds: number) =>
    execFileSync(bin, ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url], { encoding: "utf8", maxBuffer: 1 << 20 });
  run(1);
  const out = run(SECONDS);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1).reduce((a, b) => a + Number(b), 0) ?? 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return {
    reqPerSec: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: ms(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ""),
    p99: ms(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ""),
    errors: errors + non2xx,
    bytes: 0,
  };
}

/** The headers an answer carried that a configuration adds (not those nginx writes itself), as add_header lines. */
async function sameHeaders(url: string): Promise<string[]> {
  const own = new Set(["content-type", "content-length", "content-encoding", "date", "last-modified", "etag", "connection", "keep-alive", "accept-ranges", "server"]);
  // uncompressed, as wrk asks
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  await res.arrayBuffer();
  return [...res.headers].filter(([k]) => !own.has(k)).map(([k, v]) => `    add_header ${k} ${quote(v)} always;`);
}

/** nginx with nothing but one file (and, when given, a few directives): what this machine can do at best. */
function plainFileSite(file: string, extra: string[] = []): { site: (listen: string) => string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "load-floor-"));
  fs.chmodSync(dir, 0o755);
  fs.copyFileSync(file, path.join(dir, "page.html"));
  fs.chmodSync(path.join(dir, "page.html"), 0o644);
  return {
    dir,
    site: (listen) =>
      ["server {", `    listen ${listen};`, "    server_tokens off;", `    root ${quote(dir)};`, '    types { "text/html; charset=utf-8" html; }', ...extra, "}"].join("\n"),
  };
}

/** The program page from next start, nginx on the export and nginx on a plain file, one after the other. */
async function sideBySide(programPath: string, nextOrigin: string) {
  if (!fs.existsSync(path.join(exportDir(), "nginx", "site.conf"))) {
    console.log("\n(no export in out/ — run npm run export for the nginx rows)");
    return [];
  }
  const bin = wrk();
  const tool = bin ? "wrk" : "autocannon";
  const measureWith = async (url: string): Promise<Measured> => {
    const m = bin ? measureWrk(bin, url) : await measure(url);
    const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
    // the header block as sent: status line, one line per header, blank line
    const headerBytes = Buffer.byteLength(`HTTP/1.1 ${res.status} ${res.statusText}\r\n${[...res.headers].map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`);
    return { ...m, bytes: (await res.arrayBuffer()).byteLength, headerBytes };
  };
  const html = distPath("server", "app", `${programPath.slice(1)}.html`);
  const floor = plainFileSite(html);
  const nginx = await startNginx();
  const same = plainFileSite(html, [...fileDirectives(fs.statSync(html).size).map((d) => `    ${d}`), ...(await sameHeaders(nginx.origin + programPath))]);
  const plain = await startNginx({ site: floor.site, readyPath: "/page.html" });
  const plainTuned = await startNginx({ site: same.site, readyPath: "/page.html" });
  stopOnExit(nginx, plain, plainTuned);
  try {
    return [
      { label: "next start", tool, m: await measureWith(nextOrigin + programPath) },
      { label: "nginx, export", tool, m: await measureWith(nginx.origin + programPath) },
      { label: "nginx, one plain file (floor)", tool, m: await measureWith(`${plain.origin}/page.html`) },
      { label: "nginx, one plain file, the export's headers", tool, m: await measureWith(`${plainTuned.origin}/page.html`) },
    ];
  } finally {
    await plainTuned.stop();
    await plain.stop();
    await nginx.stop();
    for (const d of [floor.dir, same.dir]) fs.rmSync(d, { recursive: true, force: true });
  }
}

async function main() {
  const next = await startNext();
  const pages = await measuredPages(next.origin);
  const program = pages.find((p) => p.path.startsWith("/programs/"))!;
  const targets: Target[] = [
    { label: "program page", urlPath: program.path, file: distPath("server", "app", `${program.path.slice(1)}.html`) },
    { label: "home page", urlPath: "/", file: distPath("server", "app", "index.html") },
  ];
  const index = searchIndexFile();
  if (index) targets.push({ label: "search index", urlPath: index.urlPath, file: index.file });
  else console.log("(no search index under public/search/ — measuring the two pages only)");

  const statik = await startStatic(Object.fromEntries(targets.map((t) => [t.urlPath, t.file])));
  stopOnExit(next, statik);
  const rows: { target: Target; next: Measured; statik: Measured }[] = [];
  let servers: Awaited<ReturnType<typeof sideBySide>> = [];
  try {
    for (const target of targets) {
      rows.push({ target, next: await measure(next.origin + target.urlPath), statik: await measure(statik.origin + target.urlPath) });
    }
    await statik.stop();
    servers = await sideBySide(program.path, next.origin);
  } finally {
    await statik.stop();
    await next.stop();
  }

  console.log(`Load test — ${CONNECTIONS} connections, ${SECONDS} s each, loopback, no compression (autocannon sends no Accept-Encoding)`);
  const header = ["target", "path", "bytes", "next start: req/s", "p50", "p99", "errors", "static: req/s", "p50", "p99", "errors"];
  const lines = rows.map(({ target, next: n, statik: s }) => [
    target.label,
    target.urlPath,
    String(n.bytes),
    n.reqPerSec.toFixed(0),
    `${n.p50} ms`,
    `${n.p99} ms`,
    String(n.errors),
    s.reqPerSec.toFixed(0),
    `${s.p50} ms`,
    `${s.p99} ms`,
    String(s.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));

  const mismatched = rows.filter((r) => r.next.bytes !== r.statik.bytes);
  for (const r of mismatched) console.log(`  note: ${r.target.urlPath} is ${r.next.bytes} bytes from next start, ${r.statik.bytes} from the file`);

  if (servers.length) {
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
    console.log(`\nProgram page ${program.path}, side by side — ${CONNECTIONS} connections, ${SECONDS} s each, ${servers[0].tool}, no compression; load average before: ${load} (${os.cpus().length} cores, shared: figures are indicative)`);
    const floor = servers.find((r) => r.label.endsWith("(floor)"))!.m.reqPerSec;
    const head = ["server", "bytes", "headers", "req/s", "of floor", "p50", "p99", "errors"];
    const body = servers.map(({ label, m }) => [
      label,
      String(m.bytes),
      String(m.headerBytes ?? ""),
      m.reqPerSec.toFixed(0),
      `${((100 * m.reqPerSec) / floor).toFixed(0)}%`,
      `${m.p50.toFixed(2)} ms`,
      `${m.p99.toFixed(2)} ms`,
      String(m.errors),
    ]);
    const w = head.map((h, i) => Math.max(h.length, ...body.map((l) => l[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("  ");
    console.log(line(head));
    for (const l of body) console.log(line(l));
    const sizes = new Set(servers.map((r) => r.m.bytes));
    if (sizes.size > 1) console.log(`  note: the answers differ in size (${[...sizes].join(", ")} bytes)`);
  }

  const failed = [...rows.filter((r) => r.next.errors || r.statik.errors).map((r) => r.target.urlPath), ...servers.filter((r) => r.m.errors).map((r) => r.label)];
  if (failed.length) {
    console.error(`✗ errors under load: ${failed.join(", ")}`);
    process.exit(1);
  }
  console.log(`✓ zero errors at ${CONNECTIONS} concurrent connections`);
}

main().catch((e) => {
  console.error(e instanceof Error ? `${e.message}${e.cause ? ` (${e.cause})` : ""}` : e);
  process.exit(1);
});
