import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { LOCAL_BACKEND_BRANCH, LOCAL_BACKEND_DEFAULT_PORT } from "../lib/cms/admin/constants";
import { startLocalBackend } from "./lib/cms-local-backend";
import { distPath, startNext, stopOnExit } from "./lib/next-server";

/**
 * `npm run cms:local`: the site and its form editor on this computer, saving
 * to this repository instead of GitHub, from a fresh clone with nothing else
 * to run first.
 * - Builds what is missing or older than the files it is built from (the
 *   search index, /admin's script, the production build: `npm run build`).
 * - Serves the site and the editor on one port: PORT, default 3000
 *   (http://127.0.0.1:3000/admin).
 * - Runs Decap's local backend (CMS_LOCAL_PORT, default 8081) in a worktree of
 *   this repository of its own (scripts/lib/cms-local-backend.ts), so nothing
 *   in the working copy is committed, moved or lost: a save is a commit on a
 *   branch cms/<collection>/<file>, publishing merges it into the branch
 *   cms-local.
 * `npm run cms:local -- <repository>` saves to another repository.
 */
const root = path.resolve(__dirname, "..");
const repo = path.resolve(process.argv[2] ?? root);
const sitePort = Number(process.env.PORT ?? 3000);
const backendPort = Number(process.env.CMS_LOCAL_PORT ?? LOCAL_BACKEND_DEFAULT_PORT);

/** What the build writes among the files git keeps. */
const WRITTEN_BY_THE_BUILD = new Set(["public/admin/config.yml"]);

/** Everything the build is made from: git's files here, tracked or not (what .gitignore leaves out is output), less the tests. */
function newestSource(): number {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0");
  let newest = 0;
  for (const f of files) {
    if (!f || f.startsWith("tests/") || WRITTEN_BY_THE_BUILD.has(f)) continue;
    const stat = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs > newest) newest = stat.mtimeMs;
  }
  return newest;
}

function builtAt(): number | undefined {
  const needed = [distPath("BUILD_ID"), path.join(root, "public/admin/admin.js"), path.join(root, "public/admin/decap-cms.js")];
  const times = needed.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs);
  return times.every((t) => t !== undefined) ? Math.min(...(times as number[])) : undefined;
}

async function main() {
  const built = builtAt();
  if (built === undefined || built < newestSource()) {
    console.log(built === undefined ? "サイトと編集画面を組み立てます（初めてのときは数分かかります）…" : "前に組み立てた後でファイルが変わったので、組み立て直します…");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const backend = await startLocalBackend({ repo, port: backendPort });
  const site = await startNext(sitePort).catch(async (e: unknown) => {
    await backend.stop();
    throw e;
  });
  stopOnExit(site, backend);
  const query = backendPort === LOCAL_BACKEND_DEFAULT_PORT ? "" : `?local_backend=${backendPort}`;
  console.log(
    [
      `サイト: ${site.origin}/`,
      `編集画面: ${site.origin}/admin${query}（「ログイン」を押すと始まります）`,
      `保存先: ${repo} のブランチ cms/…（保存するごとにコミット）。公開すると ${LOCAL_BACKEND_BRANCH} ブランチに取り込まれます。`,
      `編集画面の作業場所: ${backend.worktree}（作業中のファイルには触れません）`,
      ...backend.notes,
      "Ctrl+C で止まります。",
    ].join("\n"),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
