import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { COLLECTIONS } from "../../lib/content/collections";
import { parseFrontMatter } from "../../lib/content/front-matter";
import { loadContent, type LoadedContent } from "../../lib/content/load";
import { SOURCE_DIR } from "../../lib/content/phone-audit";

export const root = path.resolve(__dirname, "../..");

/**
 * "Today" for tests that write content: a fixed day after every date in the
 * real content, so that messages naming today do not change from day to day.
 */
export const TEST_TODAY = "2030-04-01";

/** The general desks the real flow names: the programs a tree must hold for the flow to be valid. */
function generalDesks(): string[] {
  const flow = parseFrontMatter(fs.readFileSync(path.join(root, "content/flow/consultation-flow.md"), "utf8"));
  if (!flow.ok) throw new Error("content/flow/consultation-flow.md has issues; run npm run validate");
  return (flow.data as { generalDesks: string[] }).generalDesks;
}

/**
 * A project with the real needs, flow, areas and names, and of the real programs only
 * the general desks the flow names (so the flow stays valid while a copied
 * program under test collides with nothing). `files` are then written under
 * content/; a file for a one-file collection (flow, areas) replaces the real one.
 * A flow box's link to a real program the tree leaves out becomes plain text,
 * as staff would write a name the site has no page for; a link to a program
 * that exists nowhere (a test's deliberate mistake) is kept.
 * `prepare` can then add what cannot be a committed file (a link, a FIFO).
 */
export function contentTree(files: Record<string, string | Buffer>, dirs: string[], prepare?: (contentDir: string) => void): LoadedContent {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "navi-content-"));
  dirs.push(dir);
  const content = path.join(dir, "content");
  for (const name of ["needs", "flow", "areas", "settings", "names"] as const) fs.cpSync(path.join(root, "content", name), path.join(content, name), { recursive: true });
  fs.mkdirSync(path.join(content, "programs"));
  for (const slug of generalDesks()) fs.copyFileSync(path.join(root, "content/programs", `${slug}.md`), path.join(content, "programs", `${slug}.md`));
  fs.mkdirSync(path.join(dir, "app"));
  fs.writeFileSync(path.join(dir, "app/page.tsx"), "");
  const replaced = new Set<string>();
  for (const [name, body] of Object.entries(files)) {
    const folder = name.split("/")[0];
    const collection = Object.values(COLLECTIONS).find((c) => c.folder === folder);
    if (collection?.count === "one" && !replaced.has(folder)) fs.rmSync(path.join(content, folder), { recursive: true, force: true });
    replaced.add(folder);
    fs.mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
    fs.writeFileSync(path.join(content, name), body);
  }
  unlinkProgramsLeftOut(content);
  prepare?.(content);
  return loadContent(content, dir, { today: TEST_TODAY, sourceDir: path.join(root, SOURCE_DIR) });
}

function unlinkProgramsLeftOut(content: string) {
  const flowDir = path.join(content, "flow");
  if (!fs.existsSync(flowDir)) return;
  const real = new Set(fs.readdirSync(path.join(root, "content/programs")).map((f) => f.replace(/\.md$/, "")));
  const present = (slug: string) => fs.existsSync(path.join(content, "programs", `${slug}.md`));
  for (const f of fs.readdirSync(flowDir).filter((x) => x.endsWith(".md"))) {
    const file = path.join(flowDir, f);
    const text = fs.readFileSync(file, "utf8");
    const plain = text.replace(/^(\s*)- text: (.+)\r?\n\s*link: \/programs\/([\w-]+)\s*$/gm, (line, indent: string, label: string, slug: string) =>
      real.has(slug) && !present(slug) ? `${indent}- ${label}` : line,
    );
    if (plain !== text) fs.writeFileSync(file, plain);
  }
}

export function removeTrees(dirs: string[]) {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}
