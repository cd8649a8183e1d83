import { getAllPrograms } from "@/lib/content/api";
import { programsJson } from "@/lib/open-data/programs";
import { jsonResponse } from "@/lib/open-data/response";
import { buildDay } from "@/lib/site/build-day";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(programsJson(getAllPrograms(), buildDay()));
}
