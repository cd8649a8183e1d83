import { OFFICE_WEEK, clock, type Weekday } from "./hours";
import type { NameBook } from "./name-book";
import { callNumbers, contactShortName, faxNumber, type Desk } from "./model";
import type { Hours } from "./schema";

/**
 * A desk as the English pages show it: its names in English from the names
 * table, with the Japanese beside them (the desks answer in Japanese, so a
 * reader needs the name to say or show), its hours said in English from the
 * same structure the Japanese sentence is made from, and exactly the same
 * numbers. Validation has checked that every name and note has its English;
 * a name without one (a test's content) shows in Japanese rather than not at all.
 */
export type EnglishPhone = { number: string; extension?: string; whom: string; label?: Bilingual; note?: string };
export type Bilingual = { en: string; ja: string };
export type EnglishDesk = {
  /** In full, and in Japanese as the desk's name is written. */
  name: Bilingual;
  /** Its most specific part (a contact's department and group), and the body it belongs to when that is another. */
  shortName: string;
  organization?: string;
  role?: string;
  location?: Bilingual;
  note?: string;
  municipality?: string;
  /** As written in Japanese: an address is written to be read by the post and by a map. */
  address?: string;
  hours?: string;
  phones: EnglishPhone[];
  fax?: string;
};

export const ROLE_EN: Record<NonNullable<Desk["role"]>, string> = {
  担当窓口: "Desk in charge",
  申込先: "Apply here",
  問い合わせ先: "Enquiries",
  事務局: "Secretariat",
};

const english = (book: NameBook, ja: string): string => book.get(ja)?.en ?? ja;
const bilingual = (book: NameBook, ja: string): Bilingual => ({ en: english(book, ja), ja });

export function englishDesk(desk: Desk, book: NameBook): EnglishDesk {
  const parts = desk.kind === "contact" ? [desk.organization, desk.department, desk.group].filter((p): p is string => Boolean(p)) : [desk.name];
  const name = { en: parts.map((p) => english(book, p)).join(", "), ja: desk.name };
  // Whom a number reaches, for "Call …": its label, else the desk's most specific name (contactShortName's rule).
  const short = desk.kind === "contact" ? contactShortName({ organization: desk.organization ?? "", department: desk.department, group: desk.group }).split(" ").map((p) => english(book, p)).join(", ") : name.en;
  const fax = faxNumber(desk);
  const organization = desk.organization ? english(book, desk.organization) : undefined;
  return {
    name,
    shortName: short,
    organization: organization && organization !== short && !short.startsWith(organization) ? organization : undefined,
    role: desk.role && desk.role !== "担当窓口" ? ROLE_EN[desk.role] : undefined,
    location: desk.location ? bilingual(book, desk.location) : undefined,
    note: desk.note ? english(book, desk.note) : undefined,
    municipality: desk.municipality?.en,
    address: desk.address,
    hours: desk.hours ? englishHours(desk.hours, book) : undefined,
    phones: callNumbers(desk).map((n) => ({
      number: n.number,
      extension: n.extension,
      whom: n.label ? english(book, n.label) : short,
      label: n.label ? bilingual(book, n.label) : undefined,
      note: n.note ? english(book, n.note) : undefined,
    })),
    fax: fax?.number,
  };
}

const DAY: Record<Weekday, string> = { 月: "Mon", 火: "Tue", 水: "Wed", 木: "Thu", 金: "Fri", 土: "Sat", 日: "Sun" };

/** 「平日 8:30～17:15（土日・祝日・年末年始は休業）」 in English: "Mon–Fri 8:30–17:15; closed on public holidays and the year-end and New Year holidays". */
export function englishHours(h: Hours, book: NameBook): string {
  const days = h.days ? OFFICE_WEEK.filter((d) => h.days?.includes(d)) : undefined;
  const closures = [
    ...(h.closedOn?.includes("祝日") ? ["public holidays"] : []),
    // as the guidebook says it, without dates: it gives none (the open-now status's own span is a working assumption, not a fact to print)
    ...(h.closedOn?.includes("年末年始") ? ["the year-end and New Year holidays"] : []),
    ...(h.otherClosures ?? []).map((c) => english(book, c)),
  ];
  const when = days ? `${daysText(days)} ` : "";
  const closed = closures.length ? `; closed on ${listed(closures)}` : "";
  const note = h.note ? `. ${english(book, h.note)}` : "";
  return `${when}${clock(h.open)}–${clock(h.close)}${closed}${note}`;
}

function daysText(days: Weekday[]): string {
  if (days.length === OFFICE_WEEK.length) return "Every day";
  const first = OFFICE_WEEK.indexOf(days[0]);
  const contiguous = days.every((d, i) => OFFICE_WEEK.indexOf(d) === first + i);
  return contiguous && days.length >= 3 ? `${DAY[days[0]]}–${DAY[days[days.length - 1]]}` : days.map((d) => DAY[d]).join(", ");
}

const listed = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
