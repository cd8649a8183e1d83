/**
 * An Atom 1.0 feed (RFC 4287). Dates in content are days, so each is given
 * as midnight in Japan, which is when the day it names began for the editor.
 */
export type AtomEntry = {
  id: string;
  title: string;
  summary: string;
  /** Plain text beyond the summary (how current the entry's facts are). */
  content?: string;
  url: string;
  updated: string;
  categories?: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  siteUrl: string;
  author: string;
  rights?: string;
  entries: AtomEntry[];
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** YYYY-MM-DD → RFC 3339 date-time at the start of that day in Japan. */
export function atomDate(isoDay: string): string {
  return `${isoDay}T00:00:00+09:00`;
}

export function atomFeed(feed: AtomFeed): string {
  const x = escapeXml;
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), "");
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    <summary>${x(e.summary)}</summary>`,
      ...(e.content ? [`    <content type="text">${x(e.content)}</content>`] : []),
      ...(e.categories ?? []).map((c) => `    <category term="${x(c.term)}" label="${x(c.label)}"/>`),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights>${x(feed.rights)}</rights>`] : []),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
