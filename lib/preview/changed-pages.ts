import { COLLECTIONS, type Collection, type Collections } from "@/lib/content/collections";

/**
 * Which pages of the site a pull request changes, from the files it touches,
 * for the reviewer's preview: they open exactly those pages of the built site
 * instead of hunting for them. What a file of content shows on is said by its
 * collection (lib/content/collections.ts: `page` and `shownOn`).
 */
export type FileChange = { status: "A" | "M" | "D" | "R"; file: string };
export type ChangedPage = { path: string; why: string; removed?: boolean };
/** Every collection's file names, by collection name (what pages exist). */
export type SiteFiles = Readonly<Record<string, readonly string[]>>;

/** A page's file in the static export (`npm run export` writes /programs/x as out/site/programs/x.html). */
export function htmlFileOf(pagePath: string): string {
  return pagePath === "/" ? "index.html" : `${pagePath.slice(1)}.html`;
}

export function changedPages(changes: FileChange[], site: SiteFiles, collections: Collections = COLLECTIONS): ChangedPage[] {
  const pages = new Map<string, ChangedPage>();
  const add = (page: ChangedPage) => {
    if (!pages.has(page.path)) pages.set(page.path, page);
  };
  const content = changes.flatMap(({ status, file }) => {
    const m = /^content\/([^/]+)\/([^/]+)\.md$/.exec(file);
    const c = m && Object.values<Collection>(collections).find((x) => x.folder === m[1]);
    return m && c ? [{ c, slug: m[2], status, file }] : [];
  });
  // A file's own page first, so that it is named for its own change even when another change shows on it too.
  for (const { c, slug, status, file } of content) if (c.page) add({ path: c.page(slug), why: file, removed: status === "D" });
  for (const { c, file } of content) for (const path of c.shownOn(site)) add({ path, why: file });
  for (const { file } of changes) {
    if (/^(app|components|lib|public)\//.test(file) || /^(next\.config\.mjs|postcss\.config\.mjs|package\.json)$/.test(file)) add({ path: "/", why: `${file}（サイト全体に関わる変更）` });
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

/** The port the summary's links assume: the reviewer serves the unpacked preview on it (any static server will do). */
export const PREVIEW_PORT = 8000;

/** A page of the unpacked preview, as served by a plain static server on this computer. */
export function previewLink(pagePath: string): string {
  return `http://127.0.0.1:${PREVIEW_PORT}/${htmlFileOf(pagePath)}`;
}

export function previewSummary(pages: ChangedPage[], artifactUrl?: string): string {
  const out = ["# 表示の確認（プレビュー）", ""];
  if (!pages.length) {
    out.push("このプルリクエストで変わるページはありません。");
    return `${out.join("\n")}\n`;
  }
  out.push(
    `${artifactUrl ? `[preview（ダウンロード）](${artifactUrl})` : "この実行の Artifacts の「preview」"}が、このプルリクエストで書き出したサイト一式です（\`npm run export\` の \`out/site/\`）。`,
    `展開したフォルダで静的ファイルのサーバーを起動し（例: \`python3 -m http.server ${PREVIEW_PORT} --bind 127.0.0.1\`）、下のリンクを開いてください。`,
    "",
    "| ページ | プレビュー | 変更のもと |",
    "| --- | --- | --- |",
  );
  for (const p of pages) {
    const preview = p.removed ? "（削除されます）" : `[${htmlFileOf(p.path)}](${previewLink(p.path)})`;
    out.push(`| \`${p.path}\` | ${preview} | \`${p.why}\` |`);
  }
  return `${out.join("\n")}\n`;
}
