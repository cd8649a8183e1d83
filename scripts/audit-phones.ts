import fs from "node:fs";
import path from "node:path";
import { confirmedRecord } from "../lib/content/confirmed";
import { auditPhones, readSourceNumbers, SOURCE_DIR, type LocatedNumber } from "../lib/content/phone-audit";
import { filesUnder } from "../lib/content/read-text";

/**
 * `npm run audit:phones`: every phone and fax number in content/ against the
 * source texts (docs/source/*.txt), digit by digit, explaining each difference:
 *
 * - A number in content/ that is not in the source is listed with the record
 *   of who confirmed it (`confirmed` on its contact or office: date, method,
 *   note). Without one it is an error: the same rule validation applies
 *   (lib/content/confirmed.ts), so this fails exactly where `npm run validate`
 *   would, and nowhere else.
 * - A number of the source that is no longer anywhere in content/ is listed
 *   with the files whose confirmed numbers may have taken its place. It does
 *   not fail: replacing a number the desk has changed is the point of
 *   `confirmed`. A reviewer reads the list to see that no number was lost by
 *   mistake; `npm run content:diff` shows which number replaced which.
 *
 * Exit status: 1 when a number outside the source has no confirmation, else 0.
 */
const root = path.resolve(__dirname, "..");
const sourceDir = path.join(root, process.argv[2] ?? SOURCE_DIR);
const source = readSourceNumbers(sourceDir);
if (source.files.length === 0) {
  console.error(`${path.relative(root, sourceDir)}/ に出典のテキスト（.txt）がありません。照合できません。`);
  process.exit(1);
}
const files = new Map(filesUnder(path.join(root, "content")).map((abs) => [path.relative(root, abs).split(path.sep).join("/"), fs.readFileSync(abs, "utf8")]));
const audit = auditPhones(source.digits, files);

const where = (n: LocatedNumber) => `${n.file}${n.line ? ` ${n.line}行目` : ""} ${n.field}`;
console.log(`出典（${source.files.join("、")}）の番号: ${audit.source.size} 件 / content/ の番号: ${audit.content.size} 件`);

console.log(`\n出典にない番号: ${audit.notInSource.length} 件`);
for (const n of audit.notInSource) {
  const note = n.confirmed ? confirmedRecord(n.confirmed) : "未確認: 確かめて confirmed を書くまで掲載できません（npm run validate も止まります）";
  console.log(`  ${n.kind} ${n.number}（${n.where}） ${where(n)} … ${note}`);
}

console.log(`\ncontent/ にない出典の番号: ${audit.missing.length} 件`);
for (const m of audit.missing) {
  const why = m.replacedIn.length
    ? `確認済みの新しい番号がある ${m.replacedIn.join("、")} で置き換えられた可能性があります（npm run content:diff で確かめてください）`
    : "確認済みの新しい番号はありません。掲載から漏れていないか確かめてください";
  console.log(`  ${m.digits} … ${why}`);
}

if (audit.unconfirmed.length) {
  console.error(`\n出典にない番号のうち ${audit.unconfirmed.length} 件に確認の記録（confirmed）がありません。`);
  process.exit(1);
}
console.log("\n出典にない番号はすべて確認済みです。");
