import path from "node:path";
import type { z } from "zod";
import { COLLECTIONS, whereEachGoes, type Collection, type Collections } from "./collections";
import { checkFile, type CheckedFile, type CheckOptions } from "./check-file";
import { bodyLink, crossCheck, deadLinks, flowLinks } from "./cross-checks";
import { notAsciiNote, shown } from "./characters";
import type { Entry, LinkInFile } from "./entry";
import type { ContentIssue } from "./issues";
import { missingSourceIssue, readSourceNumbers, SOURCE_DIR } from "./phone-audit";
import { contentPathMessage, contentPaths, readContentFile } from "./read-text";
import { japanToday } from "./schedule-status";
import type { Areas, FlowFrontMatter, Names, NeedFrontMatter, ProgramFrontMatter, Settings } from "./schema";
import { staticRoutes } from "./site-routes";

type Page<T> = T & {
  slug: string;
  /** Markdown body, without front-matter. */
  body: string;
  /** Path relative to the project root. */
  file: string;
};

/** A program file as validated; pages read the resolved Program of model.ts. */
export type ProgramFile = Page<ProgramFrontMatter>;
export type Need = Page<NeedFrontMatter>;
export type Flow = Omit<Page<FlowFrontMatter>, "slug">;

export type LoadedContent = {
  /** In guidebook order (source.number). */
  programs: ProgramFile[];
  /** In display order (order). */
  needs: Need[];
  flow?: Flow;
  areas?: Areas;
  /** The current edition (content/settings/). */
  settings?: Settings;
  names?: Names;
  issues: ContentIssue[];
};

export type LoadOptions = {
  /** Today in Japan as YYYY-MM-DD; dates after it are refused. Tests fix it. */
  today?: string;
  /** The guidebook texts phone numbers are checked against (default: docs/source/ under the project root). */
  sourceDir?: string;
  /** What kinds of files there are (default: COLLECTIONS; a test adds one). */
  collections?: Collections;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadContent(contentDir: string, projectRoot = path.dirname(contentDir), options: LoadOptions = {}): LoadedContent {
  const today = options.today ?? japanToday(new Date());
  const sourceDir = options.sourceDir ?? path.join(projectRoot, SOURCE_DIR);
  const collections = options.collections ?? COLLECTIONS;
  const issues: ContentIssue[] = [];
  const files = filesByCollection(contentDir, projectRoot, issues, collections);
  const source = readSourceNumbers(sourceDir);
  if (source.files.length === 0) issues.push(missingSourceIssue(sourceDir, projectRoot));
  // Each file with every rule it can be checked for alone: the same check the editor at /admin runs before saving.
  const checks: CheckOptions = { today, sourceDigits: source.files.length ? source.digits : undefined, collections };

  const links: LinkInFile[] = [];
  const read = new Map<Collection, Entry<unknown>[]>();
  const all: Collection[] = Object.values(collections);
  // The settings and the names table first: a program's review records are checked against the edition, its desks' names against the table.
  const first: Collection[] = [collections.settings, collections.names];
  for (const c of [...first, ...all.filter((c) => !first.includes(c))]) {
    const found = files.get(c) ?? [];
    const entries = found.flatMap((f) => {
      const r = checkOneFile(f, checks);
      issues.push(...r.issues);
      links.push(...r.links);
      return r.entry ? [r.entry] : [];
    });
    const order = c.order;
    if (order) entries.sort((a, b) => order(a.data, b.data));
    if (c.count === "one") issues.push(...oneFileIssues(c, entries, found));
    read.set(c, entries);
    if (c === collections.settings) checks.edition = entriesOf(collections.settings, read)[0]?.data.edition;
    if (c === collections.names) checks.names = entriesOf(collections.names, read)[0]?.data.names;
  }
  const programs = entriesOf(collections.programs, read);
  const needs = entriesOf(collections.needs, read);
  const [flow] = entriesOf(collections.flow, read);
  const [areas] = entriesOf(collections.areas, read);
  const [settings] = entriesOf(collections.settings, read);
  const [names] = entriesOf(collections.names, read);


  const slugsOf = (c: Collection) => (files.get(c) ?? []).map((f) => f.slug);
  issues.push(...crossCheck({ programs, needs, flow, areas, names, programSlugs: slugsOf(collections.programs), needSlugs: slugsOf(collections.needs) }));
  const known = new Set([
    ...staticRoutes(path.join(projectRoot, "app")),
    ...all.flatMap((c) => (c.page ? slugsOf(c).map(c.page) : [])),
  ]);
  issues.push(...deadLinks([...links.map(bodyLink), ...(flow ? flowLinks(flow) : [])], known));

  return {
    programs: programs.map(page),
    needs: needs.map(page),
    flow: flow && { ...flow.data, body: flow.body, file: flow.file },
    areas: areas?.data,
    settings: settings?.data,
    names: names?.data,
    issues,
  };
}

/** The entries read for one collection, typed by its schema: each is what that schema's safeParse returned. */
function entriesOf<S extends z.ZodType>(c: Collection<S>, read: ReadonlyMap<Collection, Entry<unknown>[]>): Entry<z.output<S>>[] {
  return (read.get(c) ?? []) as Entry<z.output<S>>[];
}

function page<T>(e: Entry<T>): Page<T> {
  return { ...e.data, slug: e.slug, body: e.body, file: e.file };
}

type FoundFile = { abs: string; file: string; slug: string };

/**
 * One file, however hostile: read without following links and refused when
 * too big before anything is parsed; any exception left in the parsers
 * becomes an issue naming the file instead of a stack trace that names none.
 */
function checkOneFile(f: FoundFile, options: CheckOptions): CheckedFile {
  const bytes = readContentFile(f.abs);
  if (!bytes.ok) return { issues: [{ file: f.file, message: bytes.message }], links: [] };
  try {
    return checkFile({ file: f.file, content: bytes.bytes }, options);
  } catch (e) {
    return { issues: [{ file: f.file, message: unexpectedFailure(e) }], links: [] };
  }
}

function unexpectedFailure(e: unknown): string {
  const reason = e instanceof Error ? e.message : String(e);
  return `このファイルを読み取れませんでした（${shown(reason, 80)}）。編集ガイド（docs/editing.md）の書き方の例と見比べて直すか、直し方が分からなければ開発担当に連絡してください`;
}

/** Sorts everything below content/ into its collection; anything that belongs to none is an issue, never skipped. */
function filesByCollection(contentDir: string, projectRoot: string, issues: ContentIssue[], collections: Collections): Map<Collection, FoundFile[]> {
  const found = new Map<Collection, FoundFile[]>();
  for (const p of contentPaths(contentDir)) {
    const { abs } = p;
    const file = path.relative(projectRoot, abs).split(path.sep).join("/");
    const [folder, ...rest] = path.relative(contentDir, abs).split(path.sep);
    const c = Object.values<Collection>(collections).find((x) => x.folder === folder);
    // An empty collection folder is said by the collection (see oneFileIssues) or simply has no pages yet.
    if (p.kind === "empty-folder" && c && rest.length === 0) continue;
    if (p.kind !== "file") {
      issues.push({ file, message: contentPathMessage(p, c?.folder) });
    } else if (!c || rest.length !== 1) {
      issues.push({
        file,
        message: `この場所のファイルはサイトに載りません。${whereEachGoes(collections)} に置いてください（フォルダの中にさらにフォルダは作れません）`,
      });
    } else if (!abs.endsWith(".md")) {
      issues.push({ file, message: "拡張子が .md ではないためサイトに載りません。Markdown ファイル（.md）として保存し直すか、不要なら削除してください" });
    } else if (!SLUG.test(path.basename(abs, ".md"))) {
      issues.push({
        file,
        message: `ファイル名「${shown(path.basename(abs))}」は使えません${notAsciiNote(path.basename(abs))}。半角の小文字英数字とハイフンだけにしてください（例: business-succession.md）。ファイル名がページの URL になります`,
      });
    } else {
      const files = found.get(c);
      const one = { abs, file, slug: path.basename(abs, ".md") };
      if (files) files.push(one);
      else found.set(c, [one]);
    }
  }
  return found;
}

/** A collection of one file: a second is refused, and none at all is said once (unless its one file is already reported). */
function oneFileIssues({ label, folder }: Collection, entries: Entry<unknown>[], files: FoundFile[]): ContentIssue[] {
  const issues = entries.slice(1).map((extra) => ({ file: extra.file, message: `${label}は1つだけ置けます（既に ${entries[0].file} があります）。どちらかを削除してください` }));
  if (files.length === 0) {
    issues.push({ file: `content/${folder}/`, message: `${label}のファイル（content/${folder}/ の .md）がありません。このフォルダに ${label}の .md ファイルを1つ置いてください` });
  }
  return issues;
}
