import { getAllPrograms } from "@/lib/content/api";
import { contactsCsv } from "@/lib/open-data/programs";
import { csvResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";

export function GET() {
  return csvResponse(contactsCsv(getAllPrograms()), "contacts.csv");
}
