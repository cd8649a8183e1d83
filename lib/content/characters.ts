/**
 * Characters no page may carry. Each of them is invisible or unstable on
 * screen: a copy from a PDF or a web page brings in zero-width spaces, a
 * hostile edit hides text behind direction overrides (a reviewer reads one
 * thing, the site shows another), and control characters break feeds, CSV and
 * terminals. They are refused wherever they stand in a content file, as typed
 * or as YAML escapes ("\u202E"), with the line to retype.
 */

type Kind = { test: RegExp; name: string };

// Order matters: the first kind that matches names the character.
const KINDS: Kind[] = [
  { test: /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u, name: "文字の向きを変える制御文字" },
  { test: /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD]/u, name: "目に見えない文字（ゼロ幅の空白など）" },
  { test: /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u, name: "制御文字" },
  { test: /[\u2028\u2029]/u, name: "行区切りの特殊文字" },
  { test: /\p{Cs}/u, name: "壊れた文字（対になっていないサロゲート）" },
  { test: /[\uFDD0-\uFDEF]|[\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u, name: "文字として使えない符号（非文字）" },
  { test: /\p{Co}/u, name: "外字（機種ごとに違って見える私用の文字）" },
  // Any other format character (language tags, interlinear annotation marks…).
  { test: /\p{Cf}/u, name: "目に見えない書式の文字" },
];

/** Everything above in one pass; tab and line feed are the only controls a file may hold. */
const UNSAFE = new RegExp(KINDS.map((k) => k.test.source).join("|"), "gu");

export type UnsafeCharacter = { index: number; char: string; name: string };

export function unsafeCharacters(text: string): UnsafeCharacter[] {
  return [...text.matchAll(UNSAFE)].map((m) => ({ index: m.index, char: m[0], name: nameOf(m[0]) }));
}

export function hasUnsafeCharacter(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

function nameOf(char: string): string {
  return KINDS.find((k) => k.test.test(char))?.name ?? "使えない文字";
}

/** U+202E */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export function unsafeCharacterMessage(c: UnsafeCharacter, more = 0): string {
  return `${c.name}（${codePoint(c.char)}）が入っています${more ? `（この行にほかに ${more} 文字）` : ""}。画面では見えないか、機種によって違って見える文字で、表示や検索を狂わせます。この行の文字を打ち直してください（ほかの文書からコピーした文字に紛れ込んでいることがあります）`;
}

/**
 * Blank to a reader: white space, default-ignorable characters (zero-width,
 * Hangul fillers, variation selectors), combining marks with nothing to
 * combine with, and the braille blank. `trim()` removes only the first of these.
 */
const BLANK = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/gu;

export function looksBlank(text: string): boolean {
  return text.replace(BLANK, "") === "";
}

/** Length as a reader counts characters (an emoji or a rare kanji is one, not two). */
export function characterCount(text: string): number {
  // Code units, less the second half of every surrogate pair.
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * A value quoted back in a message: control and direction characters made
 * visible as U+XXXX (a message must not itself reorder or erase the terminal
 * line it is printed on), its line breaks too (a quoted value is one line of
 * the message; a break in it could start a line of its own, which a CI log
 * reads as a command), and a long value cut short.
 */
export function shown(value: string, max = 40): string {
  const chars = [...value];
  const cut = chars.length > max ? `${chars.slice(0, max).join("")}…（全${chars.length}文字）` : value;
  return oneLine(cut);
}

/** `visible`, with line breaks shown as well: for a file name, a key or a value that is quoted on one line. */
export function oneLine(text: string): string {
  return visible(text).replace(/\r\n|\r|\n/g, (c) => [...c].map((x) => `<${codePoint(x)}>`).join(""));
}

/** Unsafe characters as U+XXXX, keeping line feeds (messages use them) and tabs. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `<${codePoint(c)}>`);
}

/**
 * For a name that must be written in ASCII (a file name, a reference to one):
 * its first character from outside ASCII, named with its code, because it may look
 * exactly like one that is (a Cyrillic о, a full-width ａ, a non-breaking hyphen).
 */
export function notAsciiNote(name: string): string {
  const odd = [...name].find((c) => c.codePointAt(0)! > 0x7e);
  return odd ? `（「${oneLine(odd)}」（${codePoint(odd)}）は半角の英数字や記号ではありません）` : "";
}
