import fs from "node:fs";
import path from "node:path";
import { unconfirmedNumbers } from "./confirmed";
import type { ContentIssue } from "./issues";
import { numbersInFile, type NumberEntry } from "./numbers";
import { phoneDigits } from "../phone/number";
import { phoneDigitsIn } from "./phone-text";

/**
 * Phone and fax numbers, compared digit by digit between the source texts
 * (docs/source/*.txt, the guidebook as published) and content/.
 */
export const SOURCE_DIR = path.join("docs", "source");

export type SourceNumbers = { digits: Set<string>; files: string[] };

export function readSourceNumbers(sourceDir: string): SourceNumbers {
  const files = fs.existsSync(sourceDir) ? fs.readdirSync(sourceDir).filter((f) => f.endsWith(".txt")).sort() : [];
  const digits = new Set<string>();
  for (const f of files) for (const d of phoneDigitsIn(fs.readFileSync(path.join(sourceDir, f), "utf8"))) digits.add(d);
  return { digits, files };
}

export function missingSourceIssue(sourceDir: string, projectRoot: string): ContentIssue {
  return {
    file: `${path.relative(projectRoot, sourceDir).split(path.sep).join("/")}/`,
    message: "出典のテキスト（ガイドブックの .txt）がありません。電話・FAX番号を出典と照合できないため、出典のテキストをこのフォルダに置いてください",
  };
}

export type LocatedNumber = NumberEntry & { file: string; line?: number };

export type PhoneAudit = {
  source: Set<string>;
  content: Set<string>;
  /** In content/ but not in the source: each with its confirmation, or none (which validation refuses). */
  notInSource: LocatedNumber[];
  /** The part of notInSource that validation refuses: no confirmation. */
  unconfirmed: LocatedNumber[];
  /** In the source but nowhere in content/, with the files whose confirmed numbers may have taken their place. */
  missing: { digits: string; replacedIn: string[] }[];
};

/** `files`: path relative to the project root → text, for every file under content/. */
export function auditPhones(source: ReadonlySet<string>, files: ReadonlyMap<string, string>): PhoneAudit {
  const located: LocatedNumber[] = [...files].flatMap(([file, text]) => (numbersInFile(text) ?? []).map((n) => ({ ...n, file })));
  const content = new Set(located.map((n) => phoneDigits(n.number)));
  const notInSource = located.filter((n) => !source.has(phoneDigits(n.number)));
  const unconfirmed = unconfirmedNumbers(notInSource, source);
  const replacedIn = [...new Set(notInSource.filter((n) => n.confirmed).map((n) => n.file))];
  const missing = [...source].filter((d) => !content.has(d)).sort().map((digits) => ({ digits, replacedIn }));
  return { source: new Set(source), content, notInSource, unconfirmed, missing };
}
