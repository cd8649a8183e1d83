import fs from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { CMS_CONFIG_FILE, cmsConfigText } from "../lib/cms/config";
import { withJapaneseStrings } from "../lib/cms/decap-strings";
import { readSourceNumbers, SOURCE_DIR } from "../lib/content/phone-audit";
import { loadContent } from "../lib/content/load";

/**
 * Runs before `next build`: puts /admin together in public/admin/ from
 * node_modules and lib, never from a CDN. decap-cms.js (and the chunks it
 * loads on demand) is copied as published, with the English its phrases
 * cannot reach written in Japanese (lib/cms/decap-strings.ts); admin.js is
 * this project's start-up script (lib/cms/admin/main.ts), with the
 * guidebook's phone numbers written in, so that the form checks a file before
 * saving as validation does; config.yml is regenerated so that a deployment's
 * CMS_REPO and CMS_OAUTH_BASE_URL reach it. The copied and bundled files are
 * build output (.gitignore); index.html, admin.css and config.yml are committed.
 */
const root = path.resolve(__dirname, "..");
const out = path.join(root, "public/admin");
const dist = path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");

for (const f of fs.readdirSync(out)) if (f.endsWith(".js") || f.endsWith(".wasm") || f.endsWith(".txt")) fs.rmSync(path.join(out, f));
// decap-cms.js and its numbered chunks; cms.js is the same bundle under its old name.
const copied = fs.readdirSync(dist).filter((f) => /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(f));
for (const f of copied) fs.copyFileSync(path.join(dist, f), path.join(out, f));
const scripts = new Map(copied.filter((f) => f.endsWith(".js")).map((f) => [f, fs.readFileSync(path.join(out, f), "utf8")]));
for (const [f, text] of withJapaneseStrings(scripts)) if (text !== scripts.get(f)) fs.writeFileSync(path.join(out, f), text);

const source = readSourceNumbers(path.join(root, SOURCE_DIR));
if (source.files.length === 0) throw new Error(`${SOURCE_DIR}/ に出典のテキストがないため、編集画面の番号の確認を作れません`);

/**
 * The editor runs lib/content's check of one file (check-file.ts: the
 * reader, the schemas, the body's rules) and its one writer, whose modules do
 * nothing when imported; saying so lets esbuild leave out what the browser
 * never calls.
 */
const libWithoutSideEffects: Plugin = {
  name: "lib-without-side-effects",
  setup(b) {
    const lib = path.join(root, "lib") + path.sep;
    b.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
      if (args.pluginData === "resolved") return undefined;
      const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: "resolved" });
      return r.path.startsWith(lib) ? { ...r, sideEffects: false } : r;
    });
  },
};

const content = loadContent(path.join(root, "content"), root);

void build({
  entryPoints: [path.join(root, "lib/cms/admin/main.ts")],
  outfile: path.join(out, "admin.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  // The modules the form shares with the site read the deployment's settings from the environment; the form needs none of them.
  define: {
    SOURCE_PHONE_DIGITS: JSON.stringify([...source.digits].sort()),
    // the edition a review record must be of (lib/cms/admin/review-check.ts) and the names table a desk's names must be in
    CURRENT_EDITION: JSON.stringify(content.settings?.edition),
    NAMES_TABLE: JSON.stringify(content.names?.names ?? []),
    "process.env": "{}",
  },
  inject: [path.join(root, "lib/cms/admin/browser-buffer.ts")],
  plugins: [libWithoutSideEffects],
}).then(() => {
  fs.writeFileSync(path.join(root, CMS_CONFIG_FILE), cmsConfigText(root));
  console.log(`/admin: ${copied.length} Decap CMS files, admin.js, config.yml in public/admin/`);
});
