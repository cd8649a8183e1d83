import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * An Atom feed read back the way a feed reader would, with a maintained XML
 * parser (fast-xml-parser): refused unless it is well-formed XML whose root
 * is an Atom <feed> with what RFC 4287 requires of a feed and of each entry
 * (id, title, updated; an author for the feed; a link or content per entry).
 * Text given as HTML is also given as the text a reader shows.
 */
export type AtomLink = { rel: string; href: string; type?: string };
export type AtomEntry = { id: string; title: string; updated: string; links: AtomLink[]; summary?: string; content?: string; text: string; categories: { term: string; label?: string }[] };
export type AtomFeed = { lang?: string; id: string; title: string; subtitle?: string; updated: string; author: string; links: AtomLink[]; entries: AtomEntry[] };

const ATOM = "http://www.w3.org/2005/Atom";
type Node = Record<string, unknown>;

const textOf = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : typeof (v as Node)?.["#text"] === "string" ? String((v as Node)["#text"]) : "");
const linksOf = (v: unknown): AtomLink[] => ((v as Node[]) ?? []).map((l) => ({ rel: String(l["@_rel"] ?? "alternate"), href: String(l["@_href"] ?? ""), ...(l["@_type"] ? { type: String(l["@_type"]) } : {}) }));
/** What a reader shows of HTML: its text, entities decoded. */
const shown = (html: string) => html.replace(/<\/li>/g, "\n").replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&").trim();

export function readAtom(xml: string): AtomFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => ["entry", "link", "category"].includes(name), parseTagValue: false });
  const feed = (parser.parse(xml) as Node).feed as Node | undefined;
  if (!feed || feed["@_xmlns"] !== ATOM) throw new Error("the root is not an Atom <feed>");
  const need = (node: Node, name: string, where: string) => {
    const value = textOf(node[name]);
    if (!value) throw new Error(`${where} has no <${name}>`);
    return value;
  };
  const author = textOf((feed.author as Node | undefined)?.name);
  if (!author) throw new Error("the feed has no <author><name>");
  const entries = ((feed.entry as Node[]) ?? []).map((e, i): AtomEntry => {
    const links = linksOf(e.link);
    const content = e.content === undefined ? undefined : textOf(e.content);
    if (!links.some((l) => l.rel === "alternate") && content === undefined) throw new Error(`entry ${i + 1} has neither an alternate link nor content`);
    const summary = e.summary === undefined ? undefined : textOf(e.summary);
    return {
      id: need(e, "id", `entry ${i + 1}`),
      title: shown(need(e, "title", `entry ${i + 1}`)),
      updated: need(e, "updated", `entry ${i + 1}`),
      links,
      summary: summary && shown(summary),
      content,
      text: shown(content ?? summary ?? ""),
      categories: ((e.category as Node[]) ?? []).map((c) => ({ term: String(c["@_term"]), ...(c["@_label"] ? { label: String(c["@_label"]) } : {}) })),
    };
  });
  for (const d of [need(feed, "updated", "the feed"), ...entries.map((e) => e.updated)]) if (Number.isNaN(Date.parse(d))) throw new Error(`${d} is no date-time`);
  return {
    lang: feed["@_xml:lang"] as string | undefined,
    id: need(feed, "id", "the feed"),
    title: need(feed, "title", "the feed"),
    subtitle: feed.subtitle === undefined ? undefined : textOf(feed.subtitle),
    updated: need(feed, "updated", "the feed"),
    author,
    links: linksOf(feed.link),
    entries,
  };
}
