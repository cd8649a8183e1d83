import { contactName } from "@/lib/content/contact-names";
import type { Program } from "@/lib/content/load";
import { phoneDigits } from "@/lib/content/phone";
import type { Hours, Phone } from "@/lib/content/schema";
import { normalize } from "@/lib/search/normalize";
import { phoneWordDigits, queryWords } from "@/lib/search/query-words";

/**
 * Every number on the site in one list: each 担当窓口 and each office or
 * venue with a phone, merged where several programs share the same desk, and
 * grouped by the organisation that answers.
 */
export type PhoneBookEntry = {
  id: string;
  name: string;
  role?: string;
  location?: string;
  address?: string;
  municipality?: string;
  tel: Phone[];
  fax?: string;
  hours?: Hours;
  note?: string;
  programs: { slug: string; title: string }[];
  /** Normalised text the filter matches against (names, places, programs). */
  haystack: string;
  /** Every phone and fax number as digits, for number queries however typed. */
  digits: string[];
};

export type PhoneBookGroup = { name: string; entries: PhoneBookEntry[] };

export function buildPhoneBook(programs: Program[]): PhoneBookGroup[] {
  const groups = new Map<string, Map<string, PhoneBookEntry>>();
  const add = (group: string, e: Omit<PhoneBookEntry, "id" | "programs" | "haystack" | "digits">, program: Program) => {
    const key = `${e.name}|${e.tel.map((t) => `${t.number}/${t.extension ?? ""}`).join(",")}|${e.fax ?? ""}`;
    const entries = groups.get(group) ?? new Map<string, PhoneBookEntry>();
    groups.set(group, entries);
    const existing = entries.get(key);
    if (existing) {
      if (!existing.programs.some((p) => p.slug === program.slug)) existing.programs.push({ slug: program.slug, title: program.title });
      return;
    }
    entries.set(key, { ...e, id: "", programs: [{ slug: program.slug, title: program.title }], haystack: "", digits: [] });
  };
  for (const p of programs) {
    for (const c of p.contacts) {
      add(c.organization, { name: contactName(c), role: c.role, location: c.location, tel: c.tel, fax: c.fax, hours: c.hours, note: c.note }, p);
    }
    for (const o of p.offices ?? []) {
      if (!o.tel?.length) continue;
      add(p.officesTitle ?? "事務所・会場", { name: o.name, address: o.address, municipality: o.municipality, tel: o.tel, fax: o.fax, hours: o.hours, note: o.note }, p);
    }
  }
  let n = 0;
  return [...groups].map(([name, entries]) => ({
    name,
    entries: [...entries.values()].map((e) => ({
      ...e,
      id: `entry-${++n}`,
      haystack: normalize(
        [name, e.name, e.location, e.address, e.municipality, e.note, ...e.tel.map((t) => t.label), ...e.programs.map((p) => p.title)]
          .filter(Boolean)
          .join(" "),
      ),
      digits: [...e.tel.map((t) => phoneDigits(t.number)), ...(e.fax ? [phoneDigits(e.fax)] : [])],
    })),
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
