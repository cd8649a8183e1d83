import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { filesUnder } from "../../lib/content/read-text";

/**
 * content/ as two versions of a change compare it: the files of a git ref
 * (the base branch of a pull request) and the working tree's, each by its
 * path from the project root.
 */
export function contentAt(root: string, ref: string): Map<string, string> {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const files = new Map<string, string>();
  for (const file of git("ls-tree", "-r", "--name-only", ref, "--", "content/").split("\n").filter(Boolean)) files.set(file, git("show", `${ref}:${file}`));
  return files;
}

export function contentNow(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const abs of filesUnder(path.join(root, "content"))) files.set(path.relative(root, abs).split(path.sep).join("/"), fs.readFileSync(abs, "utf8"));
  return files;
}
