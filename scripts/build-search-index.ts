import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getAllPrograms } from "../lib/content/api";
import { toSearchDoc } from "../lib/search/document";
import { buildSearchIndex } from "../lib/search/index-build";
import { checkSearchIndex } from "../lib/search/index-check";
import { buildReadings } from "../lib/search/readings-build";
import { loadSudachiSynonyms } from "../lib/search/synonym-reduce";
import { INDEX_POINTER, type SearchIndexInfo } from "../lib/search/location";

/**
 * `npm run prebuild`: builds the search index from the same loader the pages
 * use and writes it to public/search/<content hash>/, then reads it back the
 * way the browser will and fails the build if any program is missing or any
 * count disagrees with content/programs/.
 *
 * The folder name is a hash of the files, so a browser may cache them for
 * ever, and an unchanged index is not rewritten. It is written to a temporary
 * folder and renamed, so a server never sees half an index.
 */
const root = path.resolve(__dirname, "..");
const publicDir = path.join(root, "public", "search");
const started = performance.now();

async function main() {
  const programs = getAllPrograms();
  const onDisk = fs.readdirSync(path.join(root, "content", "programs")).filter((f) => f.endsWith(".md"));
  if (onDisk.length !== programs.length) {
    throw new Error(`content/programs/ に ${onDisk.length} 件の .md がありますが、読み込めた制度は ${programs.length} 件です`);
  }

  const docs = programs.map((p, k) => toSearchDoc(p, k));
  const built = await buildSearchIndex(docs, {
    synonyms: loadSudachiSynonyms(),
    readings: await buildReadings(docs.flatMap((d) => d.words.map(([, w]) => w))),
  });
  const hash = contentHash(built.files);
  const dir = path.join(publicDir, hash);
  fs.mkdirSync(publicDir, { recursive: true });
  if (!fs.existsSync(dir)) {
    const tmp = path.join(publicDir, `.tmp-${hash}-${process.pid}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    for (const [file, content] of built.files) {
      fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
      fs.writeFileSync(path.join(tmp, file), content);
    }
    fs.renameSync(tmp, dir);
  }

  const fetcher = (file: string) => fs.promises.readFile(path.join(dir, file), "utf8");
  const bySlug = new Map(programs.map((p) => [p.slug, p]));
  const expected = onDisk.map((f) => {
    const slug = f.replace(/\.md$/, "");
    const p = bySlug.get(slug);
    return { slug, title: p?.title ?? slug, words: p?.words };
  });
  const problems = await checkSearchIndex(built.info, fetcher, expected);
  if (problems.length) throw new Error(`検索索引が content/ と一致しません:\n${problems.map((p) => `  - ${p}`).join("\n")}`);

  const info: SearchIndexInfo = { base: `/search/${hash}/`, ...built.info };
  const pointer = path.join(publicDir, INDEX_POINTER);
  fs.writeFileSync(`${pointer}.tmp`, JSON.stringify(info, null, 2));
  fs.renameSync(`${pointer}.tmp`, pointer);
  prune(hash);

  const bytes = [...built.files.values()].reduce((s, c) => s + Buffer.byteLength(c), 0);
  console.log(
    `search index: ${info.docs} programs, ${built.stats.tokens} tokens, ${info.shards} shards, ` +
      `${Math.ceil(info.docs / info.docsPerChunk)} document chunks, ${built.stats.synonymGroups} synonym groups, ${(bytes / 1024).toFixed(0)} KiB → public${info.base} ` +
      `(${Math.round(performance.now() - started)} ms)`,
  );
}

function contentHash(files: Map<string, string>): string {
  const h = crypto.createHash("sha256");
  for (const [file, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) h.update(`${file}\0${content}\0`);
  return h.digest("hex").slice(0, 12);
}

// Keep the current index and the two before it, for pages still open from an earlier build.
function prune(current: string) {
  const dirs = fs
    .readdirSync(publicDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{12}$/.test(e.name) && e.name !== current)
    .map((e) => ({ name: e.name, mtime: fs.statSync(path.join(publicDir, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const d of dirs.slice(2)) fs.rmSync(path.join(publicDir, d.name), { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
