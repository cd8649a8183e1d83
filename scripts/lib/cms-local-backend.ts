import { spawn } from "node:child_process";
import path from "node:path";
import { groupStopper, type RunningServer } from "./next-server";

/**
 * Decap CMS's own local backend (decap-server) on loopback, in its `git` mode:
 * saving from /admin commits to the repository, and with the editorial
 * workflow each entry's changes go to their own branch `cms/<collection>/<slug>`
 * (what becomes a pull request on GitHub); publishing merges it. The `fs` mode
 * (decap-server's default) only writes files and offers no editorial workflow.
 * Note that git mode checks branches out in that repository's working tree.
 */
export async function startLocalBackend({ repo, port }: { repo: string; port: number }): Promise<RunningServer & { log: () => string }> {
  const child = spawn(process.execPath, [require.resolve("decap-server/dist/index.js")], {
    cwd: repo,
    env: { ...process.env, MODE: "git", GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: "127.0.0.1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const stop = groupStopper(child);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/api/v1`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' });
      const info = res.ok ? await res.json() : undefined;
      // Another server already on the port would answer too; ours says it is listening (or exits on EADDRINUSE).
      if (child.exitCode === null && /listening on/.test(log) && info?.type === "local_git" && info.repo === path.basename(repo)) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`decap-server did not answer at ${origin}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, stop, log: () => log };
}
