import { SKIPPED_ELEMENTS } from "./data";

/**
 * The text nodes of a built page's <main>, as the browser will hold them: the
 * page is React's own output, so it is read with a small tokenizer instead
 * of a full HTML parser. React escapes every < > & " ' in text and attribute
 * values, so a ">" only ever closes a tag; a comment (React writes <!-- -->
 * between adjacent texts) ends a text node as in the DOM; entities are
 * decoded as the browser decodes them. Texts inside elements that get no
 * furigana (data.ts) are left out, as are texts of white space alone.
 */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose content is raw text up to their end tag (all of them get no furigana). */
const RAW = new Set(["script", "style", "textarea", "title"]);
const SKIPPED = new Set<string>(SKIPPED_ELEMENTS);

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

export function mainTexts(html: string): string[] {
  const start = /<main\b[^>]*>/i.exec(html);
  if (!start) return [];
  const texts: string[] = [];
  const open: string[] = [];
  let skipped = 0;
  let i = start.index + start[0].length;
  let text = "";
  const flush = () => {
    if (!skipped && text.trim()) texts.push(decodeEntities(text));
    text = "";
  };
  let depth = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    text += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      flush();
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt);
    if (gt === -1) break;
    const tag = html.slice(lt + 1, gt);
    i = gt + 1;
    const closing = tag.startsWith("/");
    const name = (closing ? tag.slice(1) : tag).split(/[\s/]/, 1)[0].toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      text += html.slice(lt, gt + 1);
      continue;
    }
    flush();
    if (closing) {
      if (name === "main" && depth === 0) break;
      if (name === "main") depth--;
      const at = open.lastIndexOf(name);
      if (at !== -1) {
        for (const popped of open.splice(at)) if (SKIPPED.has(popped)) skipped--;
      }
      continue;
    }
    if (name === "main") depth++;
    if (VOID.has(name) || tag.endsWith("/")) continue;
    if (RAW.has(name)) {
      // skipped with its content, which may hold a "<" (JSON-LD, a script)
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      i = end === -1 ? html.length : html.indexOf(">", end) + 1;
      continue;
    }
    open.push(name);
    if (SKIPPED.has(name)) skipped++;
  }
  return texts;
}
