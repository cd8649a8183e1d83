import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { CMS_CONFIG_FILE, cmsConfigText } from "../lib/cms/config";

/**
 * Runs before `next build`: puts /admin together in public/admin/ from
 * node_modules and lib, never from a CDN. decap-cms.js (and the chunks it
 * loads on demand) is copied as published; admin.js is this project's start-up
 * script (lib/cms/admin/main.ts); config.yml is regenerated so that a
 * deployment's CMS_OAUTH_BASE_URL reaches it. The copied and bundled files are
 * build output (.gitignore); index.html and config.yml are committed.
 */
const root = path.resolve(__dirname, "..");
const out = path.join(root, "public/admin");
const dist = path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");

for (const f of fs.readdirSync(out)) if (f.endsWith(".js") || f.endsWith(".wasm") || f.endsWith(".txt")) fs.rmSync(path.join(out, f));
// decap-cms.js and its numbered chunks; cms.js is the same bundle under its old name.
const copied = fs.readdirSync(dist).filter((f) => /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(f));
for (const f of copied) fs.copyFileSync(path.join(dist, f), path.join(out, f));

buildSync({
  entryPoints: [path.join(root, "lib/cms/admin/main.ts")],
  outfile: path.join(out, "admin.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
});

void cmsConfigText(root).then((text) => {
  fs.writeFileSync(path.join(root, CMS_CONFIG_FILE), text);
  console.log(`/admin: ${copied.length} Decap CMS files, admin.js, config.yml in public/admin/`);
});
