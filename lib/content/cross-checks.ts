import { needsConfirmationMessage, unconfirmedNumbers } from "./confirmed";
import type { Entry, LinkInFile } from "./entry";
import { shown } from "./characters";
import { FINDER_SKIP } from "./finder-skip";
import type { ContentIssue } from "./issues";
import { namesCovered } from "./language-checks";
import { numbersOf } from "./numbers";
import { fiscalYearLabel, fiscalYearSpan } from "./edition";
import { factsOf, isReviewablePath, parseFieldPath } from "./review/facts";
import { fiscalYearOf } from "./schedule";
import type { Areas, FlowFrontMatter, Names, NeedFrontMatter, ProgramFrontMatter, Settings } from "./schema";

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
    ...(c.names ? namesCovered(c.programs, c.names, c.areas) : []),
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
    groups.set(v, [...(groups.get(v) ?? []), e]);
  }
  return entries.flatMap((e) => {
    const v = value(e.data);
    const others = (groups.get(v) ?? []).filter((o) => o !== e);
    if (others.length === 0) return [];
    const where = others.map((o) => `${o.file}（${o.at(path, "").line ?? "?"}行目）`).join("、");
    return [e.at(path, message(v, where, e.data))];
  });
}

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
              `困りごと「${shown(c)}」はありません${programSlugs.includes(c) ? `（「${c}」は制度のファイル名です）` : ""}。content/needs/ にあるファイル名（.md を除く）を書いてください。使えるもの: ${allowed.join("、")}`,
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
          ? [p.at(["related", i], `関連する制度「${shown(r)}」が見つかりません${isNeed(r)}。content/programs/ にあるファイル名（.md を除く）を書いてください`)]
          : r === p.slug
            ? [p.at(["related", i], `「${r}」はこの制度自身です。related にはほかの制度のファイル名を書いてください`)]
            : [],
      ),
    ),
    ...(flow?.data.generalDesks ?? []).flatMap((d, i) =>
      missing(d) && flow
        ? [flow.at(["generalDesks", i], `制度「${shown(d)}」が見つかりません${isNeed(d)}。generalDesks には content/programs/ にあるファイル名（.md を除く）を書いてください`)]
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

/**
 * Dates that say something happened (the page was updated, a number was
 * confirmed) cannot be after today, nor can a guidebook be of a fiscal year
 * that has not begun (next year's may be published in March, so that one is allowed).
 */
export function futureDates(p: Entry<{ updated: string; contacts?: Holder[]; offices?: Holder[]; source?: { fiscalYear: number } }>, today: string): ContentIssue[] {
  const latestEdition = fiscalYearOf(today) + 1;
  const fiscalYear = p.data.source?.fiscalYear;
  const edition =
    fiscalYear !== undefined && fiscalYear > latestEdition
      ? [p.at(["source", "fiscalYear"], `${fiscalYear} 年度はまだ始まっていません（今日は ${today}）。fiscalYear にはガイドブックの年度を書いてください（令和5年度版なら 2023）`)]
      : [];
  const dated: [(string | number)[], string, string][] = [
    [["updated"], p.data.updated, "updated にはこのページの内容を更新した日（今日かそれより前）を書いてください"],
    ...(["contacts", "offices"] as const).flatMap((key) =>
      (p.data[key] ?? []).flatMap((h, i): [(string | number)[], string, string][] =>
        h.confirmed ? [[[key, i, "confirmed", "date"], h.confirmed.date, "confirmed の date には番号を実際に確かめた日を書いてください"]] : [],
      ),
    ),
  ];
  return [...dated.filter(([, date]) => date > today).map(([path, date, advice]) => p.at(path, `${date} は未来の日付です（今日は ${today}）。${advice}`)), ...edition];
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

/**
 * A program's review records against today and the current edition (the
 * settings' edition): a review cannot be dated after today, nor be for an
 * edition after the current one (the one staff are checking now).
 */
export function reviewIssues(p: Entry<Pick<ProgramFrontMatter, "reviews">>, today: string, edition: number | undefined): ContentIssue[] {
  return (p.data.reviews ?? []).flatMap((r, i) => [
    ...(r.date > today ? [p.at(["reviews", i, "date"], `${r.date} は未来の日付です（今日は ${today}）。date には内容を実際に確かめた日を書いてください`)] : []),
    ...(edition !== undefined && r.edition > edition
      ? [
          p.at(
            ["reviews", i, "edition"],
            `${fiscalYearLabel(r.edition)}（edition: ${r.edition}）の確認は書けません。いまの年度は ${SETTINGS_FILE} の edition: ${edition}（${fiscalYearLabel(edition)}）です。年度を確かめてください（新しい年度は npm run edition:start -- ${r.edition} で始めます）`,
          ),
        ]
      : []),
  ]);
}

/** The settings file, as messages name it. */
export const SETTINGS_FILE = "content/settings/site.md";

/**
 * What a review record says changed must be what the file now holds: each
 * change names a fact the schema marks reviewable, and the latest change of
 * each fact says its current value (so a feed or the updates page never
 * announces a value the site does not show).
 */
export function recordedChanges(p: Entry<Pick<ProgramFrontMatter, "reviews">>): ContentIssue[] {
  const facts = new Map(factsOf(p.raw, p.body).map((f) => [f.field, f]));
  const issues: ContentIssue[] = [];
  const latest = new Map<string, { at: (string | number)[]; after?: string }>();
  const byDate = (p.data.reviews ?? []).map((r, i) => ({ r, i })).sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i);
  for (const { r, i } of byDate) {
    (r.changes ?? []).forEach((c, j) => {
      const at = ["reviews", i, "changes", j];
      const path = parseFieldPath(c.field);
      if (!path || !isReviewablePath(path)) {
        issues.push(p.at([...at, "field"], `「${shown(c.field)}」は、年度ごとに確かめる項目の場所ではありません。変えた項目の場所を contacts[0].tel[0].number のように書いてください`));
      } else {
        latest.set(c.field, { at, after: c.after });
      }
    });
  }
  for (const [field, { at, after }] of latest) {
    const fact = facts.get(field);
    if (fact && !fact.quoted) continue;
    if (fact?.value === after) continue;
    const now = fact ? `いまは「${fact.value}」です` : "いまこのファイルにはこの項目がありません";
    issues.push(
      p.at(
        [...at, after === undefined ? "field" : "after"],
        `${field} の最後の確認の記録では、変えた後が${after === undefined ? "「（削除）」" : `「${after}」`}ですが、${now}。記録の after をいまの値に直すか、値を変えたときの確認の記録を書き足してください`,
      ),
    );
  }
  return issues;
}

/**
 * The settings' edition is the fiscal year staff are checking: it cannot be
 * one that has not begun; the day it was started is a day of that year, not
 * after today.
 */
export function settingsIssues(s: Entry<Settings>, today: string): ContentIssue[] {
  const { edition, started } = s.data;
  const issues: ContentIssue[] = [];
  if (edition > fiscalYearOf(today)) {
    issues.push(s.at(["edition"], `${fiscalYearLabel(edition)}（${edition}）はまだ始まっていません（今日は ${today}）。edition にはいまの年度を書いてください。新しい年度は、その年の4月1日から npm run edition:start -- ${edition} で始めます`));
  }
  // The guidebook's own edition has no day it was started on the site.
  if (started !== undefined && started > today) {
    issues.push(s.at(["started"], `${started} は未来の日付です（今日は ${today}）。started にはこの年度の確認を始めた日を書いてください`));
  } else if (started !== undefined && fiscalYearOf(started) !== edition) {
    issues.push(s.at(["started"], `${started} は${fiscalYearLabel(fiscalYearOf(started))}の日です。started には edition: ${edition} の年度を始めた日を、${fiscalYearSpan(edition)}の中の日で書いてください`));
  }
  return issues;
}
