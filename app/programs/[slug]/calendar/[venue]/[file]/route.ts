import { calendarFiles, sessionsForFile } from "@/lib/calendar/paths";
import { programCalendarText } from "@/lib/calendar/program-calendar";
import { getAllPrograms, getProgram } from "@/lib/content/api";
import { buildDay } from "@/lib/site/build-day";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Made once, at build time: the day of the build decides which sessions are still to come (lib/calendar/paths.ts). */
const builtOn = buildDay();

export function generateStaticParams() {
  return calendarFiles(getAllPrograms(), builtOn);
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; venue: string; file: string }> }) {
  const { slug, venue, file } = await params;
  const program = getProgram(slug);
  const sessions = program ? sessionsForFile(program, venue, file, builtOn) : undefined;
  if (!program || !sessions) return new Response("Not Found", { status: 404 });
  return new Response(programCalendarText(program, sessions), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-${venue}-${file}"`,
    },
  });
}
