"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { LinkList } from "@/components/link-list";

export type MenuItem = { href: string; label: string };

const BUTTON =
  "inline-flex min-h-11 min-w-11 cursor-pointer list-none items-center gap-2 rounded-md border-2 border-brand bg-white px-3 font-bold text-brand hover:bg-brand-soft [&::-webkit-details-marker]:hidden";
const PANEL = "absolute inset-x-0 top-full z-20 border-b-4 border-brand bg-white px-4 pb-3 shadow-[0_8px_16px_rgba(0,0,0,0.15)]";

const subscribe = () => () => {};

/**
 * The phone's navigation behind one "メニュー" button (md and up show the
 * header's own horizontal list instead). A disclosure: the button says whether
 * it is open (aria-expanded) and which list it opens (aria-controls); Escape
 * closes it and returns focus to the button, as does a tap outside it or
 * following one of its links. The server's HTML, and so a browser without
 * JavaScript, has a <details> of the same look in its place, which opens the
 * same list without any script; after hydration the button replaces it.
 */
export function SiteMenu({ items }: { items: MenuItem[] }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) {
    return (
      <details className="md:hidden">
        <summary className={BUTTON}>
          <MenuIcon />
          メニュー
        </summary>
        <nav aria-label="メインメニュー" className={PANEL}>
          <MenuList items={items} />
        </nav>
      </details>
    );
  }
  return <MenuDisclosure items={items} />;
}

function MenuDisclosure({ items }: { items: MenuItem[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const pathname = usePathname();
  const [shownAt, setShownAt] = useState(pathname);
  if (shownAt !== pathname) {
    // A new page: the menu that led there is done with.
    setShownAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div className="md:hidden">
      <button ref={button} type="button" className={BUTTON} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <MenuIcon open={open} />
        {/* The name stays the same; aria-expanded says whether it is open. */}
        メニュー
      </button>
      <nav id={id} ref={panel} aria-label="メインメニュー" className={`${PANEL} ${open ? "" : "hidden"}`.trim()}>
        <MenuList items={items} onFollow={() => setOpen(false)} />
      </nav>
    </div>
  );
}

function MenuList({ items, onFollow }: { items: MenuItem[]; onFollow?: () => void }) {
  return <LinkList links={items} className="divide-y divide-line-soft" linkClassName="flex min-h-12 items-center font-bold" onFollow={onFollow} />;
}

function MenuIcon({ open = false }: { open?: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
      {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  );
}
