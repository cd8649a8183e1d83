import type { Entry, LinkInFile } from "./entry";
import { notAsciiNote, shown } from "./characters";
import { FINDER_SKIP } from "./finder-skip";
import type { ContentIssue } from "./issues";
import { regionNamesCovered } from "./language-checks";
import type { Areas, FlowFrontMatter, Names, NeedFrontMatter, ProgramFrontMatter } from "./schema";

/**
 * Rules no single file can be checked for alone: a name that must exist in
 * another collection, a number that must be unique across files, a link that
 * must lead to a page. (What one file can be checked for alone is check-file.ts.)
 * Each issue still names the file, line and field of the value at fault.
 */
export type Loaded = {
  programs: Entry<ProgramFrontMatter>[];
  needs: Entry<NeedFrontMatter>[];
  flow?: Entry<FlowFrontMatter>;
  areas?: Entry<Areas>;
  names?: Entry<Names>;
  /** Slugs of every file of the collection, readable or not, so one broken file does not make every reference to it an error too. */
  programSlugs: string[];
  needSlugs: string[];
};

export function crossCheck(c: Loaded): ContentIssue[] {
  return [
    // An item number is the guidebook's: unique within one section of one edition, as a guidebook of several sections numbers each anew.
    ...unique(
      c.programs,
      (p) => JSON.stringify([p.source.document, p.source.fiscalYear, p.source.section, p.source.number]),
      ["source", "number"],
      (_, others, p) => `項目番号 ${p.source.number} は ${others}と重なっています。ガイドブックの項目番号を確かめてください`,
    ),
    ...unique(c.programs, (p) => sameText(p.title), ["title"], (_, others) => `同じ制度名が ${others}にもあります。どちらかの制度名を直してください`),
    ...unique(c.needs, (n) => n.order, ["order"], (v, others) => `表示順 ${v} は ${others}と重なっています。ほかの困りごとと重ならない数字にしてください`),
    ...unique(c.needs, (n) => sameText(n.label), ["label"], (_, others) => `同じ名前の困りごとが ${others}にもあります。どちらかの label を直してください`),
    ...needsExist(c),
    ...c.needs.flatMap((n) =>
      n.slug === FINDER_SKIP
        ? [{ file: n.file, message: `困りごとのファイル名に「${FINDER_SKIP}」は使えません（「3つの質問で探す」のページのアドレスで「指定なし」の意味に使っています）。別のファイル名（例: ${FINDER_SKIP}-needs.md）にしてください` }]
        : [],
    ),
    ...programsExist(c),
    ...(c.areas ? municipalitiesExist(c.programs, c.areas.data) : []),
    ...(c.names && c.areas ? regionNamesCovered(c.names, c.areas) : []),
  ];
}

/** Titles that read the same are the same title: ＤＸ and DX, a doubled space. */
const sameText = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/**
 * A value that must be unique across files. Both files are told, each naming
 * the other with its line: the file that sorts later is not necessarily the
 * one that was just edited.
 */
function unique<T>(
  entries: Entry<T>[],
  value: (data: T) => string | number,
  path: string[],
  message: (value: string | number, others: string, data: T) => string,
): ContentIssue[] {
  const groups = new Map<string | number, Entry<T>[]>();
  for (const e of entries) {
    const v = value(e.data);
    const group = groups.get(v);
    if (group) group.push(e);
    else groups.set(v, [e]);
  }
  return entries.flatMap((e) => {
    const v = value(e.data);
    const others = (groups.get(v) ?? []).filter((o) => o !== e);
    if (others.length === 0) return [];
    // Each file of a large group is told a few of the others and how many more: naming all of them in every message grows with the square of the group.
    const named = others.slice(0, NAMED_OTHERS).map((o) => `${o.file}（${o.at(path, "").line ?? "?"}行目）`);
    const where = named.join("、") + (others.length > NAMED_OTHERS ? `など、ほかの ${others.length} ファイル` : "");
    return [e.at(path, message(v, where, e.data))];
  });
}

/** How many of the other files with the same value a message names. */
const NAMED_OTHERS = 3;

function needsExist({ programs, needs, needSlugs, programSlugs }: Loaded): ContentIssue[] {
  const labels = new Map(needs.map((n) => [n.slug, n.data.label]));
  const allowed = [...needSlugs].sort((a, b) => order(needs, a) - order(needs, b)).map((s) => (labels.has(s) ? `${s}（${labels.get(s)}）` : s));
  return programs.flatMap((p) =>
    p.data.categories.flatMap((c, i) =>
      needSlugs.includes(c)
        ? []
        : [
            p.at(
              ["categories", i],
              `困りごと「${shown(c)}」はありません${notAsciiNote(c)}${programSlugs.includes(c) ? `（「${c}」は制度のファイル名です）` : ""}。content/needs/ にあるファイル名（.md を除く）を書いてください。使えるもの: ${allowed.join("、")}`,
            ),
          ],
    ),
  );
}

const order = (needs: Entry<NeedFrontMatter>[], slug: string) => needs.find((n) => n.slug === slug)?.data.order ?? Infinity;

function programsExist({ programs, flow, programSlugs, needSlugs }: Loaded): ContentIssue[] {
  const missing = (slug: string) => !programSlugs.includes(slug);
  const isNeed = (slug: string) => (needSlugs.includes(slug) ? `（「${slug}」は困りごとのファイル名です）` : "");
  return [
    ...programs.flatMap((p) =>
      (p.data.related ?? []).flatMap((r, i) =>
        missing(r)
          ? [p.at(["related", i], `関連する制度「${shown(r)}」が見つかりません${notAsciiNote(r)}${isNeed(r)}。content/programs/ にあるファイル名（.md を除く）を書いてください`)]
          : r === p.slug
            ? [p.at(["related", i], `「${r}」はこの制度自身です。related にはほかの制度のファイル名を書いてください`)]
            : [],
      ),
    ),
    ...(flow?.data.generalDesks ?? []).flatMap((d, i) =>
      missing(d) && flow
        ? [flow.at(["generalDesks", i], `制度「${shown(d)}」が見つかりません${notAsciiNote(d)}${isNeed(d)}。generalDesks には content/programs/ にあるファイル名（.md を除く）を書いてください`)]
        : [],
    ),
  ];
}

/** An office's municipality must be one of the list, or "nearest first" would silently put it last. */
function municipalitiesExist(programs: Entry<ProgramFrontMatter>[], areas: Areas): ContentIssue[] {
  const names = new Set(areas.municipalities.map((m) => m.name));
  const message = (value: string) => `市町村「${shown(value)}」は content/areas/ の一覧にありません。「青森市」のように、青森県の市町村名だけを書いてください`;
  return programs.flatMap((p) => [
    ...(p.data.offices ?? []).flatMap((o, i) => (o.municipality && !names.has(o.municipality) ? [p.at(["offices", i, "municipality"], message(o.municipality))] : [])),
    ...(p.data.schedule?.venues ?? []).flatMap((v, i) =>
      v.municipality && !names.has(v.municipality) ? [p.at(["schedule", "venues", i, "municipality"], message(v.municipality))] : [],
    ),
  ]);
}

/** A site path a body or a flow item links to; anything else would be a dead link on the live site. */
export type SiteLink = { url: string; issue: (message: string) => ContentIssue };

export function bodyLink(l: LinkInFile): SiteLink {
  return { url: l.url, issue: (message) => ({ file: l.file, line: l.line, column: l.column, field: "本文", message }) };
}

export function flowLinks(flow: Entry<FlowFrontMatter>): SiteLink[] {
  return flow.data.stages.flatMap((stage, s) =>
    stage.boxes.flatMap((box, b) =>
      (box.items ?? []).flatMap((item, k) =>
        typeof item === "string" ? [] : [{ url: item.link, issue: (message: string) => flow.at(["stages", s, "boxes", b, "items", k, "link"], message) }],
      ),
    ),
  );
}

export function deadLinks(links: SiteLink[], known: ReadonlySet<string>): ContentIssue[] {
  return links
    .filter((l) => !known.has(l.url.replace(/[#?].*$/, "").replace(/(.)\/$/, "$1")))
    .map((l) =>
      l.issue(`サイト内のリンク先「${l.url}」はありません。制度へのリンクは /programs/ファイル名（.md を除く）、困りごとへのリンクは /needs/ファイル名 の形で書いてください`),
    );
}
