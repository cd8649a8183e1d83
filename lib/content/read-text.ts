import fs from "node:fs";
import path from "node:path";
import { LIMITS } from "./limits";
import { tooBigMessage } from "./decode";

/**
 * What is below content/, seen without following anything: a symbolic link
 * is reported as one (its target may be outside the repository, or a
 * directory, or nothing), a FIFO is never opened (reading it would wait
 * forever), and a folder nested too deep is reported rather than walked.
 */
export type ContentPath =
  | { kind: "file"; abs: string }
  | { kind: "symlink" | "linked-content" | "folder-named-md" | "empty-folder" | "too-deep" | "special" | "unreadable"; abs: string; code?: string };

/** content/<collection>/<file> is depth 2; a folder below depth 4 is not walked. */
const MAX_DEPTH = 4;

export function contentPaths(dir: string, depth = 0): ContentPath[] {
  // content/ itself is looked at as its entries are: a link there would take every collection from wherever it points.
  if (depth === 0 && isLink(dir)) return [{ kind: "linked-content", abs: dir }];
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

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
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
    case "linked-content":
      return "content/ フォルダそのものがシンボリックリンク（ほかの場所を指す印）です。リンクの先は読みません。リンクを削除し、内容をこのリポジトリの content/ フォルダに普通のファイルとして置いてください";
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

export function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
}
