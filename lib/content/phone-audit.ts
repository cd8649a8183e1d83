import fs from "node:fs";
import path from "node:path";

/**
 * Phone and fax numbers, compared as digits between the source guidebook text
 * and content/. The source was extracted from a PDF, so numbers there may be
 * full-width or have odd separators; NFKC first, then digits only.
 */
const NUMBER = /0\d{1,4}[-‐−–ー－(（)）\s]*\d{1,4}[-‐−–ー－)）\s]*\d{3,4}/g;

export function phoneDigitsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.normalize("NFKC").matchAll(NUMBER)) {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length >= 9 && digits.length <= 11) out.add(digits);
  }
  return out;
}

export type PhoneAudit = {
  source: Set<string>;
  content: Set<string>;
  /** In content/ but not in the source: a number someone typed wrong. */
  unknown: { file: string; digits: string }[];
  /** In the source but nowhere in content/: a number the site would lose. */
  missing: string[];
};

export function auditPhones(sourceText: string, contentDir: string): PhoneAudit {
  const source = phoneDigitsIn(sourceText);
  const content = new Set<string>();
  const unknown: PhoneAudit["unknown"] = [];
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of walk(contentDir).sort()) {
    for (const digits of phoneDigitsIn(fs.readFileSync(file, "utf8"))) {
      content.add(digits);
      if (!source.has(digits)) unknown.push({ file: path.relative(path.dirname(contentDir), file), digits });
    }
  }
  const missing = [...source].filter((d) => !content.has(d)).sort();
  return { source, content, unknown, missing };
}

export const SOURCE_TEXT = path.join("docs", "source", "guidebook-III-consultation.txt");
