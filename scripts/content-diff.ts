import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describeChange, diffContent, diffMarkdown } from "../lib/content/diff";

/**
 * `npm run content:diff -- main`: what this branch changes in content/ compared
 * with a git ref, as Markdown. In GitHub Actions it also writes the job summary
 * and puts a warning on every line whose phone or fax number changed.
 */
const root = path.resolve(__dirname, "..");
const base = process.argv[2] ?? "main";
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

const before = new Map<string, string>();
for (const file of git("ls-tree", "-r", "--name-only", base, "--", "content/").split("\n").filter(Boolean)) {
  before.set(file, git("show", `${base}:${file}`));
}
const after = new Map<string, string>();
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const abs of walk(path.join(root, "content"))) after.set(path.relative(root, abs).split(path.sep).join("/"), fs.readFileSync(abs, "utf8"));

const diff = diffContent(before, after);
const markdown = diffMarkdown(diff);
console.log(markdown);

if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
if (process.env.GITHUB_ACTIONS === "true") {
  for (const c of diff.numbers) {
    if (c.type === "removed") continue;
    const line = c.after.line ? `,line=${c.after.line}` : "";
    console.log(`::warning file=${c.file}${line},title=電話・FAX番号の変更::${describeChange(c)}（${c.after.where}）出典と照合してください`);
  }
}
