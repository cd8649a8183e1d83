import type { Metadata } from "next";
import { SITE_NAME, SITE_TAGLINE } from "./config";

/**
 * Every page's title, description, canonical URL and Open Graph tags from one
 * call. Next replaces a parent's `openGraph` wholesale rather than merging it,
 * so the site-wide fields are repeated here instead of relying on the layout.
 * Paths are relative; the layout's metadataBase (SITE_URL) makes them absolute.
 */
export function pageMetadata({ title, description, path }: { title?: string; description: string; path: string }): Metadata {
  return {
    ...(title ? { title } : {}),
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
