import type { Thing, WithContext } from "schema-dts";
import { serializeJsonLd } from "@/lib/site/json-ld";

/** Structured data for search engines, typed by schema-dts; a data block, so the CSP never runs it. */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
