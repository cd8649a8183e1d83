import { needsConfirmationMessage, unconfirmedNumbers } from "./confirmed";
import type { Entry, LinkInFile } from "./entry";
import { FINDER_SKIP } from "./finder-skip";
import type { ContentIssue } from "./issues";
import { numbersOf } from "./numbers";
import type { Areas, FlowFrontMatter, NeedFrontMatter, ProgramFrontMatter } from "./schema";

/**
 * Rules no single file can be checked for alone: a name that must exist in
 * another collection, a number that must be unique across files, a date that
 * must not be after today, a phone number that must be in the source text.
 * Each issue still names the file, line and field of the value at fault.
 */
export type Loaded = {
  programs: Entry<ProgramFrontMatter>[];
  needs: Entry<NeedFrontMatter>[];
  flow?: Entry<FlowFrontMatter>;
  areas?: Entry<Areas>;
  /** Slugs of every file of the collection, readable or not, so one broken file does not make every reference to it an error too. */
  programSlugs: string[];
  needSlugs: string[];
};

export function crossCheck(c: Loaded): ContentIssue[] {
  return [
    ...unique(c.programs, (p) => p.source.number, ["source", "number"], (v, other) => `項目番号 ${v} は ${other} と重なっています。ガイドブックの項目番号を確かめてください`),
    ...unique(c.programs, (p) => p.title, ["title"], (_, other) => `同じ制度名が ${other} にもあります。どちらかの制度名を直してください`),
    ...unique(c.needs, (n) => n.order, ["order"], (v, other) => `表示順 ${v} は ${other} と重なっています。ほかの困りごとと重ならない数字にしてください`),
    ...needsExist(c),
    ...c.needs.flatMap((n) =>
      n.slug === FINDER_SKIP
        ? [{ file: n.file, message: `困りごとのファイル名に「${FINDER_SKIP}」は使えません（「3つの質問で探す」のページのアドレスで「指定なし」の意味に使っています）。別のファイル名（例: ${FINDER_SKIP}-needs.md）にしてください` }]
        : [],
    ),
    ...programsExist(c),
    ...(c.areas ? municipalitiesExist(c.programs, c.areas.data) : []),
  ];
}

function unique<T>(entries: Entry<T>[], value: (data: T) => string | number, path: string[], message: (value: string | number, otherFile: string) => string): ContentIssue[] {
  const seen = new Map<string | number, string>();
  return entries.flatMap((e) => {
    const v = value(e.data);
    const other = seen.get(v);
    if (other === undefined) seen.set(v, e.file);
    return other === undefined ? [] : [e.at(path, message(v, other))];
  });
}

function needsExist({ programs, needs, needSlugs }: Loaded): ContentIssue[] {
  const labels = new Map(needs.map((n) => [n.slug, n.data.label]));
  const allowed = [...needSlugs].sort((a, b) => order(needs, a) - order(needs, b)).map((s) => (labels.has(s) ? `${s}（${labels.get(s)}）` : s));
  return programs.flatMap((p) =>
    p.data.categories.flatMap((c, i) =>
      needSlugs.includes(c)
        ? []
        : [p.at(["categories", i], `困りごと「${c}」はありません。content/needs/ にあるファイル名（.md を除く）を書いてください。使えるもの: ${allowed.join("、")}`)],
    ),
  );
}

const order = (needs: Entry<NeedFrontMatter>[], slug: string) => needs.find((n) => n.slug === slug)?.data.order ?? Infinity;

function programsExist({ programs, flow, programSlugs }: Loaded): ContentIssue[] {
  const missing = (slug: string) => !programSlugs.includes(slug);
  return [
    ...programs.flatMap((p) =>
      (p.data.related ?? []).flatMap((r, i) =>
        missing(r) ? [p.at(["related", i], `関連する制度「${r}」が見つかりません。content/programs/ にあるファイル名（.md を除く）を書いてください`)] : [],
      ),
    ),
    ...(flow?.data.generalDesks ?? []).flatMap((d, i) =>
      missing(d) && flow ? [flow.at(["generalDesks", i], `制度「${d}」が見つかりません。generalDesks には content/programs/ にあるファイル名（.md を除く）を書いてください`)] : [],
    ),
  ];
}

/** An office's municipality must be one of the list, or "nearest first" would silently put it last. */
function municipalitiesExist(programs: Entry<ProgramFrontMatter>[], areas: Areas): ContentIssue[] {
  const names = new Set(areas.municipalities.map((m) => m.name));
  const message = (value: string) => `市町村「${value}」は content/areas/ の一覧にありません。「青森市」のように市町村名だけを書いてください`;
  return programs.flatMap((p) => [
    ...(p.data.offices ?? []).flatMap((o, i) => (o.municipality && !names.has(o.municipality) ? [p.at(["offices", i, "municipality"], message(o.municipality))] : [])),
    ...(p.data.schedule?.venues ?? []).flatMap((v, i) =>
      v.municipality && !names.has(v.municipality) ? [p.at(["schedule", "venues", i, "municipality"], message(v.municipality))] : [],
    ),
  ]);
}

/** Dates that say something happened (the page was updated, a number was confirmed) cannot be after today. */
export function futureDates(p: Entry<{ updated: string; contacts?: Holder[]; offices?: Holder[] }>, today: string): ContentIssue[] {
  const dated: [(string | number)[], string, string][] = [
    [["updated"], p.data.updated, "updated にはこのページの内容を更新した日（今日かそれより前）を書いてください"],
    ...(["contacts", "offices"] as const).flatMap((key) =>
      (p.data[key] ?? []).flatMap((h, i): [(string | number)[], string, string][] =>
        h.confirmed ? [[[key, i, "confirmed", "date"], h.confirmed.date, "confirmed の date には番号を実際に確かめた日を書いてください"]] : [],
      ),
    ),
  ];
  return dated.filter(([, date]) => date > today).map(([path, date, advice]) => p.at(path, `${date} は未来の日付です（今日は ${today}）。${advice}`));
}

type Holder = { confirmed?: { date: string } };

/** Every number not in the source text needs a confirmation on its contact or office (see confirmed.ts). */
export function numbersWithoutConfirmation(p: Entry<ProgramFrontMatter>, sourceDigits: ReadonlySet<string>): ContentIssue[] {
  return unconfirmedNumbers(numbersOf(p.data), sourceDigits).map((n) => p.at(n.path, needsConfirmationMessage(n)));
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
