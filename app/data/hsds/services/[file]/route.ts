import { getAllPrograms, getAreas } from "@/lib/content/api";
import { hsdsService, hsdsServiceFile, serviceId } from "@/lib/open-data/hsds/export";
import { jsonResponse } from "@/lib/open-data/response";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One file per program, named by its service id (HSDS's GET /services/{id}). */
export function generateStaticParams() {
  return getAllPrograms().map((p) => ({ file: hsdsServiceFile(serviceId(p.slug)) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const programs = getAllPrograms();
  const program = programs.find((p) => hsdsServiceFile(serviceId(p.slug)) === file);
  if (!program) return new Response("Not Found", { status: 404 });
  return jsonResponse(hsdsService(program, programs, getAreas()));
}
