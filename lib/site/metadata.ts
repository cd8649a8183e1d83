import type { Metadata } from "next";
import { SITE_NAME, SITE_TAGLINE } from "./config";

/**
 * Every page's title, description, canonical URL and Open Graph tags from one
 * call. Next replaces a parent's `openGraph` wholesale rather than merging it,
 * so the site-wide fields are repeated here instead of relying on the layout.
 * Paths are relative; the layout's metadataBase (SITE_URL) makes them absolute.
 * `index: false` asks search engines not to list the page (the finder's many combinations).
 */
export function pageMetadata({ title, description, path, index = true }: { title?: string; description: string; path: string; index?: boolean }): Metadata {
  return {
    ...(title ? { title } : {}),
    // a page left out of search engines still passes them on to the pages it links to
    ...(index ? {} : { robots: { index: false, follow: true } }),
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: "ja_JP",
      title: title ?? `${SITE_NAME}｜${SITE_TAGLINE}`,
      description,
      url: path,
    },
  };
}
