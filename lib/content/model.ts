import type { Flow, Need } from "./load";
import type { Freshness, Review } from "./reviews";
import type { Areas, Confirmation, Contact, Hours, Municipality, NameEntry, ProgramFrontMatter, Settings } from "./schema";

/**
 * A program as every page, table, list and export sees it: its needs
 * resolved, and all its contacts and offices as one list of desks, each with
 * its numbers and whom each number reaches. Made once from validated content
 * (resolve.ts, called by api.ts); nothing outside lib/content reads
 * `contacts` or `offices`, or looks a need up by its slug, again. Types and
 * small helpers only, so browser code may import it.
 */

/** One number of a desk, after HSDS's phone: the number with its type, extension and description. */
export type PhoneNumber = {
  type: "voice" | "fax";
  /** As written and checked: 017-734-9243. */
  number: string;
  extension?: string;
  /** Whom it reaches when that is not the desk itself, as the file says (tel[].label): 黒石市商工課. */
  label?: string;
  /** 直通, and the like. */
  note?: string;
  /** Whom it reaches, for 「…に電話をかける」: its label, else the desk's short name. The one rule. */
  whom: string;
  /** Where it is written: contacts[0].tel[1].number, offices[2].fax. */
  field: string;
};

/** One place an owner can reach: a contact (担当窓口・申込先・問い合わせ先・事務局) or an office or venue of a program. */
export type Desk = {
  kind: "contact" | "office";
  /** Where it is written in the program's file, as a path (["contacts", 0]) and as text (contacts[0]). */
  path: ["contacts" | "offices", number];
  field: string;
  /** A contact's; an office has none (its table is headed by the program's officesTitle). */
  role?: Contact["role"];
  /** In full: 青森県商工労働部 地域産業課 創業支援グループ, or the office's name. */
  name: string;
  /** The most specific part of the name: 地域産業課 創業支援グループ. */
  shortName: string;
  /** A contact's organization, department, group and the building it sits in (２１あおもり産業総合支援センター内). */
  organization?: string;
  department?: string;
  group?: string;
  location?: string;
  /** An office's address and its municipality in content/areas/ (validation refuses one not there). */
  address?: string;
  municipality?: Municipality;
  hours?: Hours;
  note?: string;
  /** Content's record of who confirmed this desk's numbers, and how. */
  confirmed?: Confirmation;
  /** Voice numbers in the file's order, then the fax. */
  phones: PhoneNumber[];
  /** Where the desk takes a consultation without a voice call besides its FAX: an e-mail address (the address only) and a web form (https). */
  email?: string;
  form?: string;
};

export type Program = Omit<ProgramFrontMatter, "categories" | "contacts" | "offices"> & {
  slug: string;
  /** Markdown body, without front-matter. */
  body: string;
  /** Path relative to the project root. */
  file: string;
  /** The needs it serves (`categories`), in the file's order: the first is the one it answers first. */
  needs: Need[];
  /** Its contacts, then its offices and venues, in the file's order: the first is its main desk. */
  desks: Desk[];
  /**
   * Its last review (reviews[] of its file, the latest date), of any edition:
   * when its facts were last checked, how and by which department — HSDS's
   * assured_date. Undefined while nothing but the guidebook vouches for them.
   */
  review?: Review;
  /** When its facts are next due to be checked (YYYY-MM-DD): nextReview, else 1 April after the last review's edition, or after the guidebook's. */
  reviewDue: string;
  /** How current its facts are in the site's current edition: what the line beside its number says (reviews.ts freshnessText). */
  freshness: Freshness;
};

/** Programs in guidebook order (source.number), needs in display order (order). */
export type SiteContent = {
  programs: Program[];
  needs: Need[];
  flow: Flow;
  areas: Areas;
  /** Where a visitor who does not know where to go is sent, in flow's order (generalDesks): the first is the main one. */
  generalDesks: Program[];
  /** The current edition: the fiscal year whose facts staff are checking now (content/settings/). */
  settings: Settings;
  /** Readings and English of desks' names and notes (content/names/); places' are in areas. */
  names: NameEntry[];
};

type Desks = Pick<Program, "desks">;

/** The numbers to call, in the file's order. */
export const callNumbers = (desk: Pick<Desk, "phones">): PhoneNumber[] => desk.phones.filter((n) => n.type === "voice");
export const faxNumber = (desk: Pick<Desk, "phones">): PhoneNumber | undefined => desk.phones.find((n) => n.type === "fax");
/** The program's own desk: its first contact (a program has at least one, with a number). */
export const mainDesk = (program: Desks): Desk => program.desks[0];
/** The number a page offers first: the main desk's first. */
export const mainNumber = (program: Desks): PhoneNumber => callNumbers(mainDesk(program))[0];
export const contactDesks = (program: Desks): Desk[] => program.desks.filter((d) => d.kind === "contact");
export const officeDesks = (program: Desks): Desk[] => program.desks.filter((d) => d.kind === "office");
/** Every phone and fax number of the program, its desks in order. */
export const allNumbers = (program: Desks): PhoneNumber[] => program.desks.flatMap((d) => d.phones);
/** Each FAX number of the program once, with the first desk that gives it: one FAX sheet each (desks sharing a FAX share its sheet). */
export function faxDesks(program: Desks): { fax: PhoneNumber; desk: Desk }[] {
  const sheets: { fax: PhoneNumber; desk: Desk }[] = [];
  for (const desk of program.desks) {
    const fax = faxNumber(desk);
    if (fax && !sheets.some((s) => s.fax.number === fax.number)) sheets.push({ fax, desk });
  }
  return sheets;
}
/** An object without its undefined keys: only what the file has, and nothing more in a page's payload. */
export const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
export const servesNeed = (program: Pick<Program, "needs">, slug: string): boolean => program.needs.some((n) => n.slug === slug);

export { contactName, contactShortName } from "./contact-names";
export type { Need, Flow };
