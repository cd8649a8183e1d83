import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import { phoneNumbersIn } from "./phone-text";

export type BodyProblem = { line?: number; column?: number; message: string };
export type InternalLink = { url: string; line?: number; column?: number };

const SAFE_LINK = /^(https?:|mailto:|tel:|\/|#)/i;

/**
 * The body is Markdown only. Raw HTML is refused rather than stripped so that
 * what the editor wrote and what visitors see never silently differ; the
 * renderer sanitises as well, as a second line of defence.
 */
export function checkBody(body: string): { problems: BodyProblem[]; internalLinks: InternalLink[] } {
  const tree = remark().use(remarkGfm).parse(body) as Root;
  const problems: BodyProblem[] = [];
  const internalLinks: InternalLink[] = [];
  const lineStarts = [0, ...[...body.matchAll(/\n/g)].map((m) => m.index + 1)];
  const positionAt = (offset: number) => {
    const line = lineStarts.findLastIndex((start) => start <= offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  const numbersOnLine = new Set<string>();
  visit(tree, (node) => {
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
  visit(tree, (node) => {
    const pos = node.position?.start;
    if ((node.type === "link" || node.type === "definition") && /^tel:/i.test(node.url)) {
      // [017-734-9243](tel:0177349243) is one mistake: said once, by the number in its text.
      const digits = node.url.replace(/\D/g, "");
      if (!numbersOnLine.has(`${pos?.line}:${digits}`)) problems.push({ line: pos?.line, column: pos?.column, message: phoneInBody(node.url.slice(4)) });
    } else if (node.type === "html") {
      problems.push({
        line: pos?.line,
        column: pos?.column,
        message:
          "本文に HTML タグは使えません（安全のため表示されません）。見出しは ##、箇条書きは - 、表は | で区切る Markdown の書き方にしてください",
      });
    } else if ((node.type === "link" || node.type === "definition" || node.type === "image") && !SAFE_LINK.test(node.url)) {
      problems.push({
        line: pos?.line,
        column: pos?.column,
        message: `リンク先「${node.url}」は使えません。https:// で始まる URL か、サイト内のパス（/ で始まる）にしてください`,
      });
    } else if (node.type === "link" && node.url.startsWith("/")) {
      internalLinks.push({ url: node.url, line: pos?.line, column: pos?.column });
    } else if (node.type === "heading" && node.depth === 1) {
      problems.push({
        line: pos?.line,
        column: pos?.column,
        message: "本文の見出しは ## から始めてください（# はページの題名に使われています）",
      });
    }
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { problems, internalLinks };
}

function phoneInBody(number: string): string {
  return `本文に電話・FAX番号（${number}）は書けません。番号は先頭の項目の部分（front-matter）の contacts（担当窓口）か offices（事務所・会場）の tel・fax に書いてください。そこに書くとタップで電話でき、出典との照合もされます`;
}
