import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EnglishDesks, JapaneseOnlyNote } from "@/components/english-desk";
import { InternalLink } from "@/components/internal-link";
import { PageSection } from "@/components/page-section";
import { SummaryList } from "@/components/summary-list";
import { getNameBook } from "@/lib/content/api";
import { contactDesks, officeDesks } from "@/lib/content/model";
import { englishDate, englishEdition } from "@/lib/site/english";
import { pageMetadata } from "@/lib/site/metadata";
import { englishProgramPath, ENGLISH_PATH, programPath } from "@/lib/site/paths";
import { programParams, routeProgram, type ProgramRouteProps } from "@/lib/site/routes";

export const dynamicParams = false;

export const generateStaticParams = programParams;

export async function generateMetadata(props: ProgramRouteProps): Promise<Metadata> {
  const program = await routeProgram(props);
  if (!program) return {};
  const path = englishProgramPath(program.slug);
  return pageMetadata({
    title: program.en.title,
    description: program.en.audience ? `${program.en.title}. For: ${program.en.audience}` : program.en.title,
    path,
    languages: { en: path, ja: programPath(program.slug) },
    english: true,
  });
}

/**
 * A program in English: what it is, who can use it and what it costs, as
 * content's English says, then every desk with the same numbers as the
 * Japanese page, hours in English and FAX.
 */
export default async function EnglishProgramPage(props: ProgramRouteProps) {
  const program = await routeProgram(props);
  if (!program) notFound();
  const book = getNameBook();
  const offices = officeDesks(program);
  return (
    <article>
      <p className="m-0">
        <InternalLink href={ENGLISH_PATH}>All programs in English</InternalLink>
      </p>
      <h1 className="mt-3 text-xl leading-snug font-bold sm:text-3xl">{program.en.title}</h1>
      <p className="mt-1 text-ink-muted">
        In Japanese:{" "}
        <InternalLink href={programPath(program.slug)} lang="ja" hrefLang="ja">
          {program.title}
        </InternalLink>
      </p>
      <p className="mt-4 sm:text-lg">{program.en.summary}</p>
      <SummaryList
        className="mt-4"
        rows={[
          { key: "Who it is for", value: program.en.audience ?? <span className="text-ink-muted">The guidebook names no particular group.</span> },
          { key: "Cost", value: program.en.cost ?? <span className="text-ink-muted">The guidebook says nothing about cost; ask the desk.</span> },
        ]}
      />
      <JapaneseOnlyNote className="mt-6" />
      <PageSection id="desks" title="Desk to contact" className="mt-8" headingClassName="mb-3 text-xl font-bold">
        <EnglishDesks desks={contactDesks(program)} book={book} />
      </PageSection>
      {offices.length ? (
        <PageSection id="offices" title="Offices and places" className="mt-8" headingClassName="mb-3 text-xl font-bold">
          <EnglishDesks desks={offices} book={book} />
        </PageSection>
      ) : null}
      <footer className="mt-10 border-t border-line-soft pt-4 text-sm text-ink-muted">
        <p>
          Source: <span lang="ja">{program.source.document}</span> (Aomori Prefecture), {englishEdition(program.source)}, section III, item {program.source.number}.
        </p>
        <p>
          Page updated: <time dateTime={program.updated}>{englishDate(program.updated)}</time>
        </p>
      </footer>
    </article>
  );
}
