import fs from "node:fs";
import path from "node:path";

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

function canDecode(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Every file below `dir`, in a stable order, so nothing under content/ goes unseen. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
