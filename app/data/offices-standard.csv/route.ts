import { getAllPrograms } from "@/lib/content/api";
import { officesStandardCsv } from "@/lib/open-data/offices-standard";
import { csvResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";

export function GET() {
  return csvResponse(officesStandardCsv(getAllPrograms()), "offices-standard.csv");
}
