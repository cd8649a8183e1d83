import { reiwaYear } from "@/lib/content/edition";
import type { WrittenPhone } from "@/lib/phone/format";

/**
 * The words the English pages (/en) are made of besides content's own:
 * the site's name, the guidebook's edition, dates and phone numbers as an
 * English reader writes them. Content's English (a program's `en`, the names
 * table) is the rest.
 */
export const SITE_NAME_EN = "Aomori Shien Navi";
export const SITE_TAGLINE_EN = "Support programs for small and medium-sized businesses in Aomori Prefecture, in English";

/** 「令和5年度版」 as "FY2023 (Reiwa 5) edition". */
export function englishEdition(source: { fiscalYear: number }): string {
  return `FY${source.fiscalYear} (Reiwa ${reiwaYear(source.fiscalYear)}) edition`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2026-12-01 → "1 Dec 2026". */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 0172-52-2111 ext. 641: the extension is asked for from the operator, in Japanese 「内線641」. */
export function englishPhoneText(phone: WrittenPhone): string {
  return phone.extension ? `${phone.number} ext. ${phone.extension}` : phone.number;
}

/** A call link's name: exactly what is on screen, then whom the call reaches. */
export function englishCallName(phone: WrittenPhone, whom: string): string {
  return `${englishPhoneText(phone)}, call ${whom}`;
}
