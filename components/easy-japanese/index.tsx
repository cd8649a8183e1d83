"use client";

import { useId, useState, useSyncExternalStore, type ReactNode } from "react";
import { InternalLink } from "@/components/internal-link";

const neverChanges = () => () => {};

/**
 * 「やさしい日本語」 on a program page: a button that shows the program's
 * summary in やさしい日本語 in place, under it (a disclosure: aria-expanded,
 * aria-controls). The summary is in the page's HTML, hidden, so furigana
 * cover it too. Without JavaScript there is no button to press: the control
 * is a link to the program on the page of all programs in やさしい日本語.
 */
export function EasyJapaneseToggle({ href, children }: { href: string; children: ReactNode }) {
  const id = useId();
  const hydrated = useSyncExternalStore(neverChanges, () => true, () => false);
  const [open, setOpen] = useState(false);
  const control = "inline-flex min-h-11 items-center rounded-md border-2 border-brand px-3 font-bold";
  return (
    <div className="contents">
      {hydrated ? (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          className={`${control} cursor-pointer ${open ? "bg-brand text-white" : "bg-white text-brand hover:bg-brand-soft"}`}
        >
          やさしい日本語
        </button>
      ) : (
        <InternalLink href={href} className={`${control} bg-white no-underline hover:bg-brand-soft`}>
          やさしい日本語
        </InternalLink>
      )}
      <div id={id} hidden={!open} className="order-last w-full">
        {children}
      </div>
    </div>
  );
}
