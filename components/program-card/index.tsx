import { InternalLink } from "@/components/internal-link";
import { PhoneLink } from "@/components/phone-link";
import { getNeed } from "@/lib/content/api";
import { contactName, contactShortName } from "@/lib/content/contact-names";
import type { Program } from "@/lib/content/load";
import { programPath } from "@/lib/site/paths";

/**
 * A program in a listing. The main desk's number is on the card itself so a
 * visitor who already knows what they need can call without opening the page.
 */
export function ProgramCard({ program, headingLevel = 3 }: { program: Program; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const main = program.contacts[0];
  return (
    <article className="rounded-lg border border-line p-4 sm:p-5">
      <Heading className="text-lg leading-snug font-bold">
        <InternalLink href={programPath(program.slug)} className="inline-block py-1">
          {program.title}
        </InternalLink>
      </Heading>
      <p className="mt-2">{program.summary}</p>
      <p className="mt-2 flex flex-wrap gap-2 text-sm">
        <span className="sr-only">当てはまる困りごと:</span>
        {program.categories.map((slug) => (
          <span key={slug} className="rounded-full bg-surface px-3 py-0.5">
            {getNeed(slug)?.label}
          </span>
        ))}
      </p>
      <div className="mt-3 border-t border-line-soft pt-2 text-sm">
        <span className="block text-ink-muted">{contactName(main)}</span>
        <PhoneLink phone={main.tel[0]} whom={main.tel[0].label ?? contactShortName(main)} />
      </div>
    </article>
  );
}

export function ProgramList({ programs, headingLevel = 3 }: { programs: Program[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="m-0 grid list-none gap-4 p-0 md:grid-cols-2">
      {programs.map((p) => (
        <li key={p.slug}>
          <ProgramCard program={p} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
