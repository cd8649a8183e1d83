"use client";

import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { SearchEngine, SearchOutcome } from "@/lib/search/engine";
import type { SearchIndexInfo } from "@/lib/search/types";

export type SearchState = { outcome?: SearchOutcome; pending: boolean; failed: boolean };

const DEBOUNCE_MS = 80;

/**
 * Search as you type. The engine (and FlexSearch with it) is imported only
 * when `warm` is first called, on focus or the first keystroke, never on page
 * load. Answers to an older keystroke that arrive late are dropped.
 */
export function useSearch(info: SearchIndexInfo | null, limit: number, relatedLimit: number) {
  const [state, setState] = useState<SearchState>({ pending: false, failed: false });
  const engine = useRef<Promise<SearchEngine> | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const warm = useCallback(() => {
    if (!engine.current) {
      engine.current = info
        ? import("@/lib/search/client").then((m) => m.openSearchEngine(info))
        : Promise.reject(new Error("search index missing: run npm run build"));
      engine.current.catch(() => {
        engine.current = null;
      });
    }
    return engine.current;
  }, [info]);

  const run = useCallback(
    async (query: string, n: number) => {
      const id = ++latest.current;
      if (!query.trim()) {
        setState({ pending: false, failed: false });
        return;
      }
      setState((s) => ({ ...s, pending: true }));
      try {
        const outcome = await (await warm()).search(query, n, relatedLimit);
        // Rendered as a transition: a long list of cards is drawn in slices, so neither typing nor the page's first moments wait for it.
        if (id === latest.current) startTransition(() => setState({ outcome, pending: false, failed: false }));
      } catch {
        if (id === latest.current) setState({ pending: false, failed: true });
      }
    },
    [relatedLimit, warm],
  );

  /** Searches after a short pause in typing; `now` skips the pause (Enter, a first load with ?q=). */
  const search = useCallback(
    (query: string, { now = false, n = limit }: { now?: boolean; n?: number } = {}) => {
      clearTimeout(timer.current);
      warm().catch(() => undefined);
      if (now) void run(query, n);
      else timer.current = setTimeout(() => void run(query, n), DEBOUNCE_MS);
    },
    [limit, run, warm],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return { state, search, warm };
}
