import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { vi } from "vitest";
import { withBody } from "../../lib/content/front-matter";
import { LIMITS } from "../../lib/content/limits";
import { FIXTURES } from "./fixture-patch";

/**
 * Invalid content that cannot be a committed file or a patch: links (not
 * portable in git), a FIFO, an unreadable file, a 50 MB file, a folder 200
 * deep, names and bodies full of control characters, the base program saved in
 * another encoding. Each case builds its files inside the
 * test's content/ (and, for what must lie outside it, beside content/ in the
 * same temporary project). Its exact messages are in
 * tests/fixtures/invalid/generated/NAME.expected.txt; `names` are the paths
 * (under content/) its messages may name.
 */
export type GeneratedCase = {
  files?: Record<string, string | Buffer>;
  prepare?: (content: string) => void;
  names: string[];
};

/** The program the patched cases change (tests/fixtures/base/), which loads cleanly beside the test's other files (see contentTree). */
const program = fs.readFileSync(path.join(FIXTURES, "base/programs/energy-saving.md"), "utf8");

const link = (content: string, from: string, target: string) => fs.symlinkSync(target, path.join(content, from));

export const GENERATED: Record<string, GeneratedCase> = {
  // As Notepad or Excel on Japanese Windows save a file.
  "shift-jis": { files: { "programs/shift-jis.md": iconv.encode(program, "shift_jis") }, names: ["programs/shift-jis.md"] },
  "utf-16": { files: { "programs/utf-16.md": iconv.encode(program, "utf-16le", { addBOM: true }) }, names: ["programs/utf-16.md"] },
  "utf-16-without-bom": { files: { "programs/utf-16-without-bom.md": Buffer.from(program, "utf16le") }, names: ["programs/utf-16-without-bom.md"] },
  // UTF-8 with one byte that is not: a broken character, named by its line, not a file in another encoding.
  "utf-8-one-broken-byte": {
    files: { "programs/utf-8-one-broken-byte.md": Buffer.concat([Buffer.from(program.slice(0, program.indexOf("\naudience:") + 1)), Buffer.from([0xff]), Buffer.from(program.slice(program.indexOf("\naudience:") + 1))]) },
    names: ["programs/utf-8-one-broken-byte.md"],
  },
  // A valid program kept outside content/ and linked in: it must not be published.
  "symlink-to-file-outside": {
    prepare: (c) => {
      fs.writeFileSync(path.join(c, "..", "outside.md"), program);
      link(c, "programs/outside.md", "../../outside.md");
    },
    names: ["programs/outside.md"],
  },
  "symlink-to-file-inside": {
    prepare: (c) => link(c, "programs/copy.md", "yorozu.md"),
    names: ["programs/copy.md"],
  },
  "symlink-to-folder": {
    prepare: (c) => link(c, "programs/needs.md", "../needs"),
    names: ["programs/needs.md"],
  },
  "symlink-dangling": {
    prepare: (c) => link(c, "programs/gone.md", "no-such-file.md"),
    names: ["programs/gone.md"],
  },
  "symlink-folder": {
    prepare: (c) => {
      fs.mkdirSync(path.join(c, "..", "elsewhere"));
      fs.writeFileSync(path.join(c, "..", "elsewhere", "more.md"), program);
      link(c, "programs/more", "../../elsewhere");
    },
    names: ["programs/more"],
  },
  "folder-named-md": {
    prepare: (c) => {
      fs.mkdirSync(path.join(c, "programs/folder.md"));
      fs.writeFileSync(path.join(c, "programs/folder.md/inside.md"), program);
    },
    names: ["programs/folder.md", "programs/folder.md/inside.md"],
  },
  "empty-folder": {
    prepare: (c) => fs.mkdirSync(path.join(c, "needs/drafts")),
    names: ["needs/drafts"],
  },
  fifo: {
    prepare: (c) => execFileSync("mkfifo", [path.join(c, "programs/pipe.md")]),
    names: ["programs/pipe.md"],
  },
  // Root reads any file whatever its mode, so the refusal is simulated where the loader opens it.
  unreadable: {
    files: { "programs/locked.md": program },
    prepare: (c) => {
      const locked = path.join(c, "programs/locked.md");
      fs.chmodSync(locked, 0);
      const open = fs.openSync;
      vi.spyOn(fs, "openSync").mockImplementation((file, ...rest) => {
        if (file === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: "EACCES" });
        return open(file, ...rest);
      });
    },
    names: ["programs/locked.md"],
  },
  "folder-200-deep": {
    prepare: (c) => {
      const deep = path.join(c, "programs", ...Array.from({ length: 200 }, () => "d"));
      fs.mkdirSync(deep, { recursive: true });
      fs.writeFileSync(path.join(deep, "x.md"), program);
    },
    names: ["programs/d/d/d"],
  },
  // Sparse: 50 MB on paper, nothing on disk; refused by its size before a byte is read.
  "file-50-mb": {
    prepare: (c) => {
      const big = path.join(c, "programs/big.md");
      fs.writeFileSync(big, program);
      fs.truncateSync(big, 50 * 1024 * 1024);
    },
    names: ["programs/big.md"],
  },
  "file-just-over-the-limit": {
    files: { "programs/long.md": `${program}\n${"あ".repeat(Math.ceil(LIMITS.fileBytes / 3))}\n` },
    names: ["programs/long.md"],
  },
  "body-over-the-limit": {
    files: { "programs/long-body.md": withBody(program, `\n${"省エネ診断の説明です。\n".repeat(Math.ceil(LIMITS.body / 12) + 1)}`) },
    names: ["programs/long-body.md"],
  },
  "body-nested-quotes": {
    files: { "programs/nested.md": withBody(program, `\n${">".repeat(15_000)} 引用\n`) },
    names: ["programs/nested.md"],
  },
  // 2,000 lines with a NUL each: the first lines are named, the rest counted.
  "body-many-control-characters": {
    files: { "programs/nul.md": withBody(program, `\n${"a\u0000b\n".repeat(2000)}`) },
    names: ["programs/nul.md"],
  },
  "file-name-with-escape-sequence": {
    files: { "programs/\u001b[2Jred.md": program },
    names: ["programs/\u001b[2Jred.md"],
  },
  // Thousands of lines of fields nobody defined: a handful are named, the rest counted.
  "front-matter-thousands-of-keys": {
    files: { "programs/keys.md": program.replace("\nupdated:", `\n${Array.from({ length: 5000 }, (_, i) => `k${i}: v`).join("\n")}\nupdated:`) },
    names: ["programs/keys.md"],
  },
  // 300 phone numbers that do not exist: the first 50 messages, then how many more.
  "front-matter-hundreds-of-mistakes": {
    files: { "programs/numbers.md": program.replace("      - number: 017-734-9243\n", Array.from({ length: 300 }, () => "      - number: 017-734-924\n").join("")) },
    names: ["programs/numbers.md"],
  },
  "front-matter-nested-brackets": {
    files: { "programs/brackets.md": program.replace(/^title: .*$/m, `title: ${"[".repeat(30_000)}`) },
    names: ["programs/brackets.md"],
  },
};
