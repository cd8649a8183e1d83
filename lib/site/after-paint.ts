import fs from "node:fs";
import path from "node:path";
import { builtHtmlFiles } from "./csp-manifest";

/**
 * The framework's scripts start loading once the page has painted, not
 * while it is being parsed.
 *
 * Every page is complete as static HTML; its scripts only add the islands
 * (open now, the nearest desk, the search box's results) and client-side
 * navigation. Next writes them as `<script async>` in the head, so on a fast
 * connection they arrive and run before the first paint, and on a slow one
 * they share the connection with the stylesheet the paint waits for.
 * Lighthouse's simulated slow 4G counts every request that finished before
 * the largest paint as needed for it (unlike for the first paint, for which
 * only render-blocking ones count), so each page's LCP came out about 1.2 s
 * after its FCP, although both are the same paragraph painted once: the time
 * to download and run ~150 KB of JavaScript the paragraph does not need.
 *
 * After `next build`, each prebuilt page's bootstrap scripts (and the preload
 * Next adds for one of them) are replaced by one small inline script that
 * adds the same scripts, in the same order and still async, once the browser
 * reports the page's first contentful paint (a paint-timing entry; where the
 * browser has none, after the next frame). Each is added in a task of its own:
 * inserting a script element costs a few milliseconds, and seven at once made
 * one task long enough to count as blocking on a slow phone. Its hash is in the page's
 * Content-Security-Policy like those of Next's own inline scripts
 * (csp-manifest.ts hashes the pages after this rewrite). A page not rewritten
 * (a build without npm's postbuild) works as Next wrote it.
 */

/** How Next (React's server renderer) writes a bootstrap script and a script preload into a page. */
const SCRIPT_TAG = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const PRELOAD_TAG = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"]+\.js"\/>/g;

/**
 * The inline loader for a list of script URLs (security.spec.ts allows exactly
 * this inline script besides Next's own). ES5, so that an old browser that
 * runs nothing else of the site fails no differently; each script is added once.
 */
export function loaderScript(srcs: string[]): string {
  return (
    `(function(s){var d=0;function a(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)}` +
    `function l(){if(d)return;d=1;for(var i=0;i<s.length;i++)setTimeout(a,0,s[i])}` +
    `var t=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;` +
    `if(t&&t.indexOf("paint")>=0){var o=new PerformanceObserver(function(x){var y=x.getEntries();for(var j=0;j<y.length;j++)if(y[j].name==="first-contentful-paint"){o.disconnect();setTimeout(l,0)}});o.observe({type:"paint",buffered:true})}` +
    `else requestAnimationFrame(function(){setTimeout(l,0)})` +
    `})(${JSON.stringify(srcs).replace(/</g, "\\u003c")})`
  );
}

const LOADER_TAG = /<script>\(function\(s\)\{[\s\S]*?\}\)\((\[[^\]]*\])\)<\/script>/;

/** A built page with its bootstrap scripts loaded after the first paint; undefined if it has none (it is then left as it is). */
export function deferScriptsUntilPainted(html: string): string | undefined {
  const srcs = [...new Set([...html.matchAll(SCRIPT_TAG)].map((m) => m[1]))];
  if (!srcs.length) return undefined;
  const without = html.replace(SCRIPT_TAG, "").replace(PRELOAD_TAG, "");
  if (!without.includes("</head>")) throw new Error("ページに </head> がありません");
  return without.replace("</head>", `<script>${loaderScript(srcs)}</script></head>`);
}

/** The scripts a built page makes the browser load: its script elements' and those its loader adds (nomodule ones aside, which no current browser runs). */
export function pageScripts(html: string): string[] {
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\bnomodule\b/i.test(m[1])).flatMap((m) => /\bsrc="([^"]+)"/.exec(m[1])?.[1] ?? []);
  const deferred = LOADER_TAG.exec(html);
  return [...new Set([...tags, ...(deferred ? (JSON.parse(deferred[1]) as string[]) : [])])];
}

/**
 * Rewrites every prebuilt page of the build in distDir (npm run build's
 * postbuild, before the pages are hashed). A page already rewritten is left
 * as it is; a build in which no page has a script to defer means Next has
 * changed how it writes them, and stops the build rather than passing unnoticed.
 */
export function deferScriptsInBuild(distDir: string): { rewritten: number; pages: number } {
  const files = builtHtmlFiles(distDir);
  let rewritten = 0;
  let deferred = 0;
  for (const { file } of files) {
    const html = fs.readFileSync(file, "utf8");
    if (LOADER_TAG.test(html)) {
      deferred++;
      continue;
    }
    const out = deferScriptsUntilPainted(html);
    if (out === undefined) continue;
    fs.writeFileSync(file, out);
    rewritten++;
    deferred++;
  }
  if (!deferred) throw new Error(`${distDir} のページに Next の <script async> が見つかりません。Next の書き方が変わったため lib/site/after-paint.ts を合わせてください`);
  // `next start` serves a page from its route cache once it has copied the page there; a
  // server started on this build before the rewrite would go on serving the old copy.
  if (rewritten) fs.rmSync(path.join(distDir, "server", "route-cache"), { recursive: true, force: true });
  return { rewritten, pages: files.length };
}
