import fs from "node:fs";
import path from "node:path";
import { reviewComment } from "../lib/content/review/report";
import { contentAt, contentNow } from "./lib/content-files";

/**
 * `npm run review:comment -- origin/main`: the pull request's comment, as
 * Markdown on stdout: the edition's progress once this change is merged
 * (確認済み 3/21), the reviews it records and the facts it changes. The
 * workflow posts it (.github/workflows/content-check.yml); with `--out FILE`
 * it is written there too.
 */
const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const out = args.indexOf("--out");
const file = out !== -1 ? args[out + 1] : undefined;
const base = args.find((a, i) => !a.startsWith("--") && (out === -1 || i !== out + 1)) ?? "main";
const text = reviewComment(contentAt(root, base), contentNow(root));
if (file) fs.writeFileSync(file, text);
console.log(text);
