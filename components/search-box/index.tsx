"use client";

import { InternalLink } from "@/components/internal-link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { EnglishPointer, foundNothing, NoResults, RelatedHits, SearchHitList, searchStatus } from "@/components/search-results";
import { looksEnglish } from "@/lib/search/english-query";
import type { GeneralDesk, SearchIndexInfo } from "@/lib/search/types";
import { QueryForm } from "./query-form";
import { useSearch } from "./use-search";

const PREVIEW = 5;
/** Related programs shown under the exact ones in the preview; the results page shows more. */
const PREVIEW_RELATED = 3;

export function searchUrl(query: string): string {
  return query.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : "/search";
}

/**
 * The header's search box, on every page but /search (which has its own).
 * Typing shows the first few results under the box, each with its number to
 * call; Enter opens the full results page. It starts afresh on each page, so
 * a result left open never follows the visitor to the page they chose.
 */
export function SearchBox(props: { info: SearchIndexInfo | null; desk: GeneralDesk | null }) {
  const pathname = usePathname();
  if (pathname === "/search") return null;
  return <HeaderSearch key={pathname} {...props} />;
}

function HeaderSearch({ info, desk }: { info: SearchIndexInfo | null; desk: GeneralDesk | null }) {
  const id = useId();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const { state, search, warm } = useSearch(info, PREVIEW, PREVIEW_RELATED);
  const outcome = query.trim() ? state.outcome : undefined;
  const status = query.trim() ? searchStatus(outcome, state.pending, state.failed) : "";

  // Words typed before the page's scripts arrived (they load after the first paint) are in the box but were
  // never seen by React: taken up, and searched, once it has attached. The box is read again when they are
  // taken up: a letter typed in between has reached React already, and the words as first read would undo it.
  useEffect(() => {
    const box = document.getElementById(`${id}-q`) as HTMLInputElement | null;
    if (!box?.value.trim()) return;
    const later = setTimeout(() => {
      const typed = box.value;
      if (!typed.trim()) return;
      setQuery(typed);
      setOpen(true);
      search(typed);
    }, 0);
    return () => clearTimeout(later);
  }, [id, search]);

  return (
    <div className="mt-1 mb-2">
      <QueryForm
        id={id}
        query={query}
        onInput={(value) => {
          setQuery(value);
          setOpen(true);
        }}
        onSearch={search}
        onSubmit={(q) => router.push(searchUrl(q))}
        inputProps={{
          "aria-controls": `${id}-panel`,
          onFocus: () => {
            warm().catch(() => undefined);
            setOpen(true);
          },
          onKeyDown: (e) => {
            if (e.key === "Escape") setOpen(false);
          },
        }}
      />
      <p id={`${id}-status`} role="status" className="mt-1 text-sm font-bold">
        {open ? status : ""}
      </p>
      <div id={`${id}-panel`} hidden={!open || !query.trim()}>
        {outcome && looksEnglish(query) ? <EnglishPointer /> : null}
        {outcome && (outcome.hits.length || outcome.related.length) ? (
          <div className="mt-2 rounded-lg bg-surface p-2">
            {outcome.hits.length ? <SearchHitList hits={outcome.hits} /> : null}
            <RelatedHits id={`${id}-related`} hits={outcome.related} />
            <p className="mt-2">
              <InternalLink href={searchUrl(query)} className="inline-flex min-h-11 items-center font-bold">
                {outcome.total > outcome.hits.length ? `すべての結果（${outcome.totalIsExact ? "" : "約"}${outcome.total}件）を見る` : "結果のページを開く"}
              </InternalLink>
            </p>
          </div>
        ) : null}
        {foundNothing(outcome) ? (
          <div className="mt-2">
            <NoResults desk={desk} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
