import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";

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
  visit(tree, (node) => {
    const pos = node.position?.start;
    if (node.type === "html") {
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
  return { problems, internalLinks };
}
