"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/button";
import { searchUrl } from "@/components/search-box";
import { QueryForm } from "@/components/search-box/query-form";
import { useSearch } from "@/components/search-box/use-search";
import { EnglishPointer, foundNothing, NoResults, RelatedHits, SearchHitList, searchStatus } from "@/components/search-results";
import { looksEnglish } from "@/lib/search/english-query";
import type { GeneralDesk, SearchIndexInfo } from "@/lib/search/types";

const PAGE = 20;
const RELATED = 10;

/**
 * The results page. The address always says what is shown (?q=…), so a
 * search can be shared, bookmarked and reloaded; typing replaces the entry
 * rather than adding one per keystroke.
 */
type Props = { info: SearchIndexInfo | null; desk: GeneralDesk | null; children?: ReactNode };

export function SearchPage(props: Props) {
  const initial = useSearchParams().get("q") ?? "";
  return <SearchForm {...props} initial={initial} />;
}

/**
 * The form and the results under it. Results are computed in the browser
 * after load (the query is in the address, the index is fetched on demand), so
 * the part they fill is a screen tall from the first paint: whatever they
 * amount to — a long list, a single card, the advice for nothing found — they
 * appear in space already there, and nothing visible moves (the footer starts
 * below the first screen). `children` (what to do without JavaScript) sit at
 * its top.
 */
export function SearchForm({ info, desk, initial, children }: Props & { initial: string }) {
  const id = useId();
  const [query, setQuery] = useState(initial);
  const [limit, setLimit] = useState(PAGE);
  const { state, search } = useSearch(info, PAGE, RELATED);
  const started = useRef(false);

  useEffect(() => {
    if (started.current || !initial.trim()) return;
    started.current = true;
    search(initial, { now: true });
  }, [initial, search]);

  const update = (q: string, now = false) => {
    setLimit(PAGE);
    window.history.replaceState(null, "", searchUrl(q));
    search(q, { now, n: PAGE });
  };

  const outcome = query.trim() ? state.outcome : undefined;
  return (
    <>
      <QueryForm
        id={id}
        query={query}
        large
        className="mt-4"
        onInput={setQuery}
        onSearch={(q) => update(q)}
        onSubmit={(q) => {
          setQuery(q);
          update(q, true);
        }}
      />
      <p className="mt-2 text-sm text-ink-muted">制度名、困りごと（「ガス代が高い」「人が集まらない」のような言い方でも）、窓口の名前、電話番号（一部でも可）で探せます。</p>

      <div className="min-h-screen">
        {children}
        <p id={`${id}-status`} role="status" className="mt-6 font-bold">
          {query.trim() ? searchStatus(outcome, state.pending, state.failed) : ""}
        </p>
        {outcome && looksEnglish(query) ? <EnglishPointer /> : null}
        {outcome?.hits.length ? (
          <div className="mt-3">
            <SearchHitList hits={outcome.hits} headingLevel={2} />
            {outcome.total > outcome.hits.length ? (
              <p className="mt-4">
                <Button
                  variant="outline"
                  onClick={() => {
                    setLimit(limit + PAGE);
                    search(query, { now: true, n: limit + PAGE });
                  }}
                >
                  さらに表示する
                </Button>
              </p>
            ) : null}
          </div>
        ) : null}
        {outcome ? <RelatedHits id={`${id}-related`} hits={outcome.related} page /> : null}
        {foundNothing(outcome) ? (
          <div className="mt-3">
            <NoResults desk={desk} />
          </div>
        ) : null}
      </div>
    </>
  );
}
