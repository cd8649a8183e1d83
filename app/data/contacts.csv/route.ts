import { getAllPrograms } from "@/lib/content/api";
import { contactsCsv } from "@/lib/open-data/programs";

export const dynamic = "force-static";

export function GET() {
  return new Response(contactsCsv(getAllPrograms()), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": 'attachment; filename="contacts.csv"' },
  });
}
