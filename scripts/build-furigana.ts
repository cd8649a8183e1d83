import fs from "node:fs";
import path from "node:path";
import { getAreas, loadSiteContent } from "../lib/content/api";
import { furiganaPath, FURIGANA_DIR } from "../lib/furigana/data";
import { mainTexts } from "../lib/furigana/html-text";
import { FuriganaReader, pageFurigana } from "../lib/furigana/readings";
import { islandPhrases } from "../lib/furigana/vocabulary";
import { loadTokenizer } from "../lib/search/readings-build";
import { builtHtmlFiles } from "../lib/site/csp-manifest";
import { ENGLISH_PATH } from "../lib/site/paths";
import { DIST_DIR, ROOT } from "./lib/next-server";

/**
 * `npm run build` ends here too: the furigana of every Japanese page, read
 * from the page as built (the text of its <main>), written to
 * public/furigana/<page>.json, which the page's furigana island fetches only
 * when a visitor turns furigana on. Written to a new folder and swapped in,
 * so a running server never serves half of them.
 */
const started = performance.now();
const publicDir = path.join(ROOT, "public");
const target = path.join(publicDir, FURIGANA_DIR);

async function main() {
  const site = loadSiteContent(ROOT);
  const table = new Map<string, string>();
  for (const n of site.names) if (n.reading) table.set(n.name, n.reading);
  const { municipalities, regions } = getAreas();
  for (const p of [...municipalities, ...regions]) table.set(p.name, p.reading);
  const reader = new FuriganaReader(await loadTokenizer(), table);
  const extra = [...islandPhrases(municipalities.map((m) => m.name)), ...regions.map((r) => r.name)];

  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  let pages = 0;
  let bytes = 0;
  for (const { route, file } of builtHtmlFiles(path.join(ROOT, DIST_DIR))) {
    if (route.startsWith("/_") || route === ENGLISH_PATH || route.startsWith(`${ENGLISH_PATH}/`)) continue;
    const data = pageFurigana(reader, mainTexts(fs.readFileSync(file, "utf8")), extra);
    const out = path.join(tmp, furiganaPath(route).slice(`/${FURIGANA_DIR}/`.length));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const json = JSON.stringify(data);
    fs.writeFileSync(out, json);
    pages++;
    bytes += Buffer.byteLength(json);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(tmp, target);
  console.log(`public/${FURIGANA_DIR}/: furigana of ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB (${Math.round(performance.now() - started)} ms)`);
  if (reader.guessed.size) {
    console.log(
      `辞書にない漢字の並び（1字ずつの読みを付けたか、読みなしにしました。正しい読みを content/names/names.md に足してください）: ${[...reader.guessed].map(([w, r]) => `${w}（${r || "読みなし"}）`).join("、")}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
