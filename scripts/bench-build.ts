import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSyntheticPrograms } from "./bench/synthetic-files";
import { fitLine, growthExponent, type Point } from "./lib/line-fit";
import { runMeasured } from "./lib/process-tree";

/**
 * `npm run bench:build -- 21 210 2100`: what more content costs. For each
 * number of programs, a scratch copy of this working tree (scratch/, ignored
 * by git, lint and typecheck; the checkout's content/ is never touched) gets
 * that many valid programs (scripts/bench/synthetic-files.ts), then is built
 * and exported with the project's own npm scripts (prebuild: search index and
 * /admin; next build; postbuild: CSP manifest; export), each step timed and
 * its whole process tree's peak memory sampled. One row per size: wall time,
 * peak memory, pages, output bytes and search-index bytes; then the line
 * through the sizes and the growth exponent of the cost per program, which
 * says whether the cost grows linearly.
 *
 * It builds from scratch each time (no build cache is shared), several
 * minutes per size on two cores; hold the heavy lock. BENCH_KEEP=1 keeps the
 * copies for a look at what was built.
 */
const ROOT = path.resolve(__dirname, "..");
const SCRATCH = path.join(ROOT, "scratch");

type Step = { name: string; seconds: number; peakBytes: number; atPeak: string };
type Row = { n: number; steps: Step[]; seconds: number; peakBytes: number; pages: number; outputBytes: number; indexBytes: number };

/** The commands `npm run build && npm run export` runs, from package.json, one step each. */
function steps(): { name: string; command: string }[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return ["prebuild", "build", "postbuild", "export"].flatMap((script) =>
    (scripts[script] ?? "").split("&&").map((c, i, all) => ({ name: all.length > 1 ? `${script} ${i + 1}` : script, command: c.trim() })),
  );
}

/** This working tree as it is (committed or not), minus what git ignores, into dir. */
function copyWorkingTree(dir: string) {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).split("\0");
  for (const f of files.filter((f) => f && fs.existsSync(path.join(ROOT, f)))) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
}

function bytesUnder(dir: string, keep: (file: string) => boolean = () => true): number {
  if (!fs.existsSync(dir)) return 0;
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && keep(e.name))
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

async function measureSize(n: number): Promise<Row> {
  fs.mkdirSync(SCRATCH, { recursive: true });
  const work = fs.mkdtempSync(path.join(SCRATCH, `bench-build-${n}-`));
  try {
    copyWorkingTree(work);
    const made = writeSyntheticPrograms(work, n);
    console.error(`  ${n}: ${made.programs} programs (${made.testNumbers} test numbers) in ${path.relative(ROOT, work)}`);
    // The installed tools, found by walking up from the copy to this project's node_modules.
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` };
    for (const k of ["NEXT_DIST_DIR", "EXPORT_DIR", "SITE_URL", "CMS_REPO", "CMS_OAUTH_BASE_URL"]) delete env[k];
    const done: Step[] = [];
    for (const s of steps()) {
      const m = await runMeasured("sh", ["-c", s.command], { cwd: work, env });
      // the processes that made up the peak, largest first, those under 50 MiB left out
      const atPeak = m.atPeak.filter((p) => p.bytes >= 50 * 2 ** 20).map((p) => `${p.name} ${mib(p.bytes)}`).join(", ");
      done.push({ name: s.name, seconds: m.seconds, peakBytes: m.peakBytes, atPeak });
      console.error(`  ${n}: ${s.name} (${s.command}) ${m.seconds.toFixed(1)} s, peak ${gib(m.peakBytes)} (${atPeak})`);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(work, "out", "csp-manifest.json"), "utf8")) as { pages: Record<string, unknown> };
    const pointer = JSON.parse(fs.readFileSync(path.join(work, "public", "search", "current.json"), "utf8")) as { base: string };
    return {
      n,
      steps: done,
      seconds: done.reduce((s, x) => s + x.seconds, 0),
      peakBytes: Math.max(...done.map((x) => x.peakBytes)),
      pages: Object.keys(manifest.pages).length,
      outputBytes: bytesUnder(path.join(work, "out", "site"), (f) => !f.endsWith(".gz")),
      indexBytes: bytesUnder(path.join(work, "public", pointer.base.replace(/^\//, ""))),
    };
  } finally {
    if (process.env.BENCH_KEEP !== "1") fs.rmSync(work, { recursive: true, force: true });
  }
}

const gib = (b: number) => `${(b / 2 ** 30).toFixed(2)} GiB`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")).join("\n");
}

function growth(label: string, rows: Row[], cost: (r: Row) => number, unit: (v: number) => string): string {
  const points: Point[] = rows.map((r) => ({ n: r.n, cost: cost(r) }));
  const line = fitLine(points);
  const k = growthExponent(points);
  const verdict = k === undefined ? "exponent not measurable (a step cost no more than noise)" : `growth exponent ${k.toFixed(2)}: ${k < 1.3 ? "linear" : "FASTER THAN LINEAR"}`;
  return `  ${label.padEnd(14)} ≈ ${unit(line.fixed)} + ${unit(line.perUnit * 1000)} per 1,000 programs (R² ${line.r2.toFixed(3)}); ${verdict}`;
}

async function main() {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error("使い方: npm run bench:build -- 21 210 2100（制度の数を2つ以上）");
  }
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await measureSize(n));

  console.log(`bench:build — scratch copies, npm run build && npm run export; load average before ${load}, after ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
  const stepNames = rows[0].steps.map((s) => s.name);
  console.log(
    table([
      ["programs", "wall", ...stepNames, "peak memory", "pages", "output", "search index"],
      ...rows.map((r) => [
        String(r.n),
        `${r.seconds.toFixed(0)} s`,
        ...r.steps.map((s) => `${s.seconds.toFixed(0)} s`),
        gib(r.peakBytes),
        String(r.pages),
        mib(r.outputBytes),
        mib(r.indexBytes),
      ]),
    ]),
  );
  console.log("Cost against the number of programs (least-squares line; exponent 1 = each program costs the same, 2 = grows with the square):");
  console.log(growth("wall time", rows, (r) => r.seconds, (v) => `${v.toFixed(1)} s`));
  for (const name of stepNames) console.log(growth(`  ${name}`, rows, (r) => r.steps.find((s) => s.name === name)!.seconds, (v) => `${v.toFixed(1)} s`));
  console.log(growth("peak memory", rows, (r) => r.peakBytes, gib));
  console.log(growth("pages", rows, (r) => r.pages, (v) => v.toFixed(0)));
  console.log(growth("output", rows, (r) => r.outputBytes, mib));
  console.log(growth("search index", rows, (r) => r.indexBytes, mib));
  const [small, large] = [rows.at(-2)!, rows.at(-1)!];
  console.log(`  ${large.n} programs took ${(large.seconds / small.seconds).toFixed(1)}× the time of ${small.n} (${large.n / small.n}× the programs); peak memory ${gib(Math.max(...rows.map((r) => r.peakBytes)))}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
