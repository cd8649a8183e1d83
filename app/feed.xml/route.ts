import { getAllPrograms, getSettings } from "@/lib/content/api";
import { siteFeed } from "@/lib/open-data/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(siteFeed(getAllPrograms(), getSettings()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
