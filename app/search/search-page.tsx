"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { searchUrl } from "@/components/search-box";
import { useSearch } from "@/components/search-box/use-search";
import { NoResults, SearchHitList, searchStatus } from "@/components/search-results";
import type { GeneralDesk, SearchIndexInfo } from "@/lib/search/types";

const PAGE = 20;

/**
 * The results page. The address always says what is shown (?q=…), so a
 * search can be shared, bookmarked and reloaded; typing replaces the entry
 * rather than adding one per keystroke.
 */
export function SearchPage({ info, desk }: { info: SearchIndexInfo | null; desk: GeneralDesk | null }) {
  const initial = useSearchParams().get("q") ?? "";
  return <SearchForm info={info} desk={desk} initial={initial} />;
}

export function SearchForm({ info, desk, initial }: { info: SearchIndexInfo | null; desk: GeneralDesk | null; initial: string }) {
  const id = useId();
  const [query, setQuery] = useState(initial);
  const [limit, setLimit] = useState(PAGE);
  const { state, search } = useSearch(info, PAGE);
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
      <form
        role="search"
        aria-label="サイト内検索"
        action="/search"
        method="get"
        className="mt-4 flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          update(query, true);
        }}
      >
        <label htmlFor={`${id}-q`} className="sr-only">
          制度名・困りごと・電話番号で検索
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={query}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          placeholder="例: 事業承継、017-734-9243"
          aria-describedby={`${id}-status`}
          className="min-h-12 w-full min-w-0 flex-1 rounded-md border-2 border-line bg-white px-3 text-lg placeholder:text-ink-muted"
          onChange={(e) => {
            setQuery(e.target.value);
            if (!(e.nativeEvent as InputEvent).isComposing) update(e.target.value);
          }}
          onCompositionEnd={(e) => update(e.currentTarget.value)}
        />
        <button type="submit" className="min-h-12 min-w-11 shrink-0 rounded-md bg-brand px-5 font-bold text-white hover:bg-brand-dark">
          検索
        </button>
      </form>
      <p className="mt-2 text-sm text-ink-muted">制度名、困りごと、窓口の名前、電話番号（一部でも可）で探せます。</p>

      <p id={`${id}-status`} role="status" className="mt-6 font-bold">
        {query.trim() ? searchStatus(outcome, state.pending, state.failed) : ""}
      </p>
      {outcome?.hits.length ? (
        <div className="mt-3">
          <SearchHitList hits={outcome.hits} headingLevel={2} />
          {outcome.total > outcome.hits.length ? (
            <p className="mt-4">
              <button
                type="button"
                className="min-h-11 rounded-md border-2 border-brand px-4 font-bold text-brand hover:bg-brand-soft"
                onClick={() => {
                  setLimit(limit + PAGE);
                  search(query, { now: true, n: limit + PAGE });
                }}
              >
                さらに表示する
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {outcome && !outcome.query.tooShort && !outcome.total ? (
        <div className="mt-3">
          <NoResults desk={desk} />
        </div>
      ) : null}
    </>
  );
}
