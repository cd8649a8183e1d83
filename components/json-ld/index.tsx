import { serializeJsonLd } from "@/lib/site/json-ld";

/** Structured data for search engines; a data block, so the CSP never runs it. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
