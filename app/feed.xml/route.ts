import { getAllPrograms } from "@/lib/content/api";
import { programsFeed } from "@/lib/open-data/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(programsFeed(getAllPrograms()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
