import { getAllPrograms, getAreas } from "@/lib/content/api";
import { hsdsServices } from "@/lib/open-data/hsds/export";
import { jsonResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(hsdsServices(getAllPrograms(), getAreas()));
}
