import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/config";
import { siteRoutes } from "@/lib/site/routes";

/**
 * A sitemap lists absolute URLs only. Without a configured origin there is no
 * true one to give, so the file is an empty, valid list (and robots.txt does
 * not point at it) rather than a list of invented addresses.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return siteRoutes().flatMap((r) => {
    const url = absoluteUrl(r.path);
    return url ? [{ url, lastModified: r.lastModified }] : [];
  });
}
