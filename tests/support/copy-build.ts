import { spawn } from "node:child_process";
import { groupStopper } from "@/scripts/lib/next-server";

/**
 * `npm run build` in a copy of this project, in the background (a spec goes
 * on with its other tests meanwhile): a promise that settles with dir when
 * the build has passed, and a stopper for its whole process tree.
 *
 * Types are not checked again (TYPES_CHECKED, package.json's postbuild): a
 * copy differs from this checkout in content only, and `npm test` checks the
 * checkout's types once. On two cores that check would cost every other test
 * running beside the build about 15 s of CPU.
 */
export function startBuild(dir: string): { done: Promise<string>; stop: () => Promise<void> } {
  const child = spawn("npm", ["run", "--silent", "build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TYPES_CHECKED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const done = new Promise<string>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(dir) : reject(new Error(`npm run build failed (${code}) in ${dir}:\n${output}`)))));
  // Reported where the spec awaits it, not as an unhandled rejection if a test in between fails first.
  done.catch(() => undefined);
  return { done, stop: groupStopper(child) };
}
