import { getAllPrograms, getAreas } from "@/lib/content/api";
import { hsdsOrganizations } from "@/lib/open-data/hsds/export";
import { jsonResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(hsdsOrganizations(getAllPrograms(), getAreas()));
}
