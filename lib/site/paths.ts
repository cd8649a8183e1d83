import { absoluteUrl } from "@/lib/site/config";

/** The one place a program's or a need's address is spelled out; pages, feeds, data and tests all ask here. */
export const programPath = (slug: string) => `/programs/${slug}`;
export const needPath = (slug: string) => `/needs/${slug}`;

/** A program page's public URL, as printed, shared and listed in feeds. */
export const programUrl = (slug: string) => absoluteUrl(programPath(slug));
