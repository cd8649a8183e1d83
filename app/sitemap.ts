import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/config";
import { siteRoutes } from "@/lib/site/routes";

export default function sitemap(): MetadataRoute.Sitemap {
  return siteRoutes().map((r) => ({ url: absoluteUrl(r.path), lastModified: r.lastModified }));
}
