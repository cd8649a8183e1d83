import { getAllPrograms } from "@/lib/content/api";
import { programsJson } from "@/lib/open-data/programs";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${JSON.stringify(programsJson(getAllPrograms()), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
