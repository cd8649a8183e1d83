import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { getAllPrograms } from "@/lib/content/api";
import { englishEdition, SITE_NAME_EN, SITE_TAGLINE_EN } from "@/lib/site/english";
import { ENGLISH_PATH } from "@/lib/site/paths";

export const metadata: Metadata = {
  title: { default: `${SITE_NAME_EN} | ${SITE_TAGLINE_EN}`, template: `%s | ${SITE_NAME_EN}` },
};

/** The site's policies and data, which are in Japanese only. */
const FOOTER_LINKS = [
  ["/about", "About this site and disclaimer"],
  ["/accessibility", "Accessibility policy"],
  ["/data", "Open data"],
] as const;

/**
 * The English part of the site (/en): its own skip link, header, <main> and
 * footer in English, inside the root layout, which gives these pages
 * <html lang="en"> (components/site-frame). The Japanese header's search and
 * menu work in Japanese only, so they are not offered here; the header says
 * where the Japanese site is instead.
 */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  const editions = [...new Set(getAllPrograms().map((p) => englishEdition(p.source)))].join(", ");
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="border-b-4 border-brand bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 px-4 py-1 md:py-3">
          <p className="m-0">
            <InternalLink href={ENGLISH_PATH} className="inline-flex min-h-11 items-center text-lg font-bold text-ink no-underline md:text-xl">
              {SITE_NAME_EN}
            </InternalLink>
          </p>
          <nav aria-label="Language">
            <InternalLink href="/" lang="ja" hrefLang="ja" className="inline-flex min-h-11 items-center font-bold">
              日本語
            </InternalLink>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 outline-none sm:py-8">
        {children}
      </main>
      <footer className="mt-16 border-t border-line-soft bg-surface">
        <div className="mx-auto max-w-5xl px-4 py-8 text-sm">
          <p className="m-0 font-bold">{SITE_NAME_EN}</p>
          <p className="mt-2">
            Written in English from Aomori Prefecture&apos;s guidebook of support for small and medium-sized businesses (
            <span lang="ja">中小企業支援ガイドブック</span>, {editions}, section III). Numbers, hours and the state of each program come from that edition, or from the
            desk&apos;s later check where the Japanese page of the program gives its date; ask the desk for the latest. Where the English and the Japanese differ,
            the Japanese is right.
          </p>
          <ul className="mt-2 mb-0 flex list-none flex-wrap gap-x-4 p-0">
            <li>
              <InternalLink href="/" lang="ja" hrefLang="ja" className="inline-flex min-h-11 items-center">
                日本語のサイト
              </InternalLink>
            </li>
            {FOOTER_LINKS.map(([href, label]) => (
              <li key={href}>
                <InternalLink href={href} hrefLang="ja" className="inline-flex min-h-11 items-center">
                  {label} (in Japanese)
                </InternalLink>
              </li>
            ))}
          </ul>
        </div>
      </footer>
    </>
  );
}
