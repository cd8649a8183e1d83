import { shown } from "./characters";
import type { Entry } from "./entry";
import type { ContentIssue } from "./issues";
import { hasKanji } from "./reading";
import type { Areas, NameEntry, Names, ProgramFrontMatter } from "./schema";

/**
 * What the やさしい日本語 and English texts and the names table must agree on
 * with the rest of content, checked once everything is loaded:
 * - every number in a program's easy and English texts stands in that
 *   program's own file (its fields or its body): a number typed into a
 *   translation is a fact like any other, and the guidebook's are in the file;
 * - the English says who may use the program and what it costs wherever the
 *   Japanese does;
 * - every name a desk is known by has a reading and an English name in the
 *   names table, and every short note beside a desk its English, so the
 *   furigana read proper nouns right and the English pages leave nothing in
 *   Japanese alone.
 */

const digitsOf = (n: string) => n.replace(/^0+(?=\d)/, "");
/** Whole numbers and decimals as written (4.5, 500, 08 read as 8). */
const NUMBER = /\d+(?:\.\d+)?/g;

/** Every number a program's file states, with the Western year of each Japanese era year (令和2年度 is also 2020). */
function numbersStated(data: Record<string, unknown>, body: string): Set<string> {
  const written = `${JSON.stringify(data)}\n${body}`.normalize("NFKC");
  const found = new Set([...written.matchAll(NUMBER)].map((m) => digitsOf(m[0])));
  for (const [, era, year] of written.matchAll(/(令和|平成)\s*(\d+|元)\s*年/g)) {
    found.add(String((era === "令和" ? 2018 : 1988) + (year === "元" ? 1 : Number(year))));
  }
  return found;
}

type Translated = Pick<ProgramFrontMatter, "easy" | "en" | "audience" | "cost">;

export function translationIssues(p: Entry<ProgramFrontMatter>): ContentIssue[] {
  const { easy, en, ...rest } = p.data;
  const stated = numbersStated(rest, p.body);
  const texts: [(string | number)[], string | undefined][] = [
    [["easy"], easy],
    [["en", "title"], en.title],
    [["en", "summary"], en.summary],
    [["en", "audience"], en.audience],
    [["en", "cost"], en.cost],
  ];
  const issues: ContentIssue[] = [];
  for (const [path, value] of texts) {
    if (!value) continue;
    const missing = [...new Set([...value.normalize("NFKC").matchAll(NUMBER)].map((m) => m[0]))].filter((n) => !stated.has(digitsOf(n)));
    for (const n of missing) {
      issues.push(
        p.at(path, `数字「${n}」が、この制度のファイル（日本語の項目と本文）のどこにもありません。やさしい日本語と英語の数字は、出典のとおりに日本語の項目か本文にある数字だけを使います。出典と照らし合わせて直してください`),
      );
    }
  }
  issues.push(...missingEnglish(p.data, p));
  return issues;
}

/** The English page says whom a program is for and what it costs wherever the Japanese page does. */
function missingEnglish(data: Translated, p: Entry<ProgramFrontMatter>): ContentIssue[] {
  const out: ContentIssue[] = [];
  if (data.audience && !data.en.audience) out.push(p.at(["en"], `対象者（audience）があるので、英語の対象者（en の audience）も書いてください（「${shown(data.audience, 30)}」を英語で）`, true));
  if (data.cost && !data.en.cost) out.push(p.at(["en"], `費用（cost）があるので、英語の費用（en の cost）も書いてください（「${shown(data.cost, 30)}」を英語で）`, true));
  return out;
}

/** A string of content that the names table must cover: a name (reading and English) or a note (English). */
type Named = { path: (string | number)[]; value: string; kind: "name" | "note" };

/** The names and notes of a program's desks, where each is written. */
function deskStrings(data: ProgramFrontMatter): Named[] {
  const out: Named[] = [];
  const add = (path: (string | number)[], value: string | undefined, kind: Named["kind"]) => {
    if (value) out.push({ path, value, kind });
  };
  data.contacts.forEach((c, i) => {
    for (const key of ["organization", "department", "group", "location"] as const) add(["contacts", i, key], c[key], "name");
    add(["contacts", i, "note"], c.note, "note");
  });
  (data.offices ?? []).forEach((o, i) => {
    add(["offices", i, "name"], o.name, "name");
    add(["offices", i, "note"], o.note, "note");
  });
  for (const [key, list] of [["contacts", data.contacts], ["offices", data.offices ?? []]] as const) {
    list.forEach((d, i) => {
      (d.tel ?? []).forEach((t, j) => {
        add([key, i, "tel", j, "label"], t.label, "name");
        add([key, i, "tel", j, "note"], t.note, "note");
      });
      add([key, i, "hours", "note"], d.hours?.note, "note");
      (d.hours?.otherClosures ?? []).forEach((c, k) => add([key, i, "hours", "otherClosures", k], c, "note"));
    });
  }
  return out;
}

const NAMES_FILE = "content/names/names.md";

function coverage(named: Named, entry: NameEntry | undefined): string | undefined {
  const needsReading = named.kind === "name" && hasKanji(named.value);
  const value = shown(named.value, 60);
  if (!entry) {
    const lines = [`- name: ${value}`, ...(needsReading ? ["reading: （漢字をひらがなにした読み）"] : []), "en: （英語）"].join(" / ");
    return `「${value}」の${needsReading ? "読みと" : ""}英語が ${NAMES_FILE} にありません。names に ${lines} を足してください（ふりがなと英語のページに使います）`;
  }
  const missing = [needsReading && !entry.reading ? "読み（reading）" : undefined, entry.en ? undefined : "英語（en）"].filter(Boolean);
  if (missing.length) return `「${value}」の${missing.join("と")}が ${NAMES_FILE} にありません。その名前の項目に書き足してください`;
  return undefined;
}

/** A program's desks' names are in the names table with what they need (the editor checks this before saving, with the table written into it). */
export function deskNamesCovered(p: Entry<ProgramFrontMatter>, names: readonly NameEntry[]): ContentIssue[] {
  const table = new Map(names.map((n) => [n.name, n]));
  return deskStrings(p.data).flatMap((named) => {
    const entry = table.get(named.value);
    const problem = coverage(named, entry);
    return problem ? [{ ...p.at(named.path, problem), formMessage: inTheForm(named, entry) }] : [];
  });
}

/** The same in the editor's words: the table is a page of its own there (「名前の読みと英語」), saved apart from the program. */
function inTheForm(named: Named, entry: NameEntry | undefined): string {
  const what = named.kind === "name" && hasKanji(named.value) && !entry?.reading ? "読み（ひらがな）と英語" : "英語";
  return `「${shown(named.value, 60)}」の${what}が「名前の読みと英語」の一覧にありません。一覧に「${shown(named.value, 60)}」の${what}を足してください（ふりがなと英語のページに使います）`;
}

/** Every region's office is in the names table with what it needs (each program's desks: deskNamesCovered, run on each file). */
export function regionNamesCovered(names: Entry<Names>, areas: Entry<Areas>): ContentIssue[] {
  const table = new Map(names.data.names.map((n) => [n.name, n]));
  return areas.data.regions.flatMap((r, i) => {
    const problem = coverage({ path: ["regions", i, "office"], value: r.office, kind: "name" }, table.get(r.office));
    return problem ? [areas.at(["regions", i, "office"], problem)] : [];
  });
}
