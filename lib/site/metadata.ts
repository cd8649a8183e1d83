import type { Metadata } from "next";
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from "./config";
import { SITE_NAME_EN, SITE_TAGLINE_EN } from "./english";

/**
 * Every page's title, description, canonical URL and Open Graph tags from one
 * call. Next replaces a parent's `openGraph` wholesale rather than merging it,
 * so the site-wide fields are repeated here instead of relying on the layout.
 * A canonical URL and og:url are claims about where the page lives: they are
 * given only when the origin is configured (the layout's metadataBase makes
 * the paths absolute); without it Next would make them up from localhost.
 * `index: false` asks search engines not to list the page (the finder's many combinations).
 * `languages`: the same page in each language (hreflang), by language code, the
 * page's own included; like the canonical URL, given only with a configured origin.
 * `english`: a page of the English part of the site (/en).
 */
type PageFacts = { title?: string; description: string; path: string; index?: boolean; languages?: Record<string, string>; english?: boolean };

export function pageMetadata(page: PageFacts): Metadata {
  return pageMetadataOn(SITE_URL, page);
}

/** The same for a given origin (undefined: none configured). */
export function pageMetadataOn(origin: string | undefined, { title, description, path, index = true, languages, english = false }: PageFacts): Metadata {
  const siteName = english ? SITE_NAME_EN : SITE_NAME;
  return {
    ...(title ? { title } : {}),
    // a page left out of search engines still passes them on to the pages it links to
    ...(index ? {} : { robots: { index: false, follow: true } }),
    description,
    ...(origin ? { alternates: { canonical: path, ...(languages ? { languages } : {}) } } : {}),
    openGraph: {
      type: "website",
      siteName,
      locale: english ? "en_US" : "ja_JP",
      title: title ?? (english ? `${SITE_NAME_EN} | ${SITE_TAGLINE_EN}` : `${SITE_NAME}｜${SITE_TAGLINE}`),
      description,
      ...(origin ? { url: path } : {}),
    },
  };
}
