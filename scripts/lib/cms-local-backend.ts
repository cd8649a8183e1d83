import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { LOCAL_BACKEND_BRANCH } from "../../lib/cms/admin/constants";
import { groupStopper, type RunningServer } from "./next-server";

/**
 * Decap CMS's own local backend (decap-server) on loopback, in its `git` mode:
 * saving from /admin commits to the repository, each entry's changes on their
 * own branch `cms/<collection>/<slug>` (what becomes a pull request on
 * GitHub); publishing merges that branch into LOCAL_BACKEND_BRANCH.
 *
 * decap-server checks branches out and commits with `git add .` in the folder
 * it is given, so it is never given the working copy: it works in a worktree
 * of the same repository inside its git directory (.git/cms-local), which
 * holds nothing but what git checks out there. Files in the working copy,
 * tracked or not, committed or not, are neither committed nor touched, and
 * the branches it makes are the repository's own (`git branch` lists them).
 */
export type LocalBackend = RunningServer & {
  log: () => string;
  /** The worktree decap-server commits in. */
  worktree: string;
  /** What staff should know before they start (changes in the working copy the editor does not see). */
  notes: string[];
};

export async function startLocalBackend({ repo, port }: { repo: string; port: number }): Promise<LocalBackend> {
  const { dir: worktree, notes } = prepareWorktree(repo);
  const child = spawn(process.execPath, [require.resolve("decap-server/dist/index.js")], {
    cwd: worktree,
    env: { ...process.env, MODE: "git", GIT_REPO_DIRECTORY: worktree, PORT: String(port), BIND_HOST: "127.0.0.1", LOG_LEVEL: "info" },
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
      if (child.exitCode === null && /listening on/.test(log) && info?.type === "local_git" && info.repo === path.basename(worktree)) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`decap-server did not answer at ${origin}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, stop, log: () => log, worktree, notes };
}

/** The worktree at .git/cms-local on LOCAL_BACKEND_BRANCH, made or brought up to the working copy's commit. */
export function prepareWorktree(repo: string): { dir: string; notes: string[] } {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const succeeds = (cwd: string, ...args: string[]) => {
    try {
      git(cwd, ...args);
      return true;
    } catch {
      return false;
    }
  };
  const dir = path.join(path.resolve(repo, git(repo, "rev-parse", "--git-common-dir")), "cms-local");
  const head = git(repo, "rev-parse", "HEAD");
  const branch = `refs/heads/${LOCAL_BACKEND_BRANCH}`;
  const notes: string[] = [];
  if (!succeeds(repo, "rev-parse", "--verify", "--quiet", branch)) git(repo, "branch", LOCAL_BACKEND_BRANCH, head);
  // A worktree whose folder was removed is forgotten first; one still there is used again.
  git(repo, "worktree", "prune");
  if (!fs.existsSync(path.join(dir, ".git"))) git(repo, "worktree", "add", "--quiet", dir, LOCAL_BACKEND_BRANCH);
  const left = git(dir, "status", "--porcelain", "--untracked-files=all");
  if (left) {
    throw new Error(
      `編集画面の保存先（${dir}）に、保存の途中で止まったらしい変更が残っています。中身を確かめて、要らなければ git -C "${dir}" reset --hard と git -C "${dir}" clean -fd で消してから、もう一度実行してください:\n${left}`,
    );
  }
  // The working copy has moved on (new commits): the editor starts from there. Published drafts that are not in it yet are kept.
  if (git(dir, "rev-parse", "HEAD") !== head) {
    if (succeeds(dir, "merge-base", "--is-ancestor", "HEAD", head)) git(dir, "merge", "--ff-only", "--quiet", head);
    else if (!succeeds(dir, "merge-base", "--is-ancestor", head, "HEAD")) {
      notes.push(`ブランチ ${LOCAL_BACKEND_BRANCH}（編集画面で公開した変更）は、いまの作業中のブランチと分かれています。編集画面には ${LOCAL_BACKEND_BRANCH} の内容が出ます。`);
    }
  }
  const uncommitted = git(repo, "status", "--porcelain", "--untracked-files=all", "--", "content");
  if (uncommitted) {
    notes.push(`content/ の次の変更はコミットされていないので、編集画面には出ません（作業中のファイルには触れません）:\n${uncommitted}`);
  }
  return { dir, notes };
}
