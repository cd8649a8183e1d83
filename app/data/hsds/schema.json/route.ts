import schema from "@/lib/open-data/hsds/schema.json";
import { jsonResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";

/** Our JSON Schema of the HSDS objects published here, so that a consumer can validate the files as our tests do. */
export function GET() {
  return jsonResponse(schema, "application/schema+json; charset=utf-8");
}
