/**
 * How much a content file and each kind of field may hold. A page is read on
 * a phone: the limits are well above anything the guidebook needs (the
 * longest title today is 47 characters, the longest body about 2,800) and far
 * below what would make a page unreadable or a build slow. The file limit is
 * checked before a file is read at all, so a huge file costs nothing.
 */
export const LIMITS = {
  /** Bytes of one file under content/. */
  fileBytes: 100 * 1024,
  /** Characters of a body. */
  body: 20_000,
  /** A program's, the flow's or the list's title. */
  title: 100,
  /** One-sentence explanations: summary, a need's description. */
  summary: 120,
  /** Names and labels: organisation, department, office, venue, link label, document… */
  name: 60,
  /** Very short labels shown on buttons and in lists: a need's label, a municipality, a relation. */
  label: 20,
  /** Notes, audience, cost, a detail's value, a box item, an address. */
  note: 200,
  /** A program's summary in やさしい日本語: at most six short sentences (lib/content/easy-japanese.ts). */
  easy: 400,
  /** English says in about three times the characters what Japanese says: a program's summary, and its audience or cost. */
  englishSummary: 1600,
  englishNote: 800,
  /** A file name referred to (categories, related, generalDesks). */
  slug: 60,
  /** A URL. */
  url: 500,
  /** A fact's value as a review record quotes it, before and after a change (a venue with all its dates, a detail). */
  fact: 1000,
  /** An owner's word (words). */
  word: 40,
  /** [ and { opened inside one another in the front matter: a list of lists is already more than any field needs. */
  flowNesting: 8,
} as const;
