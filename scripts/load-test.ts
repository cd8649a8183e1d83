import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { measuredPages, searchIndexFile } from "./lib/measured-pages";
import { distPath, freePort, ROOT, startNext, stopOnExit, waitFor } from "./lib/next-server";

/**
 * `npm run load-test`: how `next start` holds up, beside a plain static
 * server sending the very same built files. For a program page, the home page
 * and the search index (when the site has one) it prints requests/s, p50 and
 * p99 latency and errors for each, at 64 concurrent connections on loopback.
 * Exits 1 on any error, timeout or non-2xx answer.
 *
 *   NEXT_DIST_DIR=.next LOAD_SECONDS=10 LOAD_CONNECTIONS=64 npm run load-test
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);

type Target = { label: string; urlPath: string; file: string };
type Measured = { reqPerSec: number; p50: number; p99: number; errors: number; bytes: number };

async function startStatic(mapping: Record<string, string>) {
  const port = await freePort("");
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/lib/static-server.mjs"), String(port), JSON.stringify(mapping)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  };
  await waitFor(`${origin}${Object.keys(mapping)[0]}`, () => child.exitCode !== null);
  return { origin, stop };
}

async function measure(url: string): Promise<Measured> {
  // warm both servers' caches and the connection pool before the clock starts
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  return { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, bytes };
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
  try {
    for (const target of targets) {
      rows.push({ target, next: await measure(next.origin + target.urlPath), statik: await measure(statik.origin + target.urlPath) });
    }
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
  const failed = rows.filter((r) => r.next.errors || r.statik.errors);
  if (failed.length) {
    console.error(`✗ errors under load: ${failed.map((r) => r.target.urlPath).join(", ")}`);
    process.exit(1);
  }
  console.log(`✓ zero errors at ${CONNECTIONS} concurrent connections`);
}

main().catch((e) => {
  console.error(e instanceof Error ? `${e.message}${e.cause ? ` (${e.cause})` : ""}` : e);
  process.exit(1);
});
