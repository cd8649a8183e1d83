import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readEntry } from "../lib/content/entry";
import { withBody } from "../lib/content/front-matter";
import { LIMITS } from "../lib/content/limits";
import { loadContent } from "../lib/content/load";
import { programSchema } from "../lib/content/schema";
import { median, timed } from "./lib/stats";

/**
 * `npm run bench:validate`: how long validation takes on the real content
 * (its own work, after the modules are loaded) and on hostile files at the
 * size limits, so that "fast, and never hangs" is a figure to look at, not a
 * timed test. Prints one line per case; nothing here fails.
 */
const root = path.resolve(__dirname, "..");

console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}（共有マシンでは目安）`);
const runs = Array.from({ length: 5 }, () => timed(() => loadContent(path.join(root, "content"), root)));
console.log(`real content/: first ${runs[0].toFixed(0)} ms, median of the next ${runs.length - 1} ${median(runs.slice(1)).toFixed(0)} ms`);

const program = fs.readFileSync(path.join(root, "content/programs/energy-saving.md"), "utf8");
const bodyOf = (n: number, unit: string) => withBody(program, unit.repeat(Math.floor(n / unit.length)));
const at = LIMITS.body - 100;

const hostile: Record<string, string> = {
  "alias bomb (9 levels)": `---\na: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `l${i}: &l${i} [${Array(9).fill(i ? `*l${i - 1}` : "*a").join(", ")}]`).join("\n")}\n---\n`,
  "flow brackets [[[… in a title": program.replace(/^title: .*$/m, `title: ${"[".repeat(LIMITS.fileBytes - Buffer.byteLength(program) - 1000)}`),
  "5,000 unknown keys": program.replace("\nupdated:", `\n${Array.from({ length: 5000 }, (_, i) => `k${i}: v`).join("\n")}\nupdated:`),
  "one long title line": program.replace(/^title: .*$/m, `title: ${"あ".repeat(30_000)}`),
  "body: emphasis *a*a*a…": bodyOf(at, "*a"),
  "body: 1,000 emphasis marks, the most allowed": bodyOf(1000, "*a") + "。".repeat(at - 1000),
  "body: underscores _a_a…": bodyOf(at, "_a"),
  "body: brackets [[[…": bodyOf(at, "["),
  "body: links [a]( …": bodyOf(at, "[a]("),
  "body: < signs": bodyOf(at, "<a"),
  "body: character references": bodyOf(at, "&amp;"),
  "body: nested quotes > > >": bodyOf(at, "> "),
  "body: digits and spaces (phone pattern)": withBody(program, "0" + "1 ".repeat(at / 2)),
  "body: one NUL per line": bodyOf(at, "a\u0000\n"),
  "body: www. www. (autolinks)": bodyOf(at, "www.a. "),
};
for (const [name, text] of Object.entries(hostile)) {
  let issues = 0;
  const t = timed(() => (issues = readEntry(programSchema, Buffer.from(text), "content/programs/bench.md", "bench").issues.length));
  console.log(`${name.padEnd(46)} ${String(Buffer.byteLength(text)).padStart(7)} bytes ${t.toFixed(0).padStart(6)} ms  ${issues} issue(s)`);
}
