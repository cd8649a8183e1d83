import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUSINESS_TYPES } from "../lib/content/business-types";
import { COLLECTIONS, newFileTemplate } from "../lib/content/collections";
import { writeContentFile } from "../lib/content/front-matter-writer";
import { formatIssues } from "../lib/content/issues";
import { keysWithLabels } from "../lib/content/labelled";
import { loadContent } from "../lib/content/load";
import { SOURCE_DIR } from "../lib/content/phone-audit";
import { programFromDraft } from "../lib/content/program-draft";
import { CONFIRMATION_METHODS } from "../lib/content/schema";

/**
 * `npm run new-program -- --slug … --title … --easy … --en-title … --en-summary … --category … --organization … --tel …`
 * Writes a new program file that already passes validation. Every value comes
 * from the person running it: a placeholder phone number that happens to be
 * valid would be the worst thing this script could write. A number that is not
 * in the guidebook text needs --confirmed and --method, as in the file itself.
 */
const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: {
    slug: { type: "string" },
    title: { type: "string" },
    summary: { type: "string" },
    easy: { type: "string" },
    "en-title": { type: "string" },
    "en-summary": { type: "string" },
    category: { type: "string", multiple: true },
    "business-type": { type: "string", multiple: true },
    organization: { type: "string" },
    department: { type: "string" },
    group: { type: "string" },
    tel: { type: "string" },
    fax: { type: "string" },
    confirmed: { type: "string" },
    method: { type: "string" },
    "confirmed-note": { type: "string" },
    number: { type: "string" },
    "fiscal-year": { type: "string" },
    "content-dir": { type: "string" },
  },
});

const contentDir = values["content-dir"] ? path.resolve(values["content-dir"]) : path.join(root, "content");
const loadOptions = { sourceDir: path.join(root, SOURCE_DIR) };
const existing = loadContent(contentDir, path.dirname(contentDir), loadOptions);

const USAGE = `使い方:
  npm run new-program -- --slug business-matching --title "制度名" --summary "一文の説明" \\
    --easy "やさしい日本語の説明（1文ごとに改行）" --en-title "Program name" --en-summary "What it is, in English" \\
    --category sales-channels --organization 青森県商工労働部 --department 地域産業課 \\
    --group 経営支援グループ --tel 017-734-9373 [--fax 017-734-8107] [--number 22] [--fiscal-year 2023] \\
    [--business-type food-processing] [--confirmed 2026-12-01 --method 電話で確認 [--confirmed-note "…"]]

  --easy はやさしい日本語のきまり（docs/yasashii-nihongo.md）を、--en-title と --en-summary は英語のページの制度名と説明です。
  --category は何度でも指定できます。使える値: ${existing.needs.map((n) => `${n.slug}（${n.label}）`).join("、")}
  --business-type は制度を使える業種が限られるときだけ: ${keysWithLabels(BUSINESS_TYPES)}
  --confirmed と --method は、電話・FAX番号が出典（${SOURCE_DIR}/）にないときに必要です（--method: ${CONFIRMATION_METHODS.join("・")}）`;

const missing = (["slug", "title", "summary", "easy", "en-title", "en-summary", "category", "organization", "tel"] as const).filter((k) => !values[k]);
if (missing.length) {
  console.error(`次の指定がありません: ${missing.map((m) => `--${m}`).join(", ")}\n\n${USAGE}`);
  process.exit(2);
}

const target = path.join(contentDir, "programs", `${values.slug}.md`);
if (fs.existsSync(target)) {
  console.error(`${path.relative(root, target)} は既にあります。別の --slug を指定してください`);
  process.exit(2);
}
const nextNumber = values.number ? Number(values.number) : Math.max(0, ...existing.programs.map((p) => p.source.number)) + 1;
const fiscalYear = values["fiscal-year"] ? Number(values["fiscal-year"]) : Math.max(0, ...existing.programs.map((p) => p.source.fiscalYear));

const data = programFromDraft({
  title: values.title!,
  summary: values.summary!,
  easy: values.easy!,
  enTitle: values["en-title"]!,
  enSummary: values["en-summary"]!,
  categories: values.category!,
  businessTypes: values["business-type"],
  organization: values.organization!,
  department: values.department,
  group: values.group,
  phone: values.tel!,
  faxNumber: values.fax,
  confirmed: { date: values.confirmed, method: values.method, note: values["confirmed-note"] },
  fiscalYear,
  number: nextNumber,
});

// Written by the writer the editor at /admin uses, validated with every rule (including those across files), and removed again if anything is wrong.
const text = writeContentFile({
  original: newFileTemplate(COLLECTIONS.programs),
  data,
  body: "## 支援内容\n\n（ここに制度の説明を書いてください）",
});
fs.writeFileSync(target, text);
const after = loadContent(contentDir, path.dirname(contentDir), loadOptions).issues.filter((i) => i.file.endsWith(`/${values.slug}.md`));
if (after.length) {
  fs.rmSync(target);
  console.error(formatIssues(after));
  if (after.some((i) => i.message.includes("confirmed"))) {
    console.error("\n番号を確かめた場合は --confirmed 確かめた日 --method 確かめた方法 を付けてください（例: --confirmed 2026-12-01 --method 電話で確認）。");
  }
  console.error("\nファイルは作成していません。指定した値を直してもう一度実行してください。");
  process.exit(1);
}
console.log(`${path.relative(root, target)} を作成しました（項目番号 ${nextNumber}）。本文と、対象者・費用などの項目を書き足してください。`);
