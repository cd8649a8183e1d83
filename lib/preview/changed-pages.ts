import { needPath, programPath } from "@/lib/site/paths";

/**
 * Which pages of the site a pull request changes, from the files it touches,
 * for the reviewer's preview: they open exactly those pages of the built site
 * instead of hunting for them.
 */
export type FileChange = { status: "A" | "M" | "D" | "R"; file: string };
export type ChangedPage = { path: string; why: string; removed?: boolean };

/** A page's file in the static output (`next build` writes /programs/x as programs/x.html). */
export function htmlFileOf(pagePath: string): string {
  return pagePath === "/" ? "index.html" : `${pagePath.slice(1)}.html`;
}

export function changedPages(changes: FileChange[]): ChangedPage[] {
  const pages = new Map<string, ChangedPage>();
  const add = (page: ChangedPage) => {
    if (!pages.has(page.path)) pages.set(page.path, page);
  };
  for (const { status, file } of changes) {
    const m = /^content\/([^/]+)\/([^/]+)\.md$/.exec(file);
    const removed = status === "D";
    if (m && m[1] === "programs") {
      add({ path: programPath(m[2]), why: file, removed });
      add({ path: "/programs", why: file });
      add({ path: "/phone-book", why: file });
    } else if (m && m[1] === "needs") {
      add({ path: needPath(m[2]), why: file, removed });
      add({ path: "/needs", why: file });
    } else if (m && m[1] === "flow") {
      add({ path: "/flow", why: file });
    } else if (m && m[1] === "areas") {
      add({ path: "/phone-book", why: file });
    } else if (/^(app|components|lib|public)\//.test(file) || /^(next\.config\.mjs|postcss\.config\.mjs|package\.json)$/.test(file)) {
      add({ path: "/", why: `${file}（サイト全体に関わる変更）` });
    }
  }
  // The page a change is about comes before the lists that merely include it.
  return [...pages.values()].sort((a, b) => depth(b.path) - depth(a.path));
}

const depth = (p: string) => p.split("/").filter(Boolean).length;

/** `git diff --name-status` output → changes (a rename counts as its new name). */
export function parseNameStatus(text: string): FileChange[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [status, ...files] = line.split("\t");
      return { status: status[0] as FileChange["status"], file: files[files.length - 1] };
    });
}

export function previewSummary(pages: ChangedPage[], artifactUrl?: string): string {
  const out = ["# 表示の確認（プレビュー）", ""];
  if (!pages.length) {
    out.push("このプルリクエストで変わるページはありません。");
    return `${out.join("\n")}\n`;
  }
  out.push(
    artifactUrl
      ? `ビルドしたサイト一式: [preview（ダウンロード）](${artifactUrl})。展開したフォルダーで \`npx serve\` などを実行し、下のページを開いてください。`
      : "ビルドしたサイト一式は、この実行の Artifacts の「preview」にあります。",
    "",
    "| ページ | プレビューのファイル | 変更のもと |",
    "| --- | --- | --- |",
  );
  for (const p of pages) {
    const file = p.removed ? "（削除されます）" : `\`${htmlFileOf(p.path)}\``;
    out.push(`| \`${p.path}\` | ${file} | \`${p.why}\` |`);
  }
  return `${out.join("\n")}\n`;
}
