import { getAllPrograms } from "@/lib/content/api";
import { officesStandardCsv } from "@/lib/open-data/offices-standard";

export const dynamic = "force-static";

export function GET() {
  return new Response(officesStandardCsv(getAllPrograms()), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": 'attachment; filename="offices-standard.csv"' },
  });
}
