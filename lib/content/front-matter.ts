import matter from "gray-matter";
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from "yaml";

/**
 * Front-matter is split off by gray-matter but parsed with the `yaml` package
 * in YAML 1.2 core mode, for two reasons: a bare `2026-11-24` stays a string
 * instead of turning into a Date, and every node keeps its source position,
 * so that a schema failure can name the line the editor has to change.
 */
export type ParsedFrontMatter =
  | {
      ok: true;
      data: unknown;
      body: string;
      /** 1-based line in the file of the first body line. */
      bodyStartLine: number;
      lineOf: (path: readonly PropertyKey[], pointAtKey?: boolean) => { line: number; column: number } | undefined;
    }
  | { ok: false; line?: number; column?: number; message: string };

const FENCE = /^---[ \t]*\n/;

export function parseFrontMatter(text: string): ParsedFrontMatter {
  if (!FENCE.test(text)) {
    return {
      ok: false,
      line: 1,
      message: "ファイルの1行目が --- ではありません。先頭に --- の行、その下に項目、もう一度 --- の行を書いてください",
    };
  }
  // gray-matter only splits here; the engine hands back the raw text.
  const split = matter(text, { engines: { yaml: { parse: () => ({}), stringify: () => "" } } });
  const raw = split.matter.replace(/^\n/, "");
  const closed = /\n---[ \t]*(\n|$)/.test(text.slice(3));
  if (!closed) {
    return { ok: false, line: 1, message: "先頭の項目の部分（front-matter）の終わりを示す --- の行がありません。項目の最後の行の下に --- だけの行を書いてください" };
  }
  const FIRST_LINE = 2; // the line after the opening ---
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const unclosed = err.code === "MISSING_CHAR" && /quote/i.test(err.message);
    // The parser notices a missing closing quote only at the end; point at where the quote opened.
    const openedAt = unclosed ? lineWithUnclosedQuote(raw) : undefined;
    const pos = lineCounter.linePos(err.pos[0]);
    return {
      ok: false,
      line: (openedAt ?? pos.line) + FIRST_LINE - 1,
      column: openedAt ? undefined : pos.col,
      message: unclosed
        ? "引用符（\" または '）が閉じられていません。値の最後にも同じ引用符を書いてください"
        : explainYamlError(err.code),
    };
  }
  const frontMatterLines = raw.split("\n").length;
  const bodyStartLine = FIRST_LINE + frontMatterLines + (raw.endsWith("\n") ? 0 : 1);
  return {
    ok: true,
    data: doc.toJS() ?? {},
    body: split.content,
    bodyStartLine,
    lineOf: (path, pointAtKey) => {
      const node = locate(doc, path, pointAtKey);
      if (!node?.range) return undefined;
      const pos = lineCounter.linePos(node.range[0]);
      return { line: pos.line + FIRST_LINE - 1, column: pos.col };
    },
  };
}

/** The deepest node that exists along `path`, so a missing field points at its parent. */
function locate(doc: Document, path: readonly PropertyKey[], pointAtKey = false): Node | undefined {
  let node: unknown = doc.contents;
  let last: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) return last;
      const isLast = i === path.length - 1;
      if (isLast && pointAtKey) return pair.key as Node;
      node = pair.value ?? pair.key;
      last = (pair.value as Node) ?? (pair.key as Node);
      if (!pair.value) return pair.key as Node;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (!item) return last;
      node = item;
      last = item as Node;
    } else {
      return last;
    }
  }
  return last;
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
    default:
      return "この行の書き方を読み取れません。「項目名: 値」のコロンの後の半角空白、字下げ、引用符の閉じ忘れを確かめてください";
  }
}
