import { getAllPrograms, getNeed, getNeeds, getSettings } from "@/lib/content/api";
import { needFeed } from "@/lib/open-data/feed";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getNeeds().map((n) => ({ slug: n.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const need = getNeed((await params).slug);
  if (!need) return new Response("Not Found", { status: 404 });
  return new Response(needFeed(need, getAllPrograms(), getSettings()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
