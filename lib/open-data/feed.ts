import { confirmedText } from "@/lib/content/confirmed";
import { sourceLabel } from "@/lib/content/edition";
import type { Program } from "@/lib/content/model";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { publicUrl, SITE_NAME, SITE_URL, urlOn } from "@/lib/site/config";
import { programPath, programUrl } from "@/lib/site/paths";
import { atomFeed } from "./atom";
import { LICENCE } from "./licence";
import { uuidV5 } from "./uuid";

export const FEED_PATH = "/feed.xml";
export const FEED_TITLE = `${SITE_NAME} 制度の更新`;

/** Newest update first; programs updated on the same day keep the guidebook's order. */
export function programsByUpdated(programs: Program[]): Program[] {
  return [...programs].sort((a, b) => b.updated.localeCompare(a.updated) || a.source.number - b.source.number);
}

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

/** How current the entry's facts are: the guidebook's edition, the page's update date, and every confirmation content records. */
export function entryFacts(p: Program): string {
  const confirmed = p.desks.flatMap((d) => (d.confirmed ? [`${d.name}: ${confirmedText(d.confirmed)}`] : []));
  return [
    `出典: ${sourceLabel(p.source)}`,
    `このページの更新日: ${formatJapaneseDate(p.updated)}`,
    ...(confirmed.length ? confirmed.map((c) => `最終確認 ${c}`) : ["番号の最終確認: 記録なし（出典のとおり）"]),
  ].join("\n");
}

export function programsFeed(programs: Program[]): string {
  return atomFeed({
    id: feedId(FEED_PATH),
    title: FEED_TITLE,
    subtitle: "ページの内容を更新した日の新しい順に、青森県の中小企業支援制度を載せています",
    selfUrl: publicUrl(FEED_PATH),
    siteUrl: publicUrl("/programs"),
    author: SITE_NAME,
    rights: `${LICENCE.name}（${LICENCE.short}） ${LICENCE.url}`,
    entries: programsByUpdated(programs).map((p) => ({
      id: feedId(programPath(p.slug)),
      title: p.title,
      summary: p.summary,
      content: entryFacts(p),
      url: programUrl(p.slug),
      updated: p.updated,
      categories: p.needs.map((n) => ({ term: n.slug, label: n.label })),
    })),
  });
}
