"use client";

import type { ReactNode } from "react";
import { useSelectedLayoutSegment } from "next/navigation";
import { ENGLISH_PATH } from "@/lib/site/paths";

/**
 * The site is Japanese but for its English pages (/en), which have their own
 * header, footer and skip link (app/en/layout.tsx). The root layout cannot
 * know which page it wraps, but the router can, on the server as in the
 * browser: so the document's language and the Japanese chrome are chosen here,
 * and every page's HTML is built with the right <html lang> for screen readers
 * and search engines.
 */
const ENGLISH_SEGMENT = ENGLISH_PATH.slice(1);
const useEnglish = () => useSelectedLayoutSegment() === ENGLISH_SEGMENT;

export function SiteHtml({ children }: { children: ReactNode }) {
  return <html lang={useEnglish() ? "en" : "ja"}>{children}</html>;
}

/** The Japanese pages' skip link, header, <main> and footer around a page; an English page brings its own. */
export function SiteFrame({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  if (useEnglish()) return children;
  return (
    <>
      {header}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 outline-none sm:py-8">
        {children}
      </main>
      {footer}
    </>
  );
}
