import { getNeed } from "@/lib/content/api";
import type { Program } from "@/lib/content/load";
import { absoluteUrl, SITE_NAME } from "@/lib/site/config";
import { programUrl } from "@/lib/site/paths";
import { atomFeed } from "./atom";
import { LICENCE } from "./licence";

export const FEED_PATH = "/feed.xml";
export const FEED_TITLE = `${SITE_NAME} 制度の更新`;

/** Newest update first; programs updated on the same day keep the guidebook's order. */
export function programsByUpdated(programs: Program[]): Program[] {
  return [...programs].sort((a, b) => b.updated.localeCompare(a.updated) || a.source.number - b.source.number);
}

export function programsFeed(programs: Program[]): string {
  return atomFeed({
    id: absoluteUrl(FEED_PATH),
    title: FEED_TITLE,
    subtitle: "ページの内容を更新した日の新しい順に、青森県の中小企業支援制度を載せています",
    selfUrl: absoluteUrl(FEED_PATH),
    siteUrl: absoluteUrl("/programs"),
    author: SITE_NAME,
    rights: `${LICENCE.name}（${LICENCE.short}） ${LICENCE.url}`,
    entries: programsByUpdated(programs).map((p) => ({
      id: programUrl(p.slug),
      title: p.title,
      summary: p.summary,
      url: programUrl(p.slug),
      updated: p.updated,
      categories: p.categories.map((c) => ({ term: c, label: getNeed(c)?.label ?? c })),
    })),
  });
}
