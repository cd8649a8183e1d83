import { callNumbers, type Desk, type Program } from "@/lib/content/model";
import { freshest, type Freshness } from "@/lib/content/reviews";
import { phoneDigits } from "@/lib/phone/number";
import { normalize } from "@/lib/search/normalize";
import { phoneWordDigits, queryWords } from "@/lib/search/query-words";

/**
 * Every number on the site in one list: each 担当窓口 and each office or
 * venue with a phone, merged where several programs share the same desk.
 * How the page groups them (by need, by area) is lib/phone-book/groups.ts.
 */
export type PhoneBookEntry = {
  id: string;
  /** The desk as the first of its programs lists it. */
  desk: Desk;
  programs: { slug: string; title: string }[];
  /** The needs (content/needs/ slugs) its programs serve, in their order. */
  needs: string[];
  /** Normalised text the filter matches against (names, places, programs, needs). */
  haystack: string;
  /** Every phone and fax number as digits, for number queries however typed. */
  digits: string[];
  /** How current its facts are: the most recent check among its programs (lib/content/reviews.ts). */
  freshness: Freshness;
};

export function buildPhoneBook(programs: Program[]): PhoneBookEntry[] {
  const shared = new Map<string, { desk: Desk; programs: Program[] }>();
  for (const program of programs) {
    for (const desk of program.desks.filter((d) => callNumbers(d).length)) {
      const key = [desk.kind, desk.name, ...desk.phones.map((n) => `${n.type}:${n.number}/${n.extension ?? ""}`)].join("|");
      const entry = shared.get(key) ?? shared.set(key, { desk, programs: [] }).get(key)!;
      if (!entry.programs.includes(program)) entry.programs.push(program);
    }
  }
  return [...shared.values()].map(({ desk: d, programs: of }, i) => {
    const needs = of.flatMap((p) => p.needs).filter((n, k, all) => all.findIndex((m) => m.slug === n.slug) === k);
    const words = [d.organization, d.name, d.location, d.address, d.municipality?.name, d.note, ...d.phones.map((n) => n.label), ...of.map((p) => p.title), ...needs.map((n) => n.label)];
    const programs = of.map((p) => ({ slug: p.slug, title: p.title }));
    const freshness = freshest(of.map((p) => p.freshness))!;
    return { id: `entry-${i + 1}`, desk: d, programs, needs: needs.map((n) => n.slug), haystack: normalize(words.filter(Boolean).join(" ")), digits: d.phones.map((n) => phoneDigits(n.number)), freshness };
  });
}

/**
 * Does an entry match what the visitor typed? Every word must match; digits
 * match numbers however they were typed, spaces included (0178 51 9593), as
 * the site's search reads them (lib/search/query.ts).
 */
export function matchesFilter(entry: Pick<PhoneBookEntry, "haystack" | "digits">, query: string): boolean {
  return queryWords(normalize(query).trim()).every((w) => {
    const digits = phoneWordDigits(w);
    if (digits && digits.length >= 3) return entry.digits.some((d) => d.includes(digits));
    return entry.haystack.includes(w);
  });
}
