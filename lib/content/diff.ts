import path from "node:path";
import { confirmedRecord } from "./confirmed";
import { parseFrontMatter } from "./front-matter";
import { numbersOnLines, type NumberOnLine } from "./numbers";
import { phoneDigits } from "../phone/number";
import { phoneVisibleText } from "../phone/format";

/**
 * What a change to content/ means for the public, for the reviewer of a pull
 * request: above all every phone or fax number that is added, removed or
 * changed, each with the record of how it was confirmed (or the note that it
 * is in the guidebook text), since a wrong number is the most harmful edit
 * this site can ship; then a program whose Japanese changed while its
 * やさしい日本語 or English did not, since those are facts to check again too.
 * Works on raw files so that it still reports on a change that fails validation.
 */
export type NumberEntry = NumberOnLine;

export type ProgramSnapshot = {
  file: string;
  title: string;
  numbers: NumberEntry[];
  facts: Record<string, string>;
  /** What the やさしい日本語 and English texts are written from, by field (本文 for the body), and those texts with their lines. */
  japanese: Record<string, string>;
  translations: Record<Translation, { text: string; line?: number }>;
};

/** A program's texts written from its Japanese (lib/content/schema/translations.ts). */
export type Translation = "easy" | "en";
export const TRANSLATIONS: Record<Translation, string> = { easy: "やさしい日本語（easy）", en: "英語（en）" };

/** A program whose Japanese changed while its やさしい日本語 or English did not: a reviewer checks them against the new Japanese. */
export type StaleTranslation = { file: string; title: string; changed: string[]; unchanged: Translation[]; line?: number };

export type NumberChange =
  | { type: "changed"; file: string; title: string; before: NumberEntry; after: NumberEntry }
  | { type: "added"; file: string; title: string; after: NumberEntry }
  | { type: "removed"; file: string; title: string; before: NumberEntry };

export type ContentDiff = {
  numbers: NumberChange[];
  addedPrograms: ProgramSnapshot[];
  removedPrograms: ProgramSnapshot[];
  facts: { file: string; title: string; field: string; before: string; after: string }[];
  translations: StaleTranslation[];
  unreadable: string[];
};

const FACT_FIELDS = ["title", "summary", "categories", "businessTypes", "audience", "cost", "status", "updated"] as const;
/** What the translations say, and so what they must follow: the program's texts and the names of its desks (the easy text names its desk). */
const JAPANESE_FIELDS = ["title", "summary", "audience", "cost", "status", "details", "contacts", "offices", "schedule"] as const;
const PROGRAMS = /^content\/programs\//;

/** A field as text to compare: a desk's numbers and hours are shown from the model in every language, so only its names count. */
function japaneseOf(field: string, value: unknown): string {
  if (field !== "contacts" && field !== "offices") return JSON.stringify(value ?? null);
  const names = ["organization", "department", "group", "location", "name", "note"];
  return JSON.stringify(Array.isArray(value) ? value.map((d) => (d && typeof d === "object" ? names.map((k) => (d as Record<string, unknown>)[k]) : d)) : null);
}

export function snapshot(file: string, text: string): ProgramSnapshot | undefined {
  const fm = parseFrontMatter(text);
  if (!fm.ok || typeof fm.data !== "object" || fm.data === null) return undefined;
  const data = fm.data as Record<string, unknown>;
  const numbers = numbersOnLines(fm);
  const facts: Record<string, string> = {};
  for (const f of FACT_FIELDS) if (data[f] !== undefined) facts[f] = Array.isArray(data[f]) ? (data[f] as unknown[]).join(", ") : String(data[f]);
  const japanese: Record<string, string> = { 本文: fm.body.trim() };
  for (const f of JAPANESE_FIELDS) japanese[f] = japaneseOf(f, data[f]);
  const translations = Object.fromEntries(
    (Object.keys(TRANSLATIONS) as Translation[]).map((t) => [t, { text: JSON.stringify(data[t] ?? null), line: fm.lineOf([t], true)?.line }]),
  ) as ProgramSnapshot["translations"];
  return { file, title: String(data.title ?? path.basename(file)), numbers, facts, japanese, translations };
}

/** Whether a program's Japanese changed and which of its translations did not follow. */
function staleTranslation(b: ProgramSnapshot, a: ProgramSnapshot): StaleTranslation | undefined {
  const changed = Object.keys(a.japanese).filter((f) => a.japanese[f] !== b.japanese[f]);
  const unchanged = (Object.keys(TRANSLATIONS) as Translation[]).filter((t) => a.translations[t].text === b.translations[t].text);
  if (!changed.length || !unchanged.length) return undefined;
  return { file: a.file, title: a.title, changed, unchanged, line: a.translations[unchanged[0]].line };
}

const show = (n: NumberEntry) => phoneVisibleText(n);

export function diffContent(before: Map<string, string>, after: Map<string, string>): ContentDiff {
  const result: ContentDiff = { numbers: [], addedPrograms: [], removedPrograms: [], facts: [], translations: [], unreadable: [] };
  const files = [...new Set([...before.keys(), ...after.keys()])].filter((f) => f.endsWith(".md")).sort();
  for (const file of files) {
    const b = before.has(file) ? snapshot(file, before.get(file)!) : undefined;
    const a = after.has(file) ? snapshot(file, after.get(file)!) : undefined;
    if (before.has(file) && !b) result.unreadable.push(`${file}（変更前）`);
    if (after.has(file) && !a) result.unreadable.push(file);
    if (!b && a) {
      if (PROGRAMS.test(file)) result.addedPrograms.push(a);
      for (const n of a.numbers) result.numbers.push({ type: "added", file, title: a.title, after: n });
      continue;
    }
    if (b && !a) {
      if (!after.has(file) && PROGRAMS.test(file)) result.removedPrograms.push(b);
      for (const n of b.numbers) result.numbers.push({ type: "removed", file, title: b.title, before: n });
      continue;
    }
    if (!a || !b) continue;
    const beforeByField = new Map(b.numbers.map((n) => [n.field, n]));
    const afterByField = new Map(a.numbers.map((n) => [n.field, n]));
    for (const [field, n] of afterByField) {
      const old = beforeByField.get(field);
      if (!old) result.numbers.push({ type: "added", file, title: a.title, after: n });
      else if (show(old) !== show(n) || old.kind !== n.kind) result.numbers.push({ type: "changed", file, title: a.title, before: old, after: n });
    }
    for (const [field, n] of beforeByField) {
      if (!afterByField.has(field)) result.numbers.push({ type: "removed", file, title: a.title, before: n });
    }
    for (const f of FACT_FIELDS) {
      if ((b.facts[f] ?? "") !== (a.facts[f] ?? "")) result.facts.push({ file, title: a.title, field: f, before: b.facts[f] ?? "（なし）", after: a.facts[f] ?? "（なし）" });
    }
    const stale = PROGRAMS.test(file) ? staleTranslation(b, a) : undefined;
    if (stale) result.translations.push(stale);
  }
  return result;
}

/** 「summary・本文 が変わり、やさしい日本語（easy）・英語（en） は変わっていません。…」 */
export function describeStaleTranslation(t: StaleTranslation): string {
  return `${t.changed.join("・")} が変わり、${t.unchanged.map((u) => TRANSLATIONS[u]).join("・")} は変わっていません。新しい日本語と出典に合っているか確かめ、合っていなければ直してください`;
}

export function describeChange(c: NumberChange): string {
  if (c.type === "changed") return `${c.before.kind} ${show(c.before)} → ${show(c.after)}`;
  if (c.type === "added") return `${c.after.kind} ${show(c.after)} を追加`;
  return `${c.before.kind} ${show(c.before)} を削除`;
}

/** How a number that is now on the site is vouched for: the guidebook text, a recorded confirmation, or nothing. */
export function confirmationOf(n: NumberEntry, sourceDigits?: ReadonlySet<string>): string {
  if (n.confirmed) return confirmedRecord(n.confirmed);
  if (!sourceDigits) return "確認の記録なし";
  return sourceDigits.has(phoneDigits(n.number)) ? "出典（ガイドブック）のとおり" : "出典になく確認の記録もありません（検証で止まります）";
}

export function diffMarkdown(d: ContentDiff, sourceDigits?: ReadonlySet<string>): string {
  const out: string[] = ["# 掲載内容の変更"];
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  if (d.numbers.length) {
    out.push("", `## ⚠️ 電話・FAX番号の変更（${d.numbers.length}件）`, "", "番号は出典（担当課の公表資料）と1桁ずつ照らし合わせてください。", "");
    out.push("| 制度 | 窓口 | 変更 | 確認 | 項目 |", "| --- | --- | --- | --- | --- |");
    for (const c of d.numbers) {
      const where = c.type === "removed" ? c.before.where : c.after.where;
      const field = c.type === "removed" ? c.before.field : c.after.field;
      const confirmation = c.type === "removed" ? "—" : confirmationOf(c.after, sourceDigits);
      out.push(`| ${esc(c.title)}<br>\`${c.file}\` | ${esc(where)} | **${esc(describeChange(c))}** | ${esc(confirmation)} | \`${field}\` |`);
    }
  } else {
    out.push("", "電話・FAX番号の変更はありません。");
  }
  if (d.addedPrograms.length || d.removedPrograms.length) {
    out.push("", "## 追加・削除された制度", "");
    for (const p of d.addedPrograms) out.push(`- 追加: ${p.title}（\`${p.file}\`）`);
    for (const p of d.removedPrograms) out.push(`- 削除: ${p.title}（\`${p.file}\`）`);
  }
  if (d.facts.length) {
    out.push("", "## その他の主な変更", "");
    for (const f of d.facts) out.push(`- ${f.title} の \`${f.field}\`: 「${f.before}」→「${f.after}」`);
  }
  if (d.translations.length) {
    out.push("", `## やさしい日本語・英語を確かめてください（${d.translations.length}件）`, "");
    for (const t of d.translations) out.push(`- ${t.title}（\`${t.file}\`）: ${describeStaleTranslation(t)}`);
  }
  if (d.unreadable.length) {
    out.push("", "## 読み取れなかったファイル", "", ...d.unreadable.map((u) => `- \`${u}\`（検証のエラーを確認してください）`));
  }
  return `${out.join("\n")}\n`;
}
