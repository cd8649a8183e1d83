import { LIMITS } from "./limits";

/**
 * Content must be UTF-8. Files saved by Excel or Notepad on Japanese Windows
 * are often Shift_JIS; decoding those as UTF-8 would quietly fill the site
 * with mojibake, so they are refused with an explanation instead.
 */
export type TextResult = { ok: true; text: string } | { ok: false; message: string; line?: number };

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
    if (canDecode("shift_jis", bytes)) {
      return {
        ok: false,
        message: "文字コードが UTF-8 ではありません（Shift_JIS で保存されているようです）。メモ帳なら「名前を付けて保存」で文字コードに UTF-8 を選んで保存し直してください",
      };
    }
    return brokenUtf8(bytes);
  }
  // The decoder above already dropped a leading BOM; Windows line endings are fine too.
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return { ok: false, message: "ファイルが空です。内容を書くか、不要ならファイルを削除してください" };
  }
  return { ok: true, text };
}

/**
 * UTF-8 with a few bytes that are not: a character broken by an editor or a
 * copy, rather than a file saved in another encoding. Then the line is named.
 */
function brokenUtf8(bytes: Uint8Array): TextResult {
  const text = new TextDecoder("utf-8").decode(bytes);
  const broken = [...text.matchAll(/\uFFFD/g)];
  if (broken.length > BROKEN_AT_MOST) return { ok: false, message: "文字コードが UTF-8 ではありません。UTF-8 で保存し直してください" };
  const line = text.slice(0, broken[0].index).split("\n").length;
  return {
    ok: false,
    line,
    message: `UTF-8 として読めない文字が ${broken.length} か所あります（最初は ${line} 行目）。壊れた文字なので、その行を打ち直してください`,
  };
}

/** More broken characters than this, and the file as a whole is taken to be in another encoding. */
const BROKEN_AT_MOST = 5;

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

export function tooBigMessage(size: number, maxBytes: number): string {
  return `ファイルが大きすぎます（${kb(size)}。上限は ${kb(maxBytes)}）。本文は ${LIMITS.body.toLocaleString("en-US")} 文字までです。内容を分けるか、要らない部分を削除してください`;
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

