import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Nodes, Root } from "mdast";
import { characterCount, looksBlank, shown } from "./characters";
import { LIMITS } from "./limits";
import { bodyLink } from "./links";
import { phoneNumbersIn } from "./phone-text";

export type BodyProblem = { line?: number; column?: number; message: string };
export type InternalLink = { url: string; line?: number; column?: number };

/**
 * The body is Markdown only. Anything that would reach the page differently
 * from how it reads in the file is refused rather than quietly changed, so
 * that what the editor wrote and what visitors see never differ: raw HTML,
 * character references (&lt;, &#x202E;), a link the renderer would drop
 * (tel:, javascript:) or that nobody wrote as a link (a bare URL or e-mail
 * address), an image, a heading made by underlining a line with --- (how a
 * second front-matter block shows up). The renderer sanitises as well, as a
 * second line of defence (lib/markdown/render.tsx).
 */
export function checkBody(body: string): { problems: BodyProblem[]; internalLinks: InternalLink[] } {
  const length = characterCount(body);
  if (length > LIMITS.body) {
    // Not parsed at all: the size alone is the problem, and a huge body is where a parser can be made slow.
    return { problems: [{ line: 1, message: `本文が長すぎます（${length.toLocaleString("en-US")}文字。上限は ${LIMITS.body.toLocaleString("en-US")}文字）。要点に絞るか、詳しくは担当窓口の案内（links）に任せてください` }], internalLinks: [] };
  }
  const nested = tooDeep(body);
  if (nested) return { problems: [nested], internalLinks: [] };
  const marks = body.match(MARKS)?.length ?? 0;
  if (marks > MAX_MARKS) {
    return { problems: [{ line: 1, message: `本文に強調やリンクの記号（* _ ~ [ ]）が多すぎます（${marks.toLocaleString("en-US")}個。${MAX_MARKS.toLocaleString("en-US")}個まで）。強調やリンクを減らしてください` }], internalLinks: [] };
  }
  const tree = remark().use(remarkGfm).parse(body) as Root;
  const problems: BodyProblem[] = [];
  const internalLinks: InternalLink[] = [];
  const lineStarts = [0, ...[...body.matchAll(/\n/g)].map((m) => m.index + 1)];
  const positionAt = (offset: number) => {
    const line = lineStarts.findLastIndex((start) => start <= offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  const sourceOf = (node: Nodes) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const say = (node: Nodes, message: string) => problems.push({ line: node.position?.start.line, column: node.position?.start.column, message });

  const numbersOnLine = new Set<string>();
  const code: [number, number][] = [];
  visit(tree, (node) => {
    if (node.type === "inlineCode" || node.type === "code") code.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    // Read from the source as written, so the position is exact even after escapes.
    if ((node.type === "text" || node.type === "inlineCode" || node.type === "code") && node.position) {
      const start = node.position.start.offset ?? 0;
      for (const n of phoneNumbersIn(body.slice(start, node.position.end.offset))) {
        const at = positionAt(start + n.index);
        numbersOnLine.add(`${at.line}:${n.digits}`);
        problems.push({ ...at, message: phoneInBody(n.text) });
      }
    }
  });

  // Fields right at the top of the body: a --- in the middle of the front-matter ended it early.
  const first = body.split("\n").findIndex((l) => l.trim() !== "");
  const firstLine = first === -1 ? "" : body.split("\n")[first];
  if (/^[A-Za-z][\w-]*:(\s|$)/.test(firstLine)) {
    problems.push({ line: first + 1, column: 1, message: fieldsAtTheTop(firstLine) });
  }

  // A second front-matter block: a rule (---), then lines of fields, usually closed by another --- that
  // turns those lines into a heading. Said once, at its opening ---.
  const secondFrontMatter = new Set<Nodes>();
  tree.children.forEach((node, i) => {
    const next = tree.children[i + 1];
    if (node.type === "thematicBreak" && next && (next.type === "paragraph" || next.type === "heading") && looksLikeFrontMatter(`${sourceOf(next)}\n`)) {
      say(node, SECOND_FRONT_MATTER);
      secondFrontMatter.add(next);
    }
  });

  visit(tree, (node) => {
    if (secondFrontMatter.has(node as Nodes)) return;
    if ((node.type === "link" || node.type === "definition") && /^tel:/i.test(node.url)) {
      // [017-734-9243](tel:0177349243) is one mistake: said once, by the number in its text.
      const digits = node.url.replace(/\D/g, "");
      if (!numbersOnLine.has(`${node.position?.start.line}:${digits}`)) say(node, phoneInBody(node.url.slice(4)));
    } else if (node.type === "html") {
      say(node, "本文に HTML タグは使えません（安全のため表示されません）。見出しは ##、箇条書きは - 、表は | で区切る Markdown の書き方にしてください");
    } else if (node.type === "image" || node.type === "imageReference") {
      say(node, "本文に画像は載せられません（このサイトは画像を表示しません）。画像で伝えたいことを文で書き、資料は links にリンクとして載せてください");
    } else if (node.type === "link" || node.type === "definition") {
      const link = bodyLink(node.url);
      if (link.problem) say(node, link.problem);
      else if (node.type === "link" && !sourceOf(node).startsWith("[")) say(node, bareLink(node.url));
      else if (node.type === "link" && looksBlank(textOf(node))) say(node, "リンクの文字が空です。[表示する文字](リンク先) の [ ] の中に、リンク先が分かる文字を書いてください");
      else if (node.type === "link" && link.kind === "site") internalLinks.push({ url: node.url, line: node.position?.start.line, column: node.position?.start.column });
    } else if (node.type === "heading" && node.depth === 1) {
      say(node, "本文の見出しは ## から始めてください（# はページの題名に使われています）");
    } else if (node.type === "heading" && isUnderlined(sourceOf(node))) {
      say(node, looksLikeFrontMatter(sourceOf(node)) ? SECOND_FRONT_MATTER : UNDERLINED_HEADING);
    }
  });

  for (const ref of characterReferences(body, code)) problems.push({ ...positionAt(ref.index), message: characterReferenceMessage(ref.text) });

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { problems, internalLinks };
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? node.children.map((c) => textOf(c as Nodes)).join("") : "";
}

/**
 * Emphasis and link brackets are matched pairwise by the parser, which grows
 * faster than the text: 10,000 of them take seconds. A real body has a few dozen.
 */
const MARKS = /[*_~[\]]/g;
const MAX_MARKS = 1000;

/**
 * Quotes and lists opened inside each other on one line (> > > or - > - >):
 * the parser recurses once per level and overflows at a few thousand. Nesting
 * by indentation costs a line and more characters per level, so the body's
 * length already keeps it within what the parser handles.
 */
const MAX_NESTING = 10;
const CONTAINER_MARK = /^[ \t]*(?:>|[-*+](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))[ \t]?/;

function tooDeep(body: string): BodyProblem | undefined {
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i];
    let depth = 0;
    for (let m = CONTAINER_MARK.exec(rest); m && depth <= MAX_NESTING; m = CONTAINER_MARK.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (depth > MAX_NESTING) {
      return { line: i + 1, column: 1, message: `引用（>）や箇条書き（- や 1.）の入れ子が深すぎます。入れ子は${MAX_NESTING}段までにしてください` };
    }
  }
  return undefined;
}

function phoneInBody(number: string): string {
  return `本文に電話・FAX番号（${number}）は書けません。番号は担当窓口（contacts）か事務所・会場（offices）の電話番号（tel）・FAX番号（fax）の欄に書いてください。そこに書くとタップで電話でき、ガイドブックとの照合もされます`;
}

function bareLink(url: string): string {
  return /^mailto:/i.test(url)
    ? `メールアドレスをそのまま書くとリンクになります。[メールアドレス](mailto:…) の形で書くか、links に載せてください`
    : `URL をそのまま書くとリンクになります。[リンク先が分かる文字](https://…) の形で、読み上げても分かる文字を付けて書いてください`;
}

/** A heading made by a line of --- or === under text (a "setext" heading), not by ##. */
function isUnderlined(source: string): boolean {
  return /\n[ ]{0,3}(?:-+|=+)[ \t]*$/.test(source);
}

/** Text above the --- that reads as fields: the lines of a second front-matter block. */
function looksLikeFrontMatter(source: string): boolean {
  return source.split("\n").slice(0, -1).some((line) => /^[ ]{0,3}[A-Za-z][\w-]*\s*:(\s|$)/.test(line));
}

function fieldsAtTheTop(line: string): string {
  return `本文の最初の行が項目（「${shown(line.split(":")[0])}:」）になっています。先頭の項目の部分（--- と --- の間）の途中に --- だけの行があり、そこで項目の部分が終わっています。途中の --- の行を消してください`;
}

const SECOND_FRONT_MATTER =
  "本文の中に --- で囲んだ項目の部分（2つ目の項目の部分）があります。項目はファイル先頭の --- と --- の間にまとめて書き、本文のこの部分は削除してください";
const UNDERLINED_HEADING =
  "--- の真上の行が見出しとして表示されます。見出しにするなら行の先頭に ## を付けて --- を消し、区切り線のつもりなら --- の上に空行を入れてください";

/** &amp; &lt; &#x202E; …, outside code (where they are shown as typed). */
const REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function characterReferences(body: string, code: [number, number][]): { index: number; text: string }[] {
  return [...body.matchAll(REFERENCE)].filter((m) => !code.some(([s, e]) => m.index >= s && m.index < e)).map((m) => ({ index: m.index, text: m[0] }));
}

function characterReferenceMessage(ref: string): string {
  return `「${ref}」のような文字参照は本文に使えません（別の文字に置き換わって表示されます）。表したい文字をそのまま書いてください（< や > は \\< \\> のように前に \\ を付けます）`;
}
