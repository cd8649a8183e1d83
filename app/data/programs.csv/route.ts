import { getAllPrograms } from "@/lib/content/api";
import { programsCsv } from "@/lib/open-data/programs";
import { csvResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";

export function GET() {
  return csvResponse(programsCsv(getAllPrograms()), "programs.csv");
}
