import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { checkBody, type InternalLink } from "./body";
import { CATEGORY_SLUGS } from "./categories";
import { parseFrontMatter } from "./front-matter";
import { formatFieldPath, type ContentIssue } from "./issues";
import { decodeContentFile } from "./read-text";
import { keysAt } from "./schema-keys";
import { staticRoutes } from "./site-routes";
import { areasSchema, flowSchema, programSchema, type Areas, type FlowFrontMatter, type ProgramFrontMatter } from "./schema";
import { explainZodIssue } from "./zod-messages";

export type Program = ProgramFrontMatter & {
  slug: string;
  /** Markdown body, without front-matter. */
  body: string;
  /** Path relative to the project root. */
  file: string;
};

export type Flow = FlowFrontMatter & { body: string; file: string };

export type LoadedContent = {
  programs: Program[];
  flow?: Flow;
  areas?: Areas;
  issues: ContentIssue[];
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every file below content/ must belong to a collection; nothing is skipped silently. */
const COLLECTIONS: Record<string, "programs" | "flow" | "areas"> = {
  programs: "programs",
  flow: "flow",
  areas: "areas",
};

const SINGLETONS = {
  flow: { schema: flowSchema, label: "相談フロー" },
  areas: { schema: areasSchema, label: "市町村の一覧" },
} as const;

export function loadContent(contentDir: string, projectRoot = path.dirname(contentDir)): LoadedContent {
  const issues: ContentIssue[] = [];
  const programs: Program[] = [];
  const internalLinks: (InternalLink & { file: string })[] = [];
  let flow: Flow | undefined;
  let areas: Areas | undefined;
  const singles: Partial<Record<keyof typeof SINGLETONS, string>> = {};
  const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join("/");

  for (const abs of walk(contentDir)) {
    const file = rel(abs);
    const parts = path.relative(contentDir, abs).split(path.sep);
    const collection = parts.length === 2 ? COLLECTIONS[parts[0]] : undefined;
    if (!collection) {
      issues.push({
        file,
        message: `この場所のファイルはサイトに載りません。制度は content/programs/、相談フローは content/flow/、市町村の一覧は content/areas/ に置いてください（使えるフォルダ: ${Object.keys(COLLECTIONS).join(", ")}）`,
      });
      continue;
    }
    if (!abs.endsWith(".md")) {
      issues.push({
        file,
        message: "拡張子が .md ではないためサイトに載りません。Markdown ファイル（.md）として保存し直すか、不要なら削除してください",
      });
      continue;
    }
    const slug = path.basename(abs, ".md");
    if (!SLUG.test(slug)) {
      issues.push({
        file,
        message: `ファイル名「${slug}.md」は使えません。半角の小文字英数字とハイフンだけにしてください（例: business-succession.md）。ファイル名がページの URL になります`,
      });
      continue;
    }
    const decoded = decodeContentFile(fs.readFileSync(abs));
    if (!decoded.ok) {
      issues.push({ file, message: decoded.message });
      continue;
    }
    const fm = parseFrontMatter(decoded.text);
    if (!fm.ok) {
      issues.push({ file, line: fm.line, column: fm.column, message: fm.message });
      continue;
    }
    const schema = collection === "programs" ? programSchema : SINGLETONS[collection].schema;
    const result = (schema as z.ZodType).safeParse(fm.data, { reportInput: true });
    if (!result.success) {
      for (const zi of withoutMisspeltRequired(result.error.issues)) {
        const missing = zi.code === "invalid_type" && zi.input === undefined;
        const pathForLine = zi.code === "unrecognized_keys" ? [...zi.path, zi.keys[0]] : zi.path;
        const pos = fm.lineOf(pathForLine, zi.code === "unrecognized_keys" || missing);
        issues.push({
          file,
          line: pos?.line,
          column: pos?.column,
          field: formatFieldPath(pathForLine) || undefined,
          message: explainZodIssue(zi, zi.code === "unrecognized_keys" ? keysAt(schema, zi.path) : []),
        });
      }
    }
    const body = checkBody(fm.body);
    const toFileLine = (line?: number) => (line !== undefined ? line + fm.bodyStartLine - 1 : undefined);
    for (const p of body.problems) {
      issues.push({
        file,
        line: toFileLine(p.line),
        column: p.column,
        field: "本文",
        message: p.message,
      });
    }
    internalLinks.push(...body.internalLinks.map((l) => ({ ...l, file, line: toFileLine(l.line) })));
    if (!result.success) continue;
    if (collection === "programs") {
      programs.push({ ...(result.data as ProgramFrontMatter), slug, body: fm.body, file });
    } else if (singles[collection]) {
      issues.push({ file, message: `${SINGLETONS[collection].label}は1つだけ置けます（既に ${singles[collection]} があります）` });
    } else {
      singles[collection] = file;
      if (collection === "flow") flow = { ...(result.data as FlowFrontMatter), body: fm.body, file };
      else areas = result.data as Areas;
    }
  }

  issues.push(...crossCheck(programs), ...checkInternalLinks(internalLinks, programs, path.join(projectRoot, "app")));
  for (const [key, { label }] of Object.entries(SINGLETONS)) {
    if (!singles[key as keyof typeof SINGLETONS] && !issues.some((i) => i.file.startsWith(`content/${key}/`))) {
      issues.push({ file: `content/${key}/`, message: `${label}のファイル（content/${key}/ の .md）がありません` });
    }
  }
  if (areas) issues.push(...checkMunicipalities(programs, areas));
  programs.sort((a, b) => a.source.number - b.source.number);
  return { programs, flow, areas, issues };
}

/**
 * `titel:` produces two issues, an unknown key and a missing `title`; the
 * "did you mean" hint on the first already says everything, so drop the second.
 */
function withoutMisspeltRequired(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const misspelt = new Set<string>();
  for (const i of issues) {
    if (i.code !== "unrecognized_keys") continue;
    for (const k of i.keys) {
      const hint = explainZodIssue({ ...i, keys: [k] }, keysAt(programSchema, i.path));
      const near = /「([^」]+)」の書き間違い/.exec(hint)?.[1];
      if (near) misspelt.add(JSON.stringify([...i.path, near]));
    }
  }
  return issues.filter((i) => !(i.code === "invalid_type" && i.input === undefined && misspelt.has(JSON.stringify(i.path))));
}

function crossCheck(programs: Program[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bySlug = new Map(programs.map((p) => [p.slug, p]));
  const seenNumber = new Map<number, Program>();
  const seenTitle = new Map<string, Program>();
  for (const p of programs) {
    const n = seenNumber.get(p.source.number);
    if (n) {
      issues.push({
        file: p.file,
        field: "source.number",
        message: `項目番号 ${p.source.number} は ${n.file} と重なっています。ガイドブックの番号を確かめてください`,
      });
    } else seenNumber.set(p.source.number, p);
    const t = seenTitle.get(p.title);
    if (t) {
      issues.push({ file: p.file, field: "title", message: `同じ制度名が ${t.file} にもあります。どちらかを直してください` });
    } else seenTitle.set(p.title, p);
    p.related?.forEach((r, i) => {
      if (!bySlug.has(r)) {
        issues.push({
          file: p.file,
          field: `related[${i}]`,
          message: `関連する制度「${r}」が見つかりません。content/programs/ にあるファイル名（.md を除く）を書いてください`,
        });
      }
    });
  }
  const lower = new Map<string, Program>();
  for (const p of programs) {
    const other = lower.get(p.slug.toLowerCase());
    if (other) issues.push({ file: p.file, message: `ファイル名が ${other.file} と同じになっています` });
    lower.set(p.slug.toLowerCase(), p);
  }
  return issues;
}

/** An office's municipality must be one of the list, or "nearest first" would silently put it last. */
function checkMunicipalities(programs: Program[], areas: Areas): ContentIssue[] {
  const names = new Set(areas.municipalities.map((m) => m.name));
  const issues: ContentIssue[] = [];
  const check = (p: Program, field: string, value?: string) => {
    if (value !== undefined && !names.has(value)) {
      issues.push({ file: p.file, field, message: `市町村「${value}」は content/areas/ の一覧にありません。「青森市」のように市町村名だけを書いてください` });
    }
  };
  for (const p of programs) {
    p.offices?.forEach((o, i) => check(p, `offices[${i}].municipality`, o.municipality));
    p.schedule?.venues.forEach((v, i) => check(p, `schedule.venues[${i}].municipality`, v.municipality));
  }
  return issues;
}

/** Site paths a body may link to; anything else would be a dead link on the live site. */
function checkInternalLinks(links: (InternalLink & { file: string })[], programs: Program[], appDir: string): ContentIssue[] {
  const known = new Set<string>([
    ...staticRoutes(appDir),
    ...programs.map((p) => `/programs/${p.slug}`),
    ...CATEGORY_SLUGS.map((c) => `/needs/${c}`),
  ]);
  return links
    .filter((l) => !known.has(l.url.replace(/[#?].*$/, "").replace(/(.)\/$/, "$1")))
    .map((l) => ({
      file: l.file,
      line: l.line,
      column: l.column,
      field: "本文",
      message: `サイト内のリンク先「${l.url}」はありません。制度へのリンクは /programs/ファイル名（.md を除く）、困りごとへのリンクは /needs/英字名 の形で書いてください`,
    }));
}

function* walk(dir: string): Generator<string> {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(abs);
    else yield abs;
  }
}
