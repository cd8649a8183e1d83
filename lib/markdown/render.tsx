import type { Element, ElementContent, Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { visit } from "unist-util-visit";
import { bodyLink } from "@/lib/content/links";

/**
 * Program bodies are Markdown written by staff and already validated
 * (lib/content/body.ts). Rendering does not rely on that: raw HTML is never
 * passed through (remark-rehype drops it, rehype-sanitize removes anything
 * unsafe that slips past), no image is kept, and a link stays a link only
 * when validation would accept it (lib/content/links.ts); otherwise its text
 * stays as text.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== "img"),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

const processor = remark().use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeSiteConventions);

export function renderMarkdown(markdown: string) {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

/** Adds what our stylesheet and visitors rely on: labelled table cells and marked external links. */
function rehypeSiteConventions() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "table") labelCells(node);
      if (node.tagName === "a") linkConventions(node);
    });
  };
}

// On a narrow screen each row becomes a card; every cell then needs its column header beside it.
function labelCells(table: Element) {
  const headers: string[] = [];
  visit(table, "element", (el: Element) => {
    if (el.tagName === "th") headers.push(textOf(el));
  });
  table.properties = { ...table.properties, className: ["stack-table"] };
  visit(table, "element", (row: Element) => {
    if (row.tagName !== "tr") return;
    let i = 0;
    for (const cell of row.children) {
      if (cell.type === "element" && cell.tagName === "td") {
        cell.properties = { ...cell.properties, dataLabel: headers[i] ?? "" };
        i++;
      }
    }
  });
}

/** A link validation would refuse loses its href; a link to another site is marked as one. */
function linkConventions(a: Element) {
  const href = String(a.properties?.href ?? "");
  // Footnote links (#user-content-fn-1) are made by the renderer itself, not written by staff.
  if (href && !href.startsWith("#user-content-") && bodyLink(href).problem) {
    a.properties = { ...a.properties, href: undefined };
    return;
  }
  if (!/^https?:\/\//i.test(href)) return;
  a.properties = { ...a.properties, rel: ["noopener", "noreferrer"], className: ["external-link"] };
  const marker: ElementContent = {
    type: "element",
    tagName: "span",
    properties: { className: ["external-mark"] },
    children: [{ type: "text", value: "（外部サイト）" }],
  };
  a.children = [...a.children, marker];
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}
