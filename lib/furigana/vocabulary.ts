import { describeOpenStatus, type OpenStatus } from "../hours/open-status";

/**
 * Phrases the islands of a page write in the browser, which the build cannot
 * see in the page's HTML: whether a desk is open now (every weekday, today,
 * tomorrow), and the label of the chosen municipality's desk
 * (components/local-call-desk, components/program-card). The furigana of a
 * page carry the readings of their kanji, so those texts get ruby too.
 */
const WEEK = ["月", "火", "水", "木", "金", "土", "日"];

function openStatusSamples(): string[] {
  const closed = (weekday: string, isToday: boolean, isTomorrow: boolean): OpenStatus => ({
    state: "closed",
    next: { date: "2026-12-01", weekday, time: "08:30", isToday, isTomorrow },
    caveats: ["休館日"],
  });
  const states: OpenStatus[] = [
    { state: "open", closesAt: "17:15", caveats: ["休館日"] },
    { state: "closed", caveats: [] },
    closed("月", true, false),
    closed("月", false, true),
    ...WEEK.map((d) => closed(d, false, false)),
  ];
  return states.map(describeOpenStatus).filter((s): s is string => Boolean(s));
}

export function islandPhrases(municipalities: readonly string[]): string[] {
  return [...openStatusSamples(), ...municipalities.flatMap((m) => [`${m}の窓口`, `近くの窓口（${m}）`]), "制度の担当窓口"];
}
