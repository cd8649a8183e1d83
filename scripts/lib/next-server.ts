import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The production server (`next start`) for the measuring scripts, on loopback
 * only, from the build in NEXT_DIST_DIR (default .next). Measuring scripts
 * never build: a stale or missing build is reported, not silently replaced.
 */
export const ROOT = path.resolve(__dirname, "../..");
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
export const distPath = (...parts: string[]) => path.join(ROOT, DIST_DIR, ...parts);

export type RunningServer = { origin: string; stop: () => Promise<void> };

/** A port the OS says is free right now (PORT in the environment wins). */
export async function freePort(preferred = process.env.PORT): Promise<number> {
  if (preferred) return Number(preferred);
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function assertBuilt(dir?: string): void {
  if (dir) {
    if (!fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) throw new Error(`${path.relative(ROOT, dir)}/.next に本番ビルドがありません`);
    return;
  }
  if (!fs.existsSync(distPath("BUILD_ID"))) {
    throw new Error(`${DIST_DIR}/ に本番ビルドがありません。先に \`NEXT_DIST_DIR=${DIST_DIR} npx next build\`（または npm run build）を実行してください`);
  }
}

/**
 * `dir`: another Next project to serve (its own .next), instead of this site,
 * run from that folder: the server reads its build's script hashes
 * (proxy.ts) from where it runs.
 */
export async function startNext(port?: number, { dir }: { dir?: string } = {}): Promise<RunningServer> {
  assertBuilt(dir);
  const p = port ?? (await freePort());
  const origin = `http://127.0.0.1:${p}`;
  const args = [require.resolve("next/dist/bin/next"), "start", "--hostname", "127.0.0.1", "--port", String(p)];
  const child = spawn(process.execPath, args, {
    cwd: dir ?? ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: dir ? ".next" : DIST_DIR, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
    // Its own process group, so stopping it also stops any worker it forks.
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const stop = groupStopper(child);
  await waitFor(`${origin}/`, () => child.exitCode !== null).catch(async (e) => {
    await stop();
    throw new Error(`next start did not answer at ${origin}: ${e instanceof Error ? e.message : e}\n${stderr}`);
  });
  return { origin, stop };
}

/** Stops a detached child and whatever it started (its whole process group), and waits until it has exited. */
export function groupStopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await exited;
  };
}

/** Polls until the URL answers 200, the process gave up, or 30 s passed. */
export async function waitFor(url: string, gaveUp: () => boolean = () => false, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gaveUp()) throw new Error("the server process exited");
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Stops the server when the script is interrupted, so no server outlives it. */
export function stopOnExit(...servers: { stop: () => Promise<void> }[]): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void Promise.all(servers.map((s) => s.stop())).finally(() => process.exit(130));
    });
  }
}
