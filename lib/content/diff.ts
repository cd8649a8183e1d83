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
 * as the page words them, needs, texts, the body (changes.ts). Works on raw
 * files so that it still reports on a change that fails validation.
 */
export type NumberEntry = NumberOnLine;

export type ProgramSnapshot = { file: string; title: string; numbers: NumberEntry[]; data: Record<string, unknown>; body: string };

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
  unreadable: string[];
};

const PROGRAMS = /^content\/programs\//;

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
  return { file, title: String(title), numbers, data, body: fm.body };
}

const show = (n: NumberEntry) => phoneVisibleText(n);

export function diffContent(before: Map<string, string>, after: Map<string, string>): ContentDiff {
  const result: ContentDiff = { numbers: [], addedPrograms: [], removedPrograms: [], addedFiles: [], removedFiles: [], changes: [], unreadable: [] };
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
  }
  return result;
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
