import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { COLLECTIONS } from "../lib/content/collections";
import { filesUnder } from "../lib/content/read-text";
import { changedPages, parseNameStatus, previewSummary } from "../lib/preview/changed-pages";

/**
 * `npm run preview:summary -- origin/main`: the pages this branch changes, as
 * Markdown, with their files in the preview artifact (PREVIEW_ARTIFACT_URL);
 * appended to the job summary in GitHub Actions.
 */
const root = path.resolve(__dirname, "..");
const base = process.argv[2] ?? "main";
const diff = execFileSync("git", ["diff", "--name-status", "-M", `${base}...HEAD`], { cwd: root, encoding: "utf8" });
// What pages exist: each collection's file names as they are on this branch.
const site = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, c]) => [name, filesUnder(path.join(root, "content", c.folder)).map((f) => path.basename(f, ".md"))]),
);
const markdown = previewSummary(changedPages(parseNameStatus(diff), site), process.env.PREVIEW_ARTIFACT_URL || undefined);
console.log(markdown);
if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
