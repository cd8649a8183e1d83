import { contactName } from "@/lib/content/contact-names";
import type { Program } from "@/lib/content/load";
import { phoneDigits } from "@/lib/content/phone";
import type { Confirmation, Hours, Phone } from "@/lib/content/schema";
import { normalize } from "@/lib/search/normalize";
import { phoneWordDigits, queryWords } from "@/lib/search/query-words";

/**
 * Every number on the site in one list: each 担当窓口 and each office or
 * venue with a phone, merged where several programs share the same desk.
 * How the page groups them (by need, by area) is lib/phone-book/groups.ts.
 */
export type PhoneBookEntry = {
  id: string;
  /** A program's desk (its contacts) or one of its offices or venues. */
  kind: "desk" | "office";
  name: string;
  role?: string;
  organization?: string;
  location?: string;
  address?: string;
  municipality?: string;
  tel: Phone[];
  fax?: string;
  hours?: Hours;
  note?: string;
  /** Content's record of who confirmed these numbers, when there is one. */
  confirmed?: Confirmation;
  programs: { slug: string; title: string }[];
  /** The needs (content/needs/ slugs) its programs serve, in their order. */
  needs: string[];
  /** Normalised text the filter matches against (names, places, programs, needs). */
  haystack: string;
  /** Every phone and fax number as digits, for number queries however typed. */
  digits: string[];
};

type EntryFields = Omit<PhoneBookEntry, "id" | "programs" | "needs" | "haystack" | "digits">;

export function buildPhoneBook(programs: Program[], needLabels: ReadonlyMap<string, string> = new Map()): PhoneBookEntry[] {
  const entries = new Map<string, PhoneBookEntry>();
  const add = (e: EntryFields, program: Program) => {
    const key = `${e.kind}|${e.name}|${e.tel.map((t) => `${t.number}/${t.extension ?? ""}`).join(",")}|${e.fax ?? ""}`;
    const entry = entries.get(key) ?? { ...e, id: "", programs: [], needs: [], haystack: "", digits: [] };
    entries.set(key, entry);
    if (!entry.programs.some((p) => p.slug === program.slug)) entry.programs.push({ slug: program.slug, title: program.title });
    for (const n of program.categories) if (!entry.needs.includes(n)) entry.needs.push(n);
  };
  for (const p of programs) {
    for (const c of p.contacts) {
      add({ kind: "desk", name: contactName(c), role: c.role, organization: c.organization, location: c.location, tel: c.tel, fax: c.fax, hours: c.hours, note: c.note, confirmed: c.confirmed }, p);
    }
    for (const o of p.offices ?? []) {
      if (!o.tel?.length) continue;
      add({ kind: "office", name: o.name, address: o.address, municipality: o.municipality, tel: o.tel, fax: o.fax, hours: o.hours, note: o.note, confirmed: o.confirmed }, p);
    }
  }
  return [...entries.values()].map((e, i) => ({
    ...e,
    id: `entry-${i + 1}`,
    haystack: normalize(
      [e.organization, e.name, e.location, e.address, e.municipality, e.note, ...e.tel.map((t) => t.label), ...e.programs.map((p) => p.title), ...e.needs.map((n) => needLabels.get(n))]
        .filter(Boolean)
        .join(" "),
    ),
    digits: [...e.tel.map((t) => phoneDigits(t.number)), ...(e.fax ? [phoneDigits(e.fax)] : [])],
  }));
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
