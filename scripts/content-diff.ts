import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { confirmationOf, describeChange, describeStaleTranslation, diffContent, diffMarkdown } from "../lib/content/diff";
import { readSourceNumbers, SOURCE_DIR } from "../lib/content/phone-audit";
import { filesUnder } from "../lib/content/read-text";

/**
 * `npm run content:diff -- main`: what this branch changes in content/ compared
 * with a git ref, as Markdown: every changed phone or fax number first, each
 * with how it is vouched for (in the guidebook text, or the `confirmed` record
 * of its contact or office), and every program whose Japanese changed while its
 * やさしい日本語 or English did not. In GitHub Actions it also writes the job summary
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
for (const abs of filesUnder(path.join(root, "content"))) after.set(path.relative(root, abs).split(path.sep).join("/"), fs.readFileSync(abs, "utf8"));

const diff = diffContent(before, after);
const source = readSourceNumbers(path.join(root, SOURCE_DIR)).digits;
const markdown = diffMarkdown(diff, source);
console.log(markdown);

if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
if (process.env.GITHUB_ACTIONS === "true") {
  for (const c of diff.numbers) {
    if (c.type === "removed") continue;
    const line = c.after.line ? `,line=${c.after.line}` : "";
    console.log(`::warning file=${c.file}${line},title=電話・FAX番号の変更::${describeChange(c)}（${c.after.where}）${confirmationOf(c.after, source)}。出典と照合してください`);
  }
  for (const t of diff.translations) {
    console.log(`::warning file=${t.file}${t.line ? `,line=${t.line}` : ""},title=やさしい日本語・英語の確認::${describeStaleTranslation(t)}`);
  }
}
