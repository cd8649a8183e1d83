import { phoneDigits } from "@/lib/phone/number";
import { absoluteUrl, publicUrl } from "@/lib/site/config";

/** The one place a program's or a need's address is spelled out; pages, feeds, data and tests all ask here. */
export const programPath = (slug: string) => `/programs/${slug}`;
export const needPath = (slug: string) => `/needs/${slug}`;
/**
 * The printable FAX sheet of a program for one FAX number of its desks
 * (app/programs/[slug]/fax/[number]): named by the number it is addressed to,
 * so it stays put when desks are reordered or added, and goes when the number
 * changes rather than print a number that is no longer right.
 */
export const faxSheetPath = (slug: string, fax: string) => `${programPath(slug)}/fax/${phoneDigits(fax)}`;
/** Every program in やさしい日本語 on one page, each at its own anchor (the program's file name). */
export const EASY_PATH = "/easy";
export const easyPath = (slug: string) => `${EASY_PATH}#${slug}`;
/** The programs in English. */
export const ENGLISH_PATH = "/en";
export const englishProgramPath = (slug: string) => `${ENGLISH_PATH}/programs/${slug}`;

/**
 * A program page's address as shared, reported and listed in data and feeds:
 * the full URL when the site's origin is configured, else the path.
 */
export const programUrl = (slug: string) => publicUrl(programPath(slug));

/** The full URL, or undefined without a configured origin: for what must be absolute (a printed QR code, a calendar's URL). */
export const programAbsoluteUrl = (slug: string) => absoluteUrl(programPath(slug));
