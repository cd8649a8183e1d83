import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSiteContent } from "../lib/content/api";
import { dueReport } from "../lib/content/review/due";
import { japanToday } from "../lib/content/schedule-status";

/**
 * `npm run review:due [-- --today YYYY-MM-DD] [--out FILE]`: the programs whose
 * check is due (lib/content/review/due.ts), as Markdown on stdout (and in
 * FILE). In GitHub Actions the number of them is the step's output `count`.
 * `--root DIR` reads another copy of the project (a test's).
 */
const { values } = parseArgs({ options: { today: { type: "string" }, out: { type: "string" }, root: { type: "string" } } });
const today = values.today ?? japanToday(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today は 2027-04-01 のように 年-月-日 で指定してください（いまは「${today}」）`);
  process.exit(2);
}
const site = loadSiteContent(values.root ? path.resolve(values.root) : path.resolve(__dirname, ".."));
const report = dueReport(site.programs, today, site.settings.edition);
if (values.out) fs.writeFileSync(values.out, report.markdown);
if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `count=${report.count}\n`);
console.log(report.markdown);
