import fs from "node:fs";
import path from "node:path";
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

/** The needs in their display order, for the categories choice. */
async function needOptions(contentDir: string): Promise<Option[]> {
  return readFolder(path.join(contentDir, "needs"))
    .map((n) => ({ order: Number(n.data.order ?? 0), ...option(String(n.data.label ?? n.slug), n.slug) }))
    .sort((a, b) => a.order - b.order)
    .map(({ label, value }) => ({ label, value }));
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
