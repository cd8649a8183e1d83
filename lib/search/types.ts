import type { DeskTable } from "@/lib/areas/desk-table";
import type { PhoneNumber } from "@/lib/content/model";

/**
 * The shapes shared by the index build (Node) and the search engine (browser).
 * Types only: importing this file pulls no code into a bundle.
 */

/**
 * Where a match was found, best first. The index stores each program under a
 * token at the best tier the token occurs in, and ranking adds the tiers of
 * the terms, so a title match outranks a summary match outranks the program's
 * own desk outranks a mention in the body or in another desk's list.
 */
export const TIER = { title: 0, summary: 1, contact: 2, other: 3 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];
export const TIER_COUNT = 4;

/**
 * Owners' words: the program's own (content/programs/*.md `words`), those of
 * the need it answers first, and those of its other needs. Never shown; read
 * by the forgiving search only.
 */
export const WORD_TIER = { own: 0, need: 1, otherNeed: 2 } as const;
export type WordTier = (typeof WORD_TIER)[keyof typeof WORD_TIER];

/** A number a visitor can call from a result. */
export type SearchPhone = {
  number: string;
  extension?: string;
  note?: string;
  /** Whom the call reaches, for the link's accessible name. */
  whom: string;
  /** TIER.contact for the program's own desk, TIER.other for an office or venue it lists. */
  tier: Tier;
  /** The same desk's FAX, e-mail address and form, offered beside the number (components/desk-channels). */
  fax?: string;
  email?: string;
  form?: string;
};

/** One program as the search sees it: what it shows and what it matches. */
export type SearchDoc = {
  id: number;
  slug: string;
  title: string;
  /** The need (困りごと) the program answers first. */
  need: string;
  /** Searchable text by tier, as shown on the page; fields[0] is the title, fields[1] the summary. */
  fields: [Tier, string][];
  /** Owners' words for the program and its needs, one entry each: what the forgiving search matches besides the text. */
  words: [WordTier, string][];
  /** Callable numbers, the main contact first. */
  phones: SearchPhone[];
  /** FAX numbers: found by a search, never offered as a call. */
  faxes: string[];
  /** One of the general desks (content/flow/ generalDesks): first for a query that names no problem in particular. */
  general?: true;
  /** For a program with local offices: the office to call from each municipality (desk-table.ts), for the visitor's remembered one. */
  local?: LocalDesks;
};

/** A DeskTable without its main desk, which is phones[0]. */
export type LocalDesks = Omit<DeskTable, "main">;

/** What a page needs to know to open the index; written by scripts/build-search-index.ts. */
export type SearchIndexInfo = {
  /** URL path of the content-hashed index folder, ending in "/". */
  base: string;
  format: number;
  docs: number;
  shards: number;
  docsPerChunk: number;
};

/** The desk a search offers when nothing matches: the general consultation program (よろず支援拠点). */
export type GeneralDesk = { slug: string; phone: PhoneNumber; title: string; summary: string; channels: Pick<SearchPhone, "fax" | "email" | "form"> };
