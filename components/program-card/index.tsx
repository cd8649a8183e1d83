import { Freshness } from "@/components/freshness";
import { InternalLink } from "@/components/internal-link";
import { deskTable } from "@/lib/areas/desk-table";
import { mainCall, type DeskCall } from "@/lib/areas/local-desk";
import { getAreas } from "@/lib/content/api";
import type { Program } from "@/lib/content/model";
import { programPath } from "@/lib/site/paths";
import { DeskLines } from "./desk-lines";
import { RememberedDesks } from "./remembered-desks";
import { PageSection } from "@/components/page-section";

/**
 * Which desk a card offers to call:
 * - "remembered": the office near the municipality this browser remembers,
 *   chosen after the page has loaded (need listings); the main desk before that and without JavaScript;
 * - a DeskCall: that one, known when the page is built (the finder's result for a municipality);
 * - "main" (default): the program's main desk.
 * Whatever is shown first, the main desk follows when it is another.
 * Cards showing hours need a LocalContextProvider above them for the holidays of the open-now line.
 */
export type CardDesk = "main" | "remembered" | DeskCall;

/**
 * A program in a listing. The number to call is on the card itself so a
 * visitor who already knows what they need can call without opening the page.
 */
export function ProgramCard({ program, headingLevel = 3, desk = "main" }: { program: Program; headingLevel?: 2 | 3; desk?: CardDesk }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-lg border border-line p-4 sm:p-5" data-program={program.slug}>
      <Heading className="text-lg leading-snug font-bold">
        <InternalLink href={programPath(program.slug)} className="inline-block py-1">
          {program.title}
        </InternalLink>
      </Heading>
      <p className="mt-2">{program.summary}</p>
      <p className="mt-2 flex flex-wrap gap-2 text-sm">
        <span className="sr-only">当てはまる困りごと:</span>
        {program.needs.map((n) => (
          <span key={n.slug} className="rounded-full bg-surface px-3 py-0.5">
            {n.label}
          </span>
        ))}
      </p>
      <CardDesks program={program} desk={desk} />
      <Freshness freshness={program.freshness} className="mt-2" />
    </article>
  );
}

function CardDesks({ program, desk }: { program: Program; desk: CardDesk }) {
  const main = mainCall(program);
  if (desk === "remembered") {
    const table = deskTable(program, getAreas().municipalities);
    // only a program with local offices needs the browser to choose
    return table.desks.length ? <RememberedDesks slug={program.slug} table={table} /> : <DeskLines slug={program.slug} main={main} />;
  }
  const local = desk === "main" || desk.match === "main" ? undefined : desk;
  return <DeskLines slug={program.slug} local={local} main={main} />;
}

export function ProgramList({ programs, headingLevel = 3, desk }: { programs: (Program | { program: Program; desk: DeskCall })[]; headingLevel?: 2 | 3; desk?: CardDesk }) {
  return (
    <ul className="m-0 grid list-none gap-4 p-0 md:grid-cols-2">
      {programs.map((item) => {
        const [p, d] = "program" in item ? [item.program, item.desk] : [item, desk];
        return (
          <li key={p.slug}>
            <ProgramCard program={p} headingLevel={headingLevel} desk={d} />
          </li>
        );
      })}
    </ul>
  );
}

/** What the general desks are, where a page lists them apart (the source: ワンストップ, 売上拡大や資金繰り等). */
export const DESKS_INTRO = "経営の悩みをまとめて相談できる窓口です。どこに相談すればよいか迷うときは、まずこちらへ。";

/** A listing under a heading of its own (h2, the cards h3), with a line saying what it is; nothing when empty. */
export function ProgramSection({
  id,
  title,
  intro,
  programs,
  desk,
}: {
  id: string;
  title: string;
  intro?: string;
  programs: (Program | { program: Program; desk: DeskCall })[];
  desk?: CardDesk;
}) {
  if (!programs.length) return null;
  return (
    <PageSection id={id} title={title}>
      {intro ? <p className="mt-2">{intro}</p> : null}
      <div className="mt-4">
        <ProgramList programs={programs} desk={desk} />
      </div>
    </PageSection>
  );
}
