import type { Metadata } from "next";
import { EnglishDesks, JapaneseOnlyNote } from "@/components/english-desk";
import { InternalLink } from "@/components/internal-link";
import { getAllPrograms, getNameBook } from "@/lib/content/api";
import { contactDesks } from "@/lib/content/model";
import { pageMetadata } from "@/lib/site/metadata";
import { englishProgramPath, ENGLISH_PATH } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "Support programs in English",
  description: "The 21 support programs of Aomori Prefecture for small and medium-sized businesses, in English, with the desk to call, its hours and FAX.",
  path: ENGLISH_PATH,
  languages: { en: ENGLISH_PATH, ja: "/programs" },
  english: true,
});

/** Every program in English, each with its own desks and numbers, so a reader can call from the list. */
export default function EnglishIndexPage() {
  const programs = getAllPrograms();
  const book = getNameBook();
  return (
    <>
      <h1 className="text-2xl leading-snug font-bold sm:text-3xl">Support programs for small businesses in Aomori Prefecture</h1>
      <p className="mt-3 sm:text-lg">
        Aomori Prefecture and the bodies it works with offer {programs.length} programs of information, consultation and expert advice for small and
        medium-sized businesses. Each program below has its desk and phone number; open a program for what it offers, who can use it and all its desks.
      </p>
      <p className="mt-2">
        <InternalLink href="/programs" lang="ja" hrefLang="ja">
          制度の一覧（日本語）
        </InternalLink>
      </p>
      <JapaneseOnlyNote className="mt-4" />
      <ol className="mt-8 grid list-none gap-8 p-0">
        {programs.map((p) => (
          <li key={p.slug}>
            <article aria-labelledby={`program-${p.slug}`} data-program={p.slug}>
              <h2 id={`program-${p.slug}`} className="text-xl leading-snug font-bold">
                <InternalLink href={englishProgramPath(p.slug)} className="inline-block py-1">
                  {p.en.title}
                </InternalLink>
              </h2>
              <p className="m-0 text-ink-muted" lang="ja">
                {p.title}
              </p>
              {p.en.audience ? (
                <p className="mt-2">
                  <span className="font-bold">Who it is for:</span> {p.en.audience}
                </p>
              ) : null}
              <div className="mt-3">
                <EnglishDesks desks={contactDesks(p)} book={book} />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
