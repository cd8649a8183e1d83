import fs from "node:fs";
import path from "node:path";
import { auditPhones, SOURCE_TEXT } from "../lib/content/phone-audit";

/** `npm run audit:phones`: every phone/fax number in content/ against the guidebook text. */
const root = path.resolve(__dirname, "..");
const sourcePath = path.join(root, process.argv[2] ?? SOURCE_TEXT);
const audit = auditPhones(fs.readFileSync(sourcePath, "utf8"), path.join(root, "content"));

console.log(`出典の番号: ${audit.source.size} 件 / content/ の番号: ${audit.content.size} 件`);
console.log(`出典にない番号（誤りの疑い）: ${audit.unknown.length} 件`);
for (const u of audit.unknown) console.log(`  ${u.file}: ${u.digits}`);
console.log(`content/ にない出典の番号（掲載漏れ）: ${audit.missing.length} 件`);
for (const m of audit.missing) console.log(`  ${m}`);
if (audit.unknown.length || audit.missing.length) process.exit(1);
