import matter from "gray-matter";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from "yaml";
import { hasUnsafeCharacter, shown } from "./characters";
import { formatFieldPath } from "./issues";
import { LIMITS } from "./limits";
import { YAML_OPTIONS } from "./yaml-options";

/**
 * The one place a content file's text is read into its front matter and its
 * body: for the loader, the editor at /admin, the content diff, the scripts
 * and the tests. gray-matter finds the fences; its engine is the project's
 * YAML reader below, the `yaml` package in YAML 1.2 core mode, for two
 * reasons: a bare `2026-11-24` stays a string instead of turning into a
 * Date, and every node keeps its source position, so that a schema failure
 * can name the line the editor has to change.
 *
 * Only the plain part of YAML is accepted: no anchors or aliases (never
 * needed, and the way to a billion-laughs file), no tags (`!!binary`, `!evil`:
 * the parser would otherwise turn them into something else or drop them with
 * a warning), no merge keys, no directives, keys that are words. A number is
 * a number only when written the plain way (`14`, `40.82`): `0641`, `0x1F`,
 * `1e3`, `+5`, `.inf` stay the text that was written, so nothing typed ever
 * silently becomes a different value (the schema then accepts the text or
 * says what to write).
 */
export type FrontMatterProblem = { line?: number; column?: number; field?: string; message: string };

type Position = { line: number; column: number };

/** What the YAML between the fences says: its data, or why it cannot be read. */
type YamlReading =
  | {
      ok: true;
      data: unknown;
      /** The YAML as parsed, with its comments (the editor keeps them). */
      document: Document;
      lineOf: (path: readonly PropertyKey[], pointAtKey?: boolean) => Position | undefined;
      /** The field written at this offset of the file's text, if any. */
      fieldAt: (offset: number) => string | undefined;
    }
  | { ok: false; problems: FrontMatterProblem[]; fieldAt?: (offset: number) => string | undefined };

/** Where the body is: its text, and the 1-based line in the file of its first line. */
type Body = { body: string; bodyStartLine: number };

/** `split`: the body, when the fences were right and only the YAML between them is wrong. */
export type ParsedFrontMatter = (Extract<YamlReading, { ok: true }> & Body) | (Extract<YamlReading, { ok: false }> & { split?: Body });

const FENCE = "---";

/**
 * `content` as read from a file: a byte order mark and Windows line endings
 * are fine. The file opens with a line of exactly ---, and the first later
 * line that begins with --- or ... must be exactly --- (it closes the front
 * matter): `----`, `---x` or `--- title` there would otherwise be taken as the
 * end with its stray characters leaking into the page, or as a second
 * document. gray-matter is given options, so it caches nothing; and since the
 * first line is checked before it runs, it never picks another engine
 * (`---js` would evaluate the file).
 */
export function parseFrontMatter(content: string): ParsedFrontMatter {
  const text = content.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const refused = (problem: FrontMatterProblem): ParsedFrontMatter => ({ ok: false, problems: [problem] });
  const [firstLine] = text.split("\n", 1);
  if (!firstLine.startsWith(FENCE)) {
    return refused({ line: 1, message: "ファイルの1行目が --- ではありません。先頭に --- の行、その下に項目、もう一度 --- の行を書いてください" });
  }
  if (!/^---[ \t]*$/.test(firstLine)) {
    return refused({ line: 1, message: `1行目は --- だけにしてください（いまは「${shown(firstLine)}」）。--- の後ろの文字を消し、項目は次の行から書いてください` });
  }
  let yaml: YamlReading | undefined;
  const file = matter(text, { excerpt: false, engines: { yaml: (between: string) => (yaml = readYaml(between)) } });
  // gray-matter does not ask its engine about a block of nothing but blanks and comments; to the reader that is an empty front matter.
  yaml ??= readYaml(file.matter);

  // What gray-matter took for the front matter runs from the end of the opening --- to the first line that starts with ---.
  const dots = /^\.\.\./m.exec(file.matter);
  if (dots) {
    const line = file.matter.slice(dots.index).split("\n", 1)[0];
    return refused({ line: lineAt(file.matter, dots.index), message: `「${shown(line)}」の行は使えません。項目の部分（front-matter）の終わりは --- だけの行で示します。この行を --- にするか、削除してください` });
  }
  const closingAt = FENCE.length + file.matter.length + 1;
  if (!text.startsWith(FENCE, closingAt)) {
    return refused({ line: 1, message: "先頭の項目の部分（front-matter）の終わりを示す --- の行がありません。項目の最後の行の下に --- だけの行を書いてください" });
  }
  const [closing] = text.slice(closingAt).split("\n", 1);
  if (!/^---[ \t]*$/.test(closing)) {
    return refused({ line: lineAt(text, closingAt), message: `項目の部分（front-matter）の終わりの行は --- だけにしてください（いまは「${shown(closing)}」）。余分な文字を消してください` });
  }
  // Blanks after the closing --- are left at the start of gray-matter's content, before the line break it would have dropped.
  const trailing = closing.length - FENCE.length;
  const body = trailing ? file.content.slice(trailing + 1) : file.content;
  const bodyStartLine = lineAt(text, closingAt) + 1;
  // The YAML starts right after the opening ---: its offsets are the file's less that.
  const fieldAt = (offset: number) => yaml?.fieldAt?.(offset - FENCE.length);
  if (!yaml.ok) return { ok: false, problems: yaml.problems, split: { body, bodyStartLine }, fieldAt: yaml.fieldAt && fieldAt };
  return { ok: true, data: yaml.data, document: yaml.document, body, bodyStartLine, lineOf: yaml.lineOf, fieldAt };
}

/** The file with `body` in place of its own, for benchmarks and tests that give a real file another body. */
export function withBody(text: string, body: string): string {
  const fm = parseFrontMatter(text);
  if (!fm.ok || !text.endsWith(fm.body)) throw new Error("withBody: a file with a valid front matter and \\n line ends is needed");
  return text.slice(0, text.length - fm.body.length) + body;
}

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * The project's YAML reader, gray-matter's engine: `between` is what follows
 * the opening --- up to the closing one, so its line 1 is the file's line 1
 * (the rest of the opening line, blanks at most).
 */
function readYaml(between: string): YamlReading {
  const yaml = between && !between.endsWith("\n") ? `${between}\n` : between;
  const nested = deepFlowNesting(yaml);
  if (nested) {
    // The yaml parser recurses once per level and gives up where the stack runs out, at a place that varies.
    return { ok: false, problems: [{ ...nested, message: `[ や { の入れ子が深すぎます（${LIMITS.flowNesting}段まで）。一覧は「- 」で始まる行で書いてください` }] };
  }

  const directive = yaml.split("\n").findIndex((l) => l.startsWith("%"));
  if (directive !== -1) {
    return { ok: false, problems: [{ line: directive + 1, message: "% で始まる行（YAML の指定）は使えません。この行を削除してください" }] };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { ...YAML_OPTIONS, lineCounter });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const fieldAt = (offset: number) => formatFieldPath(pathAt(doc, offset)) || undefined;

  if (doc.errors.length > 0) {
    // A full-width colon or indent (a Japanese IME left on) is the likeliest cause; the parser's own complaint would not name it.
    const fullWidth = fullWidthSyntax(yaml);
    if (fullWidth) return { ok: false, problems: [fullWidth] };
    const err = doc.errors[0];
    const unclosed = err.code === "MISSING_CHAR" && /quote/i.test(err.message);
    // The parser notices a missing closing quote only at the end; point at where the quote opened.
    const openedAt = unclosed ? lineWithUnclosedQuote(yaml) : undefined;
    const pos = at(err.pos[0]);
    const tag = TAG_ERRORS.has(err.code) ? /!\S*/.exec(yaml.slice(err.pos[0], err.pos[1] + 1) || yaml.slice(err.pos[0]))?.[0] : undefined;
    return {
      ok: false,
      problems: [
        {
          line: openedAt ?? pos.line,
          column: openedAt !== undefined ? undefined : pos.column,
          field: openedAt !== undefined ? undefined : formatFieldPath(wordKeys(pathAt(doc, err.pos[0]))) || undefined,
          message: unclosed ? "引用符（\" または '）が閉じられていません。値の最後にも同じ引用符を書いてください" : tag ? TAG(tag) : explainYamlError(err.code),
        },
      ],
    };
  }

  const problems = [...plainYamlProblems(doc, yaml, at), ...doc.warnings.filter((w) => !COVERED_WARNINGS.has(w.code)).map((w) => ({ ...at(w.pos[0]), message: explainYamlError(w.code) }))];
  if (problems.length > 0) return { ok: false, problems: onceEach(problems), fieldAt };

  return {
    ok: true,
    data: doc.toJS({ maxAliasCount: 0 }) ?? {},
    document: doc,
    lineOf: (path, pointAtKey) => {
      const node = locate(doc, path, pointAtKey);
      return node?.range ? at(node.range[0]) : undefined;
    },
    fieldAt,
  };
}

const TAG_ERRORS = new Set(["MULTIPLE_TAGS", "TAG_RESOLVE_FAILED", "BAD_COLLECTION_TYPE"]);

/** Warnings the walk below words better, at the same line. */
const COVERED_WARNINGS = new Set(["TAG_RESOLVE_FAILED", "BAD_COLLECTION_TYPE", "BAD_ALIAS"]);

const ANCHOR =
  "「&名前」「*名前」（同じ内容の使い回し）は使えません。使い回さずに、それぞれの場所に値をそのまま書いてください";
const TAG = (tag: string) =>
  `「${shown(tag)}」のような ! で始まる型の指定は使えません。指定を消して値だけを書いてください（数字を文字として扱わせたいときは " " で囲みます）`;
const NO_KEY = "項目名のない値があります。「項目名: 値」の形で書いてください";
const MERGE = "「<<」（ほかの項目の取り込み）は使えません。取り込むつもりの項目を、この場所にそのまま書いてください";
const KEY = (key: string) => `項目名「${shown(key)}」は使えません。項目名は title のような英字で書き、値は「: 」の後ろに書いてください`;
const COLLECTION_KEY = "項目名の場所に一覧やまとまり（[ ] や { }、? で始まる行）が書かれています。項目名は title のような英字で書き、値は「: 」の後ろに書いてください";
const SAME_KEY = (key: string, first: number) =>
  `項目名「${shown(key)}」が2回書かれています（${first}行目と同じ。全角・半角、大文字・小文字の違いは同じ名前とみなします）。どちらか一方を消してください`;
const ESCAPE = "「\\u202E」「\\0」のような \\ で始まる書き方で、目に見えない文字か制御文字が入っています。その書き方を消してください";

type Problem = FrontMatterProblem & { kind: string };

/** Everything beyond plain maps, lists and scalars, each at its line. */
function plainYamlProblems(doc: Document, yaml: string, at: (offset: number) => Position): Problem[] {
  const problems: Problem[] = [];
  const add = (kind: string, node: { range?: [number, number, number] | null } | null | undefined, message: string, path: (string | number)[] = []) =>
    problems.push({ kind, ...(node?.range ? at(node.range[0]) : {}), field: formatFieldPath(path) || undefined, message });
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isAlias(node)) return add("anchor", node, ANCHOR, path);
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.anchor) add("anchor", node, ANCHOR, path);
    if (node.tag) add("tag", node, TAG(tagAsWritten(node.tag)), path);
    if (isScalar(node)) {
      // As typed, such a character is found with the whole file's text (entry.ts); here only what a \ escape makes.
      const written = node.range ? yaml.slice(node.range[0], node.range[1]) : "";
      if (node.type === Scalar.QUOTE_DOUBLE && written.includes("\\") && typeof node.value === "string" && hasUnsafeCharacter(node.value)) add("escape", node, ESCAPE, path);
    } else if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key) || typeof key.value !== "string") {
          const message = !isScalar(key) ? (key === null ? NO_KEY : COLLECTION_KEY) : key.value === null ? NO_KEY : KEY(String(key.value));
          add("key", key ?? (pair.value as Node | null), message, path);
          continue;
        }
        if (key.anchor || key.tag) walk(key, path);
        if (key.value === "<<") add("merge", key, MERGE, path);
        const same = key.value.normalize("NFKC").toLowerCase();
        const keyLine = key.range ? at(key.range[0]).line : 0;
        const first = seen.get(same);
        if (first !== undefined) add("same-key", key, SAME_KEY(key.value, first), [...path, key.value]);
        else seen.set(same, keyLine);
        walk(pair.value, [...path, key.value]);
      }
    } else {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return problems;
}

/** `!!binary` as written, not the resolved tag:yaml.org,2002:binary. */
function tagAsWritten(tag: string): string {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}

/**
 * A file with a thousand aliases or tags says the same thing a thousand times;
 * each kind of problem is said at its first place, with how many more there are.
 */
function onceEach(problems: (FrontMatterProblem & { kind?: string })[]): FrontMatterProblem[] {
  const byKind = new Map<string, { first: FrontMatterProblem; more: number }>();
  const out: FrontMatterProblem[] = [];
  for (const p of problems) {
    const { kind, ...problem } = p;
    if (!kind || kind === "same-key" || kind === "key") {
      out.push(problem);
      continue;
    }
    const seen = byKind.get(kind);
    if (seen) seen.more++;
    else {
      const entry = { first: problem, more: 0 };
      byKind.set(kind, entry);
      out.push(problem);
    }
  }
  for (const { first, more } of byKind.values()) if (more > 0) first.message += `（このファイルのほかの ${more} か所も同じです）`;
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** In a document that failed to parse, a "key" may be a fragment of a broken line: keep the path up to the first that is not a word. */
function wordKeys(path: (string | number)[]): (string | number)[] {
  const broken = path.findIndex((k) => typeof k === "string" && !/^[A-Za-z][A-Za-z0-9]*$/.test(k));
  return broken === -1 ? path : path.slice(0, broken);
}

/** The path of keys and list positions down to the node written at `offset` of the YAML text. */
function pathAt(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  const contains = (n: unknown) => {
    const range = (n as Node | null)?.range;
    return !!range && range[0] <= offset && offset < range[2];
  };
  for (let guard = 0; guard < 1000; guard++) {
    if (isMap(node)) {
      // From the key to the end of the value: a tag or anchor sits between them.
      const pair = node.items.find((p) => {
        const start = (p.key as Node | null)?.range?.[0];
        const end = (p.value as Node | null)?.range?.[2] ?? (p.key as Node | null)?.range?.[2];
        return start !== undefined && end !== undefined && start <= offset && offset < end;
      });
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      if (!contains(pair.value)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex(contains);
      if (i === -1) break;
      path.push(i);
      node = node.items[i];
    } else {
      break;
    }
  }
  return path;
}

/** The deepest node that exists along `path`, so a missing field points at its parent. */
function locate(doc: Document, path: readonly PropertyKey[], pointAtKey = false): Node | undefined {
  let node = (doc.contents as Node | null) ?? undefined;
  for (const [i, key] of path.entries()) {
    const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    // A key written without a value is where its value should have been.
    const next = pair ? ((pointAtKey && i === path.length - 1) || !pair.value ? pair.key : pair.value) : isSeq(node) && typeof key === "number" ? node.items[key] : undefined;
    if (!next) return node;
    node = next as Node;
  }
  return node;
}

/** A key written with a full-width colon (title： …) or indented with full-width spaces, where a line cannot be read. */
function fullWidthSyntax(raw: string): { line: number; field?: string; message: string } | undefined {
  const lines = raw.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const colon = /^[ ]*(?:-[ ]+)?([A-Za-z][A-Za-z0-9_]*)[ 　]*：/.exec(lines[i]);
    if (colon) return { line: i + 1, field: colon[1], message: `項目名「${colon[1]}」の後ろのコロンが全角の「：」です。半角の「:」と半角空白にしてください（例: ${colon[1]}: 値）` };
    if (/^[ ]*　+[ 　]*(?:-[ ]|[A-Za-z][A-Za-z0-9_]*[ ]*[:：])/.test(lines[i])) {
      return { line: i + 1, message: "字下げ（行頭の空白）に全角の空白が入っています。字下げは半角空白だけで揃えてください" };
    }
  }
  return undefined;
}

function lineWithUnclosedQuote(raw: string): number | undefined {
  const lines = raw.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /:\s+(["'])(.*)$/.exec(lines[i]) ?? /^\s*-\s+(["'])(.*)$/.exec(lines[i]);
    if (m && !m[2].trimEnd().endsWith(m[1])) return i + 1;
  }
  return undefined;
}

function explainYamlError(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "同じ項目名が2回書かれています。どちらか一方を消してください";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "字下げ（行頭の空白）がずれています。同じ階層の項目は同じ数の半角空白で揃えてください";
    case "TAB_AS_INDENT":
      return "字下げにタブ文字が使われています。半角空白に置き換えてください";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "この行を「項目名: 値」として読み取れません。値の中に「: 」（コロンと空白）があるときは値全体を \" \" で囲んでください。そうでなければ字下げが揃っているか確かめてください";
    case "KEY_OVER_1024_CHARS":
      return "項目名が長すぎて読み取れません。項目名は title のような英字で書き、値は「: 」の後ろに書いてください";
    case "BAD_DQ_ESCAPE":
      return "\" で囲んだ値の中の \\ の書き方が読み取れません。\\ を使わずに書くか、' で囲んでください";
    case "MULTIPLE_DOCS":
      return "項目の部分（front-matter）が途中で終わっています（--- や ... の行があります）。項目は1つの --- と --- の間にまとめて書いてください";
    case "ALIAS_PROPS":
    case "BAD_ALIAS":
    case "MULTIPLE_ANCHORS":
      return ANCHOR;
    case "MULTIPLE_TAGS":
    case "TAG_RESOLVE_FAILED":
    case "BAD_COLLECTION_TYPE":
      return TAG("!");
    default:
      return "この行の書き方を読み取れません。「項目名: 値」のコロンの後の半角空白、字下げ、引用符の閉じ忘れを確かめてください";
  }
}

/** Where [ and { first nest deeper than the limit, outside quotes and comments; undefined when they never do. */
function deepFlowNesting(yaml: string): Position | undefined {
  let depth = 0;
  let line = 1;
  let column = 0;
  let quote: string | undefined;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    column++;
    if (c === "\n") {
      line++;
      column = 0;
      if (quote === "#") quote = undefined;
    } else if (quote) {
      if (c === quote && quote !== "#") quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(yaml[i - 1]))) {
      quote = "#";
    } else if (c === "[" || c === "{") {
      if (++depth > LIMITS.flowNesting) return { line, column };
    } else if ((c === "]" || c === "}") && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
