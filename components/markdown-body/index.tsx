import { renderMarkdown } from "@/lib/markdown/render";

export function MarkdownBody({ markdown }: { markdown: string }) {
  return <div className="prose-body">{renderMarkdown(markdown)}</div>;
}
