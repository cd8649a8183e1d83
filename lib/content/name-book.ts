import type { Areas, NameEntry } from "./schema";

/**
 * One lookup of what content says about a name: its reading and its English.
 * Desks' names and notes come from content/names/, municipalities and regions
 * from content/areas/; validation has made sure every desk's have what the
 * pages need.
 */
export type NameInfo = { reading?: string; en?: string };
export type NameBook = ReadonlyMap<string, NameInfo>;

export function nameBook(names: readonly NameEntry[], areas: Pick<Areas, "municipalities" | "regions">): NameBook {
  const book = new Map<string, NameInfo>(names.map((n) => [n.name, { reading: n.reading, en: n.en }]));
  for (const p of [...areas.municipalities, ...areas.regions]) book.set(p.name, { reading: p.reading, en: p.en });
  return book;
}
