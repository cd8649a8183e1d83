import { spawn } from "node:child_process";
import fs from "node:fs";

/**
 * Runs a command and measures it as a whole: wall time, and the peak of the
 * memory its whole process tree holds at once (the resident set of the
 * command and every process it started, summed, sampled from /proc every
 * SAMPLE_MS). A build forks workers, so the largest single process
 * (what `time -v` reports) would understate what the machine must have.
 */
export type Measured = { seconds: number; peakBytes: number; output: string; atPeak: ProcessMemory[] };
/** One process of the tree at the moment of the peak: its name as `ps` shows it and its resident bytes. */
export type ProcessMemory = { pid: number; name: string; bytes: number };

const SAMPLE_MS = 100;

export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let peakBytes = 0;
  let atPeak: ProcessMemory[] = [];
  const sample = () => {
    if (!child.pid) return;
    const tree = treeMemory(child.pid);
    const bytes = tree.reduce((sum, p) => sum + p.bytes, 0);
    if (bytes > peakBytes) [peakBytes, atPeak] = [bytes, tree];
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakBytes, output, atPeak: atPeak.sort((a, b) => b.bytes - a.bytes) });
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`}) in ${options.cwd}:\n${output.slice(-4000)}`));
    });
  });
}

/** Resident memory of a process and each of its descendants, now (Linux /proc). */
export function treeMemory(root: number): ProcessMemory[] {
  const parent = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    // pid (comm) state ppid …; comm may hold spaces and parentheses, so read after the last ')'
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parent.set(Number(entry), ppid);
    names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")));
  }
  const inTree = (pid: number) => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  const out: ProcessMemory[] = [];
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(read(`/proc/${pid}/status`) ?? "")?.[1];
    if (kb) out.push({ pid, name: names.get(pid) ?? "?", bytes: Number(kb) * 1024 });
  }
  return out;
}

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined; // the process has exited since the directory was listed
  }
}
