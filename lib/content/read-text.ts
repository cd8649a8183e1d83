import fs from "node:fs";
import path from "node:path";
import { LIMITS } from "./limits";

/**
 * Content must be UTF-8. Files saved by Excel or Notepad on Japanese Windows
 * are often Shift_JIS; decoding those as UTF-8 would quietly fill the site
 * with mojibake, so they are refused with an explanation instead.
 */
export type TextResult = { ok: true; text: string } | { ok: false; message: string };

export function decodeContentFile(bytes: Uint8Array): TextResult {
  if (bytes.length === 0) {
    return { ok: false, message: "ファイルが空です。内容を書くか、不要ならファイルを削除してください" };
  }
  if (looksUtf16(bytes)) {
    return { ok: false, message: "文字コードが UTF-16（Unicode）になっています。メモ帳なら「名前を付けて保存」で文字コードに UTF-8 を選んで保存し直してください" };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const looksShiftJis = canDecode("shift_jis", bytes);
    return {
      ok: false,
      message: looksShiftJis
        ? "文字コードが UTF-8 ではありません（Shift_JIS で保存されているようです）。メモ帳なら「名前を付けて保存」で文字コードに UTF-8 を選んで保存し直してください"
        : "文字コードが UTF-8 ではありません。UTF-8 で保存し直してください",
    };
  }
  // The decoder above already dropped a leading BOM; Windows line endings are fine too.
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return { ok: false, message: "ファイルが空です。内容を書くか、不要ならファイルを削除してください" };
  }
  return { ok: true, text };
}

/** A UTF-16 byte order mark, or the zero bytes UTF-16 puts beside every ASCII character (which UTF-8 would decode as NULs). */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 200);
  return head.length >= 8 && head.filter((b) => b === 0).length * 3 >= head.length;
}

function canDecode(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is below content/, seen without following anything: a symbolic link
 * is reported as one (its target may be outside the repository, or a
 * directory, or nothing), a FIFO is never opened (reading it would wait
 * forever), and a folder nested too deep is reported rather than walked.
 */
export type ContentPath =
  | { kind: "file"; abs: string }
  | { kind: "symlink" | "folder-named-md" | "empty-folder" | "too-deep" | "special" | "unreadable"; abs: string; code?: string };

/** content/<collection>/<file> is depth 2; a folder below depth 4 is not walked. */
const MAX_DEPTH = 4;

export function contentPaths(dir: string, depth = 0): ContentPath[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (depth === 0 && errorCode(e) === "ENOENT") return [];
    return [{ kind: "unreadable", abs: dir, code: errorCode(e) }];
  }
  if (entries.length === 0 && depth > 0) return [{ kind: "empty-folder", abs: dir }];
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e): ContentPath[] => {
      const abs = path.join(dir, e.name);
      if (e.isSymbolicLink()) return [{ kind: "symlink", abs }];
      if (e.isDirectory()) {
        if (depth + 1 >= MAX_DEPTH) return [{ kind: "too-deep", abs }];
        const inside = contentPaths(abs, depth + 1);
        return e.name.endsWith(".md") ? [{ kind: "folder-named-md", abs }, ...inside] : inside;
      }
      if (e.isFile()) return [{ kind: "file", abs }];
      return [{ kind: "special", abs }];
    });
}

/** Every regular file below `dir`, in a stable order, never through a link. */
export function filesUnder(dir: string): string[] {
  return contentPaths(dir).flatMap((p) => (p.kind === "file" ? [p.abs] : []));
}

/** What to tell staff about something below content/ that is not a file to read. */
export function contentPathMessage(p: Exclude<ContentPath, { kind: "file" }>, collectionFolder?: string): string {
  const into = collectionFolder ? `content/${collectionFolder}/` : "content/programs/ などの決まったフォルダ";
  switch (p.kind) {
    case "symlink":
      return "シンボリックリンク（ほかの場所のファイルやフォルダを指す印）は content/ に置けません。リンクを削除し、載せたい内容はこの場所に普通のファイルとして保存してください";
    case "folder-named-md":
      return `「${path.basename(p.abs)}」はファイルではなくフォルダです。フォルダを削除し、.md ファイルは ${into} に直接置いてください`;
    case "empty-folder":
      return `空のフォルダです。content/ の中にはファイルと決まったフォルダしか置けません。このフォルダを削除してください`;
    case "too-deep":
      return `フォルダが深すぎるため、中を確かめていません。ファイルは ${into} に直接置き、このフォルダを削除してください`;
    case "special":
      return "普通のファイルではありません（名前付きパイプやデバイスなど）。このファイルを削除してください";
    case "unreadable":
      return unreadableMessage(p.code);
  }
}

function unreadableMessage(code: string | undefined): string {
  return code === "EACCES" || code === "EPERM"
    ? "ファイルを読めません（読み取りの権限がありません）。ファイルの権限を直すか、ファイルを作り直してください"
    : `ファイルを読めません（${code ?? "理由不明"}）。ファイルを作り直してください`;
}

export type FileBytes = { ok: true; bytes: Buffer } | { ok: false; message: string };

/**
 * The bytes of one file, opened without following a link and without waiting
 * on a FIFO, its size checked before anything is read.
 */
export function readContentFile(abs: string, maxBytes: number = LIMITS.fileBytes): FileBytes {
  let fd: number;
  try {
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = errorCode(e);
    if (code === "ELOOP") return { ok: false, message: contentPathMessage({ kind: "symlink", abs }) };
    return { ok: false, message: unreadableMessage(code) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: contentPathMessage({ kind: stat.isDirectory() ? "folder-named-md" : "special", abs }) };
    if (stat.size > maxBytes) return { ok: false, message: tooBigMessage(stat.size, maxBytes) };
    const bytes = fs.readFileSync(fd);
    // The file may have grown between the check and the read.
    if (bytes.length > maxBytes) return { ok: false, message: tooBigMessage(bytes.length, maxBytes) };
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, message: unreadableMessage(errorCode(e)) };
  } finally {
    fs.closeSync(fd);
  }
}

function tooBigMessage(size: number, maxBytes: number): string {
  return `ファイルが大きすぎます（${kb(size)}。上限は ${kb(maxBytes)}）。本文は ${LIMITS.body.toLocaleString("en-US")} 文字までです。内容を分けるか、要らない部分を削除してください`;
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
}
