"use client";

import type { InputHTMLAttributes } from "react";
import { Button } from "@/components/button";

/**
 * The search form itself, shared by the header box and the results page: a
 * real GET form to /search, so it works before the page has hydrated and
 * without JavaScript. `onSearch` is not called while an IME is composing, so
 * a half-typed かな is never searched for; it fires again when composition ends.
 */
export function QueryForm({
  id,
  query,
  large = false,
  className = "",
  onInput,
  onSearch,
  onSubmit,
  inputProps,
}: {
  /** Base id: the input is `${id}-q` and is described by `${id}-status`. */
  id: string;
  query: string;
  large?: boolean;
  className?: string;
  onInput: (value: string) => void;
  onSearch: (value: string) => void;
  /** Enter or the button, with the words in the box. */
  onSubmit: (query: string) => void;
  inputProps?: Pick<InputHTMLAttributes<HTMLInputElement>, "aria-controls" | "onFocus" | "onKeyDown">;
}) {
  return (
    <form
      role="search"
      aria-label="サイト内検索"
      action="/search"
      method="get"
      className={`flex gap-2 ${className}`.trim()}
      onSubmit={(e) => {
        e.preventDefault();
        // What the box shows, not the state: in the moment after hydration the two can differ (words typed earlier are taken up a tick later).
        onSubmit(String(new FormData(e.currentTarget).get("q") ?? ""));
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        制度名・困りごと・電話番号で検索
      </label>
      <input
        {...inputProps}
        id={`${id}-q`}
        type="search"
        name="q"
        value={query}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
        placeholder="例: 後継ぎがいない、017-734-9243"
        aria-describedby={`${id}-status`}
        className={`w-full min-w-0 flex-1 rounded-md border-2 border-line bg-white px-3 placeholder:text-ink-muted ${large ? "min-h-12 text-lg" : "min-h-11 text-base"}`}
        onChange={(e) => {
          onInput(e.target.value);
          if (!(e.nativeEvent as InputEvent).isComposing) onSearch(e.target.value);
        }}
        onCompositionEnd={(e) => onSearch(e.currentTarget.value)}
      />
      <Button type="submit" variant="primary" size={large ? "large" : "normal"} className="min-w-11 shrink-0">
        検索
      </Button>
    </form>
  );
}
