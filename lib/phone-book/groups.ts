import type { Need } from "@/lib/content/model";
import type { Areas } from "@/lib/content/schema";
import type { PhoneBookEntry } from "./entries";

/**
 * How the phone book is arranged for a caller: by what the desk is for (one
 * group per need, in the needs' display order, with the desks of its
 * programs) and by where it is (one group per region of content/areas/, with
 * the offices and venues there). A desk serving several needs is in each of
 * their groups, so whichever way a caller looks, theirs is there. The offices
 * of a need's programs are listed with the need too, but shown there only once
 * a municipality is chosen and only when near it (components/phone-book).
 */
export type PhoneBookGroup = {
  id: string;
  title: string;
  /** The need in an owner's words, or the municipalities of the region. */
  description?: string;
  /** Entries always shown in this group, in order. */
  entryIds: string[];
  /** Need groups only: offices shown first when near the chosen municipality. */
  localIds: string[];
  /** Area groups only: the region's id (content/areas/). */
  region?: string;
};

export type PhoneBookLayout = { byNeed: PhoneBookGroup[]; byArea: PhoneBookGroup[] };

/** Offices whose municipality is not among content/areas/ (or not given) still get a group, so nothing is left out. */
export const ELSEWHERE = "elsewhere";

export function phoneBookLayout(entries: PhoneBookEntry[], needs: Pick<Need, "slug" | "label" | "need">[], areas: Pick<Areas, "regions" | "municipalities">): PhoneBookLayout {
  const desks = entries.filter((e) => e.desk.kind === "contact");
  const offices = entries.filter((e) => e.desk.kind === "office");
  const byNeed = needs.flatMap((n): PhoneBookGroup[] => {
    const own = desks.filter((e) => e.needs.includes(n.slug)).map((e) => e.id);
    const local = offices.filter((e) => e.needs.includes(n.slug)).map((e) => e.id);
    return own.length || local.length ? [{ id: `need-${n.slug}`, title: n.label, description: n.need, entryIds: own, localIds: local }] : [];
  });
  const regionOf = (e: PhoneBookEntry) => e.desk.municipality?.region ?? ELSEWHERE;
  const towns = (region: string) => areas.municipalities.filter((m) => m.region === region).map((m) => m.name).join("・");
  const byArea = [...areas.regions.map((r) => ({ id: r.id, title: r.name, description: towns(r.id) })), { id: ELSEWHERE, title: "そのほかの事務所・会場", description: undefined }].flatMap(
    (r): PhoneBookGroup[] => {
      const ids = offices.filter((e) => regionOf(e) === r.id).map((e) => e.id);
      return ids.length ? [{ id: `area-${r.id}`, title: r.title, description: r.description, entryIds: ids, localIds: [], region: r.id }] : [];
    },
  );
  return { byNeed, byArea };
}
