import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/config";

/** Everything here is public and meant to be found. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
