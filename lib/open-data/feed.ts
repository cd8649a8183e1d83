import { Feed } from "feed";
import { confirmedText } from "@/lib/content/confirmed";
import { fiscalYearLabel, sourceLabel } from "@/lib/content/edition";
import { phoneVisibleText } from "@/lib/phone/format";
import { callNumbers, faxNumber, type Need, type Program } from "@/lib/content/model";
import { changeInWords, changeLine, changesHeadline, reviewLine } from "@/lib/content/review/changes";
import type { Settings } from "@/lib/content/schema";
import { publicUrl, SITE_NAME, SITE_URL, urlOn } from "@/lib/site/config";
import { needPath, programPath } from "@/lib/site/paths";
import { LICENCE } from "./licence";
import { uuidV5 } from "./uuid";

/**
 * What changed, as Atom feeds (made by the `feed` library): one for the whole
 * site and one per need, each entry from content's own records — a review
 * of a program (what it changed, old and new, and who checked how and when),
 * a desk's record of its numbers confirmed, and the start of an edition.
 * Nothing else: no entry is dated by a file's or a commit's date.
 */
export const FEED_PATH = "/feed.xml";
export const FEED_TITLE = `${SITE_NAME} 掲載内容の更新`;
export const UPDATES_PATH = "/about/updates";
export const needFeedPath = (slug: string) => `${needPath(slug)}/feed.xml`;
export const needFeedTitle = (need: Pick<Need, "label">) => `${SITE_NAME} 「${need.label}」の制度の更新`;

/**
 * An Atom id must be an absolute IRI that never changes. With a configured
 * origin it is the page's URL; without one, rather than an invented host, a
 * urn:uuid: derived from the path, the same in every build.
 */
export function feedIdOn(origin: string | undefined, path: string): string {
  return urlOn(origin, path) ?? `urn:uuid:${uuidV5(`aomori-shien-navi:${path}`)}`;
}

export function feedId(path: string): string {
  return feedIdOn(SITE_URL, path);
}

/** One thing that changed, as an entry of a feed says it: a headline, the lines of what changed, and where to read more. */
export type ChangeEntry = {
  /** A site path with a fragment, the entry's id (feedId). */
  key: string;
  title: string;
  /** The day of the record (YYYY-MM-DD). */
  date: string;
  /** What changed, a line each: 「…の電話番号: 017-734-9243 → 017-734-9244」, then the review that confirmed it. */
  lines: string[];
  path: string;
  /** The program's needs: which need feeds carry it. */
  needs: Pick<Need, "slug" | "label">[];
};

/** A program's reviews and its desks' confirmations, newest first. */
export function programEntries(p: Program): ChangeEntry[] {
  const seen = new Map<string, number>();
  const reviews = (p.reviews ?? []).map((r): ChangeEntry => {
    const id = `review-${r.edition}-${r.date}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const changes = (r.changes ?? []).map((c) => changeInWords(p, c));
    return {
      key: `${programPath(p.slug)}#${id}${n > 1 ? `-${n}` : ""}`,
      title: `${p.title}: ${changesHeadline(changes)}（${fiscalYearLabel(r.edition)}の確認）`,
      date: r.date,
      lines: [...changes.map(changeLine), reviewLine(r), ...(r.note ? [r.note] : [])],
      path: programPath(p.slug),
      needs: p.needs,
    };
  });
  const confirmations = p.desks.flatMap((d): ChangeEntry[] => {
    if (!d.confirmed) return [];
    const numbers = [...callNumbers(d).map((n) => `電話番号 ${phoneVisibleText(n)}`), ...[faxNumber(d)].flatMap((f) => (f ? [`FAX番号 ${f.number}`] : []))];
    return [
      {
        key: `${programPath(p.slug)}#confirmed-${d.path.join("-")}-${d.confirmed.date}`,
        title: `${p.title}: ${d.shortName}の番号を確認`,
        date: d.confirmed.date,
        lines: [`${d.name}の${numbers.join("、")}`, `最終確認: ${confirmedText(d.confirmed)}${d.confirmed.note ? `「${d.confirmed.note}」` : ""}`],
        path: programPath(p.slug),
        needs: p.needs,
      },
    ];
  });
  return [...reviews, ...confirmations];
}

/** The start of the current edition, when content records the day (content/settings/). */
export function editionEntry(settings: Settings, programs: Program[]): ChangeEntry[] {
  if (!settings.started) return [];
  const { edition } = settings;
  const sources = [...new Set(programs.map((p) => sourceLabel(p.source)))].join("、");
  return [
    {
      key: `${UPDATES_PATH}#edition-${edition}`,
      title: `${fiscalYearLabel(edition)}の確認を始めました`,
      date: settings.started,
      lines: [
        `掲載している ${programs.length} 件の制度の内容（電話番号・受付時間・費用・募集状況など）を、担当課に確かめていきます。確かめた制度から、このフィードでお知らせします。`,
        `確かめるまでの制度は、${sources}の情報です。ページの電話番号の横に、そのことを表示しています。`,
      ],
      path: UPDATES_PATH,
      needs: [],
    },
  ];
}

/** Every change the content records, newest first (of one day, the edition's start last). */
export function changeEntries(programs: Program[], settings: Settings): ChangeEntry[] {
  return [...programs.flatMap(programEntries), ...editionEntry(settings, programs)].sort((a, b) => b.date.localeCompare(a.date));
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** A day of content as the start of that day in Japan, when it began for whoever recorded it. */
const dayInJapan = (isoDay: string) => new Date(`${isoDay}T00:00:00+09:00`);

type FeedOf = { path: string; title: string; subtitle: string; alternate: string; entries: ChangeEntry[]; fallbackDay: string };

function atom({ path, title, subtitle, alternate, entries, fallbackDay }: FeedOf): string {
  const feed = new Feed({
    id: feedId(path),
    title,
    description: subtitle,
    link: publicUrl(alternate),
    feed: publicUrl(path),
    language: "ja",
    // The newest record, or with none yet the newest day content holds for these pages.
    updated: dayInJapan(entries[0]?.date ?? fallbackDay),
    author: { name: SITE_NAME },
    copyright: `${LICENCE.name}（${LICENCE.short}） ${LICENCE.url}`,
    generator: false,
  });
  for (const e of entries) {
    feed.addItem({
      // the feed library writes titles and text as HTML
      title: escapeHtml(e.title),
      id: feedId(e.key),
      link: publicUrl(e.path),
      date: dayInJapan(e.date),
      description: escapeHtml(e.lines[0]),
      content: `<ul>${e.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
      category: e.needs.map((n) => ({ term: n.slug, name: n.label })),
    });
  }
  return `${feed.atom1()}\n`;
}

const newestUpdate = (programs: Program[]) => programs.reduce((d, p) => (p.updated > d ? p.updated : d), "");

export function siteFeed(programs: Program[], settings: Settings): string {
  return atom({
    path: FEED_PATH,
    title: FEED_TITLE,
    subtitle: "青森県の中小企業支援制度の電話番号・受付時間・募集状況などが変わったとき、担当課に確かめたときのお知らせです",
    alternate: UPDATES_PATH,
    entries: changeEntries(programs, settings),
    fallbackDay: newestUpdate(programs),
  });
}

/** A need's feed: the changes of the programs that serve it, and the start of the edition. `all`: every program, for the edition's progress. */
export function needFeed(need: Pick<Need, "slug" | "label">, all: Program[], settings: Settings): string {
  const mine = all.filter((p) => p.needs.some((n) => n.slug === need.slug));
  return atom({
    path: needFeedPath(need.slug),
    title: needFeedTitle(need),
    subtitle: `「${need.label}」の制度の電話番号・受付時間・募集状況などが変わったとき、担当課に確かめたときのお知らせです`,
    alternate: needPath(need.slug),
    entries: [...mine.flatMap(programEntries), ...editionEntry(settings, all)].sort((a, b) => b.date.localeCompare(a.date)),
    fallbackDay: newestUpdate(mine.length ? mine : all),
  });
}
