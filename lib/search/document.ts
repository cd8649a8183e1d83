import type { Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { deskTable } from "@/lib/areas/desk-table";
import { getAreas, getGeneralDesks, getNeed } from "@/lib/content/api";
import { contactName, contactShortName } from "@/lib/content/contact-names";
import type { Program } from "@/lib/content/load";
import { formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
import type { Phone } from "@/lib/content/schema";
import { TIER, WORD_TIER, type SearchDoc, type SearchPhone, type Tier, type WordTier } from "./types";

/**
 * A program as the search sees it: the text its page shows, grouped by how
 * much a match there says about the program. Build time only (it parses
 * Markdown); the browser receives the result as JSON.
 */
export function toSearchDoc(p: Program, id: number): SearchDoc {
  const fields: [Tier, string][] = [];
  const add = (tier: Tier, parts: (string | undefined)[]) => {
    const text = parts.filter(Boolean).join("\n");
    if (text) fields.push([tier, text]);
  };
  const categories = p.categories.map((slug) => getNeed(slug)).filter((c) => c !== undefined);

  add(TIER.title, [p.title]);
  add(TIER.summary, [p.summary]);
  add(
    TIER.contact,
    p.contacts.flatMap((c) => [contactName(c), c.location, ...c.tel.map(phoneText)]),
  );
  add(TIER.other, [p.audience, p.cost, p.status, ...(p.details ?? []).map((d) => `${d.label} ${d.value}`)]);
  add(
    TIER.other,
    p.contacts.flatMap((c) => [c.role, c.hours?.text, c.note]),
  );
  add(
    TIER.other,
    [p.officesTitle].concat(
      (p.offices ?? []).flatMap((o) => [
        o.name,
        o.address,
        o.hours?.text,
        o.note,
        ...(o.tel ?? []).map(phoneText),
      ]),
    ),
  );
  if (p.schedule) {
    add(TIER.other, [
      p.schedule.title,
      p.schedule.note,
      ...p.schedule.venues.flatMap((v) => [v.name, v.place]),
      ...sessionsOf(p.schedule).map((s) => formatJapaneseDate(s.date, s.weekday)),
    ]);
  }
  add(TIER.other, (p.links ?? []).map((l) => l.label));
  add(TIER.other, [markdownText(p.body)]);
  // Last, so a passage of the page is preferred as the snippet; the need is shown with every result anyway.
  add(TIER.summary, categories.flatMap((c) => [c.label, c.need]));

  const phones: SearchPhone[] = [
    ...p.contacts.flatMap((c) => c.tel.map((t) => callable(t, t.label ?? contactShortName(c), TIER.contact))),
    ...(p.offices ?? []).flatMap((o) => (o.tel ?? []).map((t) => callable(t, t.label ?? o.name, TIER.other))),
  ];
  const faxes = [...p.contacts.map((c) => c.fax), ...(p.offices ?? []).map((o) => o.fax)].filter((f): f is string => !!f);

  const words: [WordTier, string][] = [
    ...(p.words ?? []).map((w): [WordTier, string] => [WORD_TIER.own, w]),
    ...categories.flatMap((c, k) => [c.label, ...(c.words ?? [])].map((w): [WordTier, string] => [k ? WORD_TIER.otherNeed : WORD_TIER.need, w])),
  ];

  const { desks, byMunicipality } = deskTable(p, getAreas().municipalities);
  const local = desks.length ? { desks, byMunicipality } : undefined;
  const general = getGeneralDesks().some((d) => d.slug === p.slug) ? (true as const) : undefined;

  return { id, slug: p.slug, title: p.title, need: categories[0]?.need ?? "", fields, words, phones, faxes, ...(general ? { general } : {}), ...(local ? { local } : {}) };
}

// The number itself is matched through its digits (see query.ts); the words around it are text.
function phoneText(t: Phone): string {
  return [t.label, t.extension ? `内線${t.extension}` : undefined, t.note].filter(Boolean).join(" ");
}

function callable(t: Phone, whom: string, tier: Tier): SearchPhone {
  return { number: t.number, ...(t.extension ? { extension: t.extension } : {}), ...(t.note ? { note: t.note } : {}), whom, tier };
}

const BLOCKS = new Set(["paragraph", "heading", "tableCell", "code", "thematicBreak"]);

/** The words of a Markdown body, one block per line, so no match runs from a heading into the next paragraph. */
export function markdownText(markdown: string): string {
  const tree = remark().use(remarkGfm).parse(markdown) as Root;
  return tree.children
    .map(textOf)
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}

function textOf(node: RootContent): string {
  if (node.type === "html") return "";
  if (node.type === "break") return "\n";
  const own = "value" in node ? node.value : "children" in node ? (node.children as RootContent[]).map(textOf).join("") : "";
  return BLOCKS.has(node.type) ? `${own}\n` : own;
}
