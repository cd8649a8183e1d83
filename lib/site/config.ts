/**
 * Site-wide settings in one place. SITE_URL is the public origin used for
 * canonical URLs, the sitemap and structured data; it is configuration, not
 * something the pages ever fetch.
 */
export const SITE_NAME = "あおもり支援ナビ";
export const SITE_TAGLINE = "青森県の中小企業支援を、困りごとから探せます";
export const SITE_URL = (process.env.SITE_URL ?? "https://shien-navi.example.jp").replace(/\/$/, "");
