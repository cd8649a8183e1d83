import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseFrontMatter } from "../content/front-matter";
import { decodeContentFile } from "../content/read-text";
import type { Option } from "./decap-fields";

/**
 * Choices that live in content rather than in the schema: the needs a program
 * can belong to, the municipalities an office can be in, the programs another
 * can point to. Read from the raw files, so that the form's lists are exactly
 * what staff maintain; a file that cannot be read stops the generator.
 */
export type ContentOptions = {
  needs: Option[];
  municipalities: Option[];
  regions: Option[];
  programs: Option[];
};

type Entry = { slug: string; data: Record<string, unknown> };

export async function readContentOptions(contentDir: string): Promise<ContentOptions> {
  const areas = readFolder(path.join(contentDir, "areas"))[0]?.data ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  return {
    needs: await needOptions(contentDir),
    municipalities: list(areas.municipalities).map((m) => option(String(m.name), String(m.name))),
    regions: list(areas.regions).map((r) => option(String(r.name), String(r.id))),
    programs: readFolder(path.join(contentDir, "programs")).map((p) => option(`${String(p.data.title ?? p.slug)}（${p.slug}）`, p.slug)),
  };
}

/**
 * The needs are moving from lib/content/categories.ts to content/needs/*.md;
 * whichever exists is read, so the generator needs no change when they move.
 */
async function needOptions(contentDir: string): Promise<Option[]> {
  const files = readFolder(path.join(contentDir, "needs"));
  if (files.length > 0) {
    return files
      .map((n) => ({ order: Number(n.data.order ?? 0), ...option(String(n.data.label ?? n.slug), n.slug) }))
      .sort((a, b) => a.order - b.order)
      .map(({ label, value }) => ({ label, value }));
  }
  const legacy = path.join(path.dirname(contentDir), "lib/content/categories.ts");
  if (!fs.existsSync(legacy)) return [];
  const mod = (await import(pathToFileURL(legacy).href)) as { CATEGORIES?: { slug: string; label: string }[] };
  return (mod.CATEGORIES ?? []).map((c) => option(c.label, c.slug));
}

function option(label: string, value: string): Option {
  return { label, value };
}

function readFolder(dir: string): Entry[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const decoded = decodeContentFile(fs.readFileSync(file));
      const fm = decoded.ok ? parseFrontMatter(decoded.text) : undefined;
      if (!fm?.ok || typeof fm.data !== "object" || fm.data === null) {
        throw new Error(`${file} を読み取れないため、編集画面の選択肢を作れません。npm run validate で直し方を確認してください`);
      }
      return { slug: path.basename(f, ".md"), data: fm.data as Record<string, unknown> };
    });
}
