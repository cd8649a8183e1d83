import { getAllPrograms } from "@/lib/content/api";
import { programsJson } from "@/lib/open-data/programs";
import { buildDay } from "@/lib/site/build-day";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${JSON.stringify(programsJson(getAllPrograms(), buildDay()), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
