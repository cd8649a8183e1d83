import path from "node:path";
import { changesIn, type Change } from "./changes";
import { COLLECTIONS, type Collection } from "./collections";
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
 * this site can ship; then every other change a member of staff can make —
 * a page added or removed, a desk or office added, removed or renamed, hours
 * as the page words them, needs, texts, the body (changes.ts); and a program
 * whose Japanese changed while its やさしい日本語 or English did not, since
 * those are facts to check again too. Works on raw files so that it still
 * reports on a change that fails validation.
 */
export type NumberEntry = NumberOnLine;

export type ProgramSnapshot = {
  file: string;
  title: string;
  numbers: NumberEntry[];
  data: Record<string, unknown>;
  body: string;
  /** The line of each translation's key, for the warning on it. */
  translationLines: Partial<Record<Translation, number>>;
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

/** The changes to one file other than its numbers, with the page they are on. */
export type FileChanges = { file: string; title: string; collection: string; changes: Change[] };

export type ContentDiff = {
  numbers: NumberChange[];
  addedPrograms: ProgramSnapshot[];
  removedPrograms: ProgramSnapshot[];
  /** Files of other collections added or removed (a need, …), by their collection's name for staff. */
  addedFiles: (ProgramSnapshot & { collection: string })[];
  removedFiles: (ProgramSnapshot & { collection: string })[];
  changes: FileChanges[];
  translations: StaleTranslation[];
  unreadable: string[];
};

const PROGRAMS = /^content\/programs\//;
/** What the translations say, and so what they must follow: the program's texts and the names of its desks (the easy text names its desk). */
const JAPANESE_FIELDS = ["title", "summary", "audience", "cost", "status", "details", "contacts", "offices", "schedule"] as const;

/** A field as text to compare: a desk's numbers and hours are shown from the model in every language, so only its names count. */
function japaneseOf(field: string, value: unknown): string {
  if (field !== "contacts" && field !== "offices") return JSON.stringify(value ?? null);
  const names = ["organization", "department", "group", "location", "name", "note"];
  return JSON.stringify(Array.isArray(value) ? value.map((d) => (d && typeof d === "object" ? names.map((k) => (d as Record<string, unknown>)[k]) : d)) : null);
}

/** Whether a program's Japanese changed and which of its translations did not follow. */
function staleTranslation(b: ProgramSnapshot, a: ProgramSnapshot): StaleTranslation | undefined {
  const japanese = (s: ProgramSnapshot): Record<string, string> => ({ 本文: s.body.trim(), ...Object.fromEntries(JAPANESE_FIELDS.map((f) => [f, japaneseOf(f, s.data[f])])) });
  const [was, is] = [japanese(b), japanese(a)];
  const changed = Object.keys(is).filter((f) => is[f] !== was[f]);
  const text = (s: ProgramSnapshot, t: Translation) => JSON.stringify(s.data[t] ?? null);
  const unchanged = (Object.keys(TRANSLATIONS) as Translation[]).filter((t) => text(a, t) === text(b, t));
  if (!changed.length || !unchanged.length) return undefined;
  return { file: a.file, title: a.title, changed, unchanged, line: a.translationLines[unchanged[0]] };
}

/** The collection of a file of content/ (content/<folder>/<name>.md). */
function collectionOf(file: string): Collection | undefined {
  const folder = file.split("/")[1];
  return Object.values<Collection>(COLLECTIONS).find((c) => c.folder === folder);
}

export function snapshot(file: string, text: string): ProgramSnapshot | undefined {
  const fm = parseFrontMatter(text);
  if (!fm.ok || typeof fm.data !== "object" || fm.data === null) return undefined;
  const data = fm.data as Record<string, unknown>;
  const numbers = numbersOnLines(fm);
  const title = [data.title, data.label].find((t) => typeof t === "string") ?? path.basename(file, ".md");
  const translationLines = Object.fromEntries((Object.keys(TRANSLATIONS) as Translation[]).map((t) => [t, fm.lineOf([t], true)?.line]));
  return { file, title: String(title), numbers, data, body: fm.body, translationLines };
}

const show = (n: NumberEntry) => phoneVisibleText(n);

export function diffContent(before: Map<string, string>, after: Map<string, string>): ContentDiff {
  const result: ContentDiff = { numbers: [], addedPrograms: [], removedPrograms: [], addedFiles: [], removedFiles: [], changes: [], translations: [], unreadable: [] };
  const files = [...new Set([...before.keys(), ...after.keys()])].filter((f) => f.endsWith(".md")).sort();
  for (const file of files) {
    const b = before.has(file) ? snapshot(file, before.get(file)!) : undefined;
    const a = after.has(file) ? snapshot(file, after.get(file)!) : undefined;
    if (before.has(file) && !b) result.unreadable.push(`${file}（変更前）`);
    if (after.has(file) && !a) result.unreadable.push(file);
    const collection = collectionOf(file);
    const kindOf = collection?.label ?? "ファイル";
    if (!b && a) {
      if (PROGRAMS.test(file)) result.addedPrograms.push(a);
      else result.addedFiles.push({ ...a, collection: kindOf });
      for (const n of a.numbers) result.numbers.push({ type: "added", file, title: a.title, after: n });
      continue;
    }
    if (b && !a) {
      if (!after.has(file) && PROGRAMS.test(file)) result.removedPrograms.push(b);
      else if (!after.has(file)) result.removedFiles.push({ ...b, collection: kindOf });
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
    if (collection) {
      const changes = changesIn(collection, b.data, a.data, b.body, a.body);
      if (changes.length) result.changes.push({ file, title: a.title, collection: collection.label, changes });
    }
    const stale = PROGRAMS.test(file) ? staleTranslation(b, a) : undefined;
    if (stale) result.translations.push(stale);
  }
  return result;
}

export function describeChange(c: NumberChange): string {
  if (c.type === "changed") return `${c.before.kind} ${show(c.before)} → ${show(c.after)}`;
  if (c.type === "added") return `${c.after.kind} ${show(c.after)} を追加`;
  return `${c.before.kind} ${show(c.before)} を削除`;
}

/** 「summary・本文 が変わり、やさしい日本語（easy）・英語（en） は変わっていません。…」 */
export function describeStaleTranslation(t: StaleTranslation): string {
  return `${t.changed.join("・")} が変わり、${t.unchanged.map((u) => TRANSLATIONS[u]).join("・")} は変わっていません。新しい日本語と出典に合っているか確かめ、合っていなければ直してください`;
}

/** How a number that is now on the site is vouched for: the guidebook text, a recorded confirmation, or nothing. */
export function confirmationOf(n: NumberEntry, sourceDigits?: ReadonlySet<string>): string {
  if (n.confirmed) return confirmedRecord(n.confirmed);
  if (!sourceDigits) return "確認の記録なし";
  return sourceDigits.has(phoneDigits(n.number)) ? "ガイドブックのとおり" : "ガイドブックになく、確かめた記録もありません（検証で止まります）";
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
  if (d.addedPrograms.length || d.removedPrograms.length || d.addedFiles.length || d.removedFiles.length) {
    out.push("", "## 追加・削除されたページ", "");
    for (const p of d.addedPrograms) out.push(`- 追加: 制度「${p.title}」（\`${p.file}\`）`);
    for (const p of d.removedPrograms) out.push(`- 削除: 制度「${p.title}」（\`${p.file}\`）`);
    for (const p of d.addedFiles) out.push(`- 追加: ${p.collection}「${p.title}」（\`${p.file}\`）`);
    for (const p of d.removedFiles) out.push(`- 削除: ${p.collection}「${p.title}」（\`${p.file}\`）`);
  }
  if (d.changes.length) {
    out.push("", "## 電話・FAX番号のほかの変更", "");
    for (const f of d.changes) {
      out.push(`- ${esc(f.collection)}「${esc(f.title)}」（\`${f.file}\`）`);
      for (const c of f.changes) out.push(`  - ${changeText(c)}`);
    }
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

/** 「受付時間: 「平日 8:30～17:15」→「月～金 9:00～17:00」」 */
export function changeText(c: Change): string {
  const quoted = (v?: string) => (v === undefined || v === "" ? "（なし）" : `「${v}」`);
  if (c.kind === "added") return `${c.what}: 追加 ${quoted(c.after)}`;
  if (c.kind === "removed") return `${c.what}: 削除 ${quoted(c.before)}`;
  if (c.kind === "renamed") return `${c.what}: 名前を変更 ${quoted(c.before)} → ${quoted(c.after)}`;
  if (c.what === "本文") return `本文: ${c.before}、${c.after}`;
  return `${c.what}: ${quoted(c.before)} → ${quoted(c.after)}`;
}
