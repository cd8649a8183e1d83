import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/config";

/** Everything here is public and meant to be found; the sitemap is named only when the build knows its public address. */
export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl("/sitemap.xml");
  return { rules: { userAgent: "*", allow: "/" }, ...(sitemap ? { sitemap } : {}) };
}
