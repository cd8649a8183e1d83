import type { Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { deskTable } from "@/lib/areas/desk-table";
import { getAreas, getGeneralDesks } from "@/lib/content/api";
import { callNumbers, contactDesks, defined, faxNumber, officeDesks, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import { formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
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
  // the program's own desks, and the offices or venues it lists
  const [own, listed] = [contactDesks(p), officeDesks(p)];

  add(TIER.title, [p.title]);
  add(TIER.summary, [p.summary]);
  add(TIER.contact, own.flatMap((d) => [d.name, d.location, ...callNumbers(d).map(phoneText)]));
  add(TIER.other, [p.audience, p.cost, p.status, ...(p.details ?? []).map((d) => `${d.label} ${d.value}`)]);
  add(TIER.other, own.flatMap((d) => [d.role, d.hours?.text, d.note]));
  add(TIER.other, [p.officesTitle, ...listed.flatMap((d) => [d.name, d.address, d.hours?.text, d.note, ...callNumbers(d).map(phoneText)])]);
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
  add(TIER.summary, p.needs.flatMap((n) => [n.label, n.need]));

  const phones: SearchPhone[] = p.desks.flatMap((d) => callNumbers(d).map((n) => callable(n, d, d.kind === "contact" ? TIER.contact : TIER.other)));
  const faxes = p.desks.flatMap((d) => faxNumber(d)?.number ?? []);

  const words: [WordTier, string][] = [
    ...(p.words ?? []).map((w): [WordTier, string] => [WORD_TIER.own, w]),
    ...p.needs.flatMap((n, k) => [n.label, ...(n.words ?? [])].map((w): [WordTier, string] => [k ? WORD_TIER.otherNeed : WORD_TIER.need, w])),
  ];

  const { desks, byMunicipality } = deskTable(p, getAreas().municipalities);
  const local = desks.length ? { desks, byMunicipality } : undefined;
  const general = getGeneralDesks().some((d) => d.slug === p.slug) ? (true as const) : undefined;

  return { id, slug: p.slug, title: p.title, need: p.needs[0]?.need ?? "", fields, words, phones, faxes, ...(general ? { general } : {}), ...(local ? { local } : {}) };
}

// The number itself is matched through its digits (see query.ts); the words around it are text.
function phoneText(n: PhoneNumber): string {
  return [n.label, n.extension ? `内線${n.extension}` : undefined, n.note].filter(Boolean).join(" ");
}

function callable(n: PhoneNumber, d: Desk, tier: Tier): SearchPhone {
  return defined({ number: n.number, extension: n.extension, note: n.note, whom: n.whom, tier, ...deskChannels(d) });
}

/** A desk's ways in besides the call, as a search result offers them beside its number. */
export const deskChannels = (d: Desk): Pick<SearchPhone, "fax" | "email" | "form"> => defined({ fax: faxNumber(d)?.number, email: d.email, form: d.form });

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
