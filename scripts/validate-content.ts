import path from "node:path";
import { loadContent } from "../lib/content/load";
import { visible } from "../lib/content/characters";
import { formatIssue, formatIssues } from "../lib/content/issues";

/**
 * `npm run validate`: checks all of content/ without a Next build and prints
 * every problem at once. In GitHub Actions each problem also becomes an
 * annotation on the offending line.
 */
const root = path.resolve(__dirname, "..");
const started = performance.now();
const { programs, needs, flow, areas, issues } = loadContent(path.join(root, "content"), root);
const ms = Math.round(performance.now() - started);

if (issues.length > 0) {
  console.error(formatIssues(issues));
  if (process.env.GITHUB_ACTIONS === "true") {
    for (const i of issues) {
      // A file name is content too: escaped like the rest, so it cannot end the command and start another.
      const props = [`file=${escapeProp(visible(i.file))}`, i.line ? `line=${i.line}` : "", i.column ? `col=${i.column}` : "", `title=${escapeProp(i.field ?? "content")}`]
        .filter(Boolean)
        .join(",");
      console.log(`::error ${props}::${escapeData(formatIssue(i))}`);
    }
  }
  process.exit(1);
}
console.log(
  `content/ に問題はありません（制度 ${programs.length} 件、困りごと ${needs.length} 件、相談フロー ${flow ? 1 : 0} 件、市町村 ${areas?.municipalities.length ?? 0} 件、${ms} ms）`,
);

function escapeData(s: string) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProp(s: string) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
