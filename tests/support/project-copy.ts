import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A copy of this working tree as it is (committed or not, minus what git
 * ignores) in a fresh git repository with one commit on main, under
 * scratch/ (ignored by git, lint and typecheck) so that a build there finds
 * this project's node_modules. Returns the repository's folder and its git.
 */
export function projectCopy(root: string, prefix: string): { work: string; repo: string; git: (...args: string[]) => string } {
  fs.mkdirSync(path.join(root, "scratch"), { recursive: true });
  const work = fs.mkdtempSync(path.join(root, "scratch", prefix));
  const repo = path.join(work, "repo");
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0");
  for (const file of listed.filter((f) => f && fs.existsSync(path.join(root, f)))) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(repo, file));
  }
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.invalid");
  return { work, repo, git };
}
