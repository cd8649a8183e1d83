import fs from "node:fs";
import path from "node:path";
import { confirmationOf, describeChange, describeStaleTranslation, diffContent, diffMarkdown } from "../lib/content/diff";
import { formatIssue, formatIssues } from "../lib/content/issues";
import { readSourceNumbers, SOURCE_DIR } from "../lib/content/phone-audit";
import { unreviewedChangeIssues } from "../lib/content/review/report";
import { contentAt, contentNow } from "./lib/content-files";

/**
 * `npm run content:diff -- main`: what this branch changes in content/ compared
 * with a git ref, as Markdown: every changed phone or fax number first, each
 * with how it is vouched for (in the guidebook text, or the `confirmed` record
 * of its contact or office), and every program whose Japanese changed while its
 * やさしい日本語 or English did not. In GitHub Actions it also writes the job summary
 * and puts a warning on every line whose phone or fax number changed.
 *
 * It also applies the review rule (lib/content/review/rule.ts), which needs
 * both versions: a fact changed without a record of the current edition's
 * review fails the check, with file, line and field.
 */
const root = path.resolve(__dirname, "..");
const base = process.argv[2] ?? "main";
const before = contentAt(root, base);
const after = contentNow(root);

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

const unreviewed = unreviewedChangeIssues(before, after);
if (unreviewed.length) {
  console.error(formatIssues(unreviewed));
  if (process.env.GITHUB_ACTIONS === "true") {
    for (const i of unreviewed) console.log(`::error file=${i.file}${i.line ? `,line=${i.line}` : ""},title=確認の記録がない変更::${formatIssue(i).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`);
  }
  process.exit(1);
}
