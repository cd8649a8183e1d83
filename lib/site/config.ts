/**
 * Site-wide settings in one place. SITE_URL is the public origin used for
 * canonical URLs, the sitemap and structured data; it is configuration, not
 * something the pages ever fetch.
 */
export const SITE_NAME = "あおもり支援ナビ";
export const SITE_TAGLINE = "青森県の中小企業支援を、困りごとから探せます";
export const SITE_DESCRIPTION =
  "青森県の中小企業・小規模事業者向けの相談窓口、専門家派遣、情報提供の制度を、事業承継・省エネ・創業などの困りごとから探せます。担当窓口の電話番号にそのまま電話できます。";
export const SITE_URL = (process.env.SITE_URL ?? "https://shien-navi.example.jp").replace(/\/$/, "");

/** A site path as the full public URL, for places that need one (sitemap, JSON-LD). */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path === "/" ? "/" : path}`;
}

/** Where a visitor reports a wrong number: the repository's "new issue" page (NEXT_PUBLIC_ISSUES_URL overrides it at build time; the prefix lets Next inline it into client components too). */
export const ISSUES_URL = process.env.NEXT_PUBLIC_ISSUES_URL ?? "https://github.com/aomori-shien-navi/aomori-shien-navi/issues/new";
