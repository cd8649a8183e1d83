import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { CATEGORY_SLUGS } from "../lib/content/categories";
import { formatIssues } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";
import { programSchema, type ProgramFrontMatter } from "../lib/content/schema";

/**
 * `npm run new-program -- --slug … --title … --category … --organization … --tel …`
 * Writes a new program file that already passes validation. Every value comes
 * from the person running it: a placeholder phone number that happens to be
 * valid would be the worst thing this script could write.
 */
const USAGE = `使い方:
  npm run new-program -- --slug business-matching --title "制度名" --summary "一文の説明" \\
    --category sales-channels --organization 青森県商工労働部 --department 地域産業課 \\
    --group 経営支援グループ --tel 017-734-9373 [--fax 017-734-8107] [--number 22]

  --category は何度でも指定できます。使える値: ${CATEGORY_SLUGS.join(", ")}`;

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: {
    slug: { type: "string" },
    title: { type: "string" },
    summary: { type: "string" },
    category: { type: "string", multiple: true },
    organization: { type: "string" },
    department: { type: "string" },
    group: { type: "string" },
    tel: { type: "string" },
    fax: { type: "string" },
    number: { type: "string" },
    "content-dir": { type: "string" },
  },
});

const contentDir = values["content-dir"] ? path.resolve(values["content-dir"]) : path.join(root, "content");
const missing = (["slug", "title", "summary", "category", "organization", "tel"] as const).filter((k) => !values[k]);
if (missing.length) {
  console.error(`次の指定がありません: ${missing.map((m) => `--${m}`).join(", ")}\n\n${USAGE}`);
  process.exit(2);
}

const existing = loadContent(contentDir, path.dirname(contentDir));
const target = path.join(contentDir, "programs", `${values.slug}.md`);
if (fs.existsSync(target)) {
  console.error(`${path.relative(root, target)} は既にあります。別の --slug を指定してください`);
  process.exit(2);
}
const nextNumber = values.number ? Number(values.number) : Math.max(0, ...existing.programs.map((p) => p.source.number)) + 1;
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());

const data: ProgramFrontMatter = {
  title: values.title!,
  summary: values.summary!,
  categories: values.category as ProgramFrontMatter["categories"],
  contacts: [
    {
      role: "担当窓口",
      organization: values.organization!,
      ...(values.department ? { department: values.department } : {}),
      ...(values.group ? { group: values.group } : {}),
      tel: [{ number: values.tel! }],
      ...(values.fax ? { fax: values.fax } : {}),
    },
  ],
  lastChecked: today,
  source: { document: "中小企業支援ガイドブック", section: "Ⅲ 情報提供・相談・専門家派遣等", number: nextNumber },
};

const checked = programSchema.safeParse(data);
const text = `---\n# yaml-language-server: $schema=../../schemas/program.schema.json\n${stringify(data, { lineWidth: 0 })}---\n\n## 支援内容\n\n（ここに制度の説明を書いてください）\n`;
fs.writeFileSync(target, text);
const after = loadContent(contentDir, path.dirname(contentDir)).issues.filter((i) => i.file.endsWith(`/${values.slug}.md`));
if (!checked.success || after.length) {
  fs.rmSync(target);
  console.error(formatIssues(after));
  console.error("\nファイルは作成していません。指定した値を直してもう一度実行してください。");
  process.exit(1);
}
console.log(`${path.relative(root, target)} を作成しました（項目番号 ${nextNumber}）。本文と、対象者・費用などの項目を書き足してください。`);
