"use client";

import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { Place } from "@/lib/areas/nearest";

/**
 * What the browser-side helpers on a page share: Japanese holidays for the
 * open-now status, the municipalities for "nearest first", and the visitor's
 * chosen municipality, kept on this device only (localStorage).
 */
type LocalData = { holidays: ReadonlySet<string>; municipalities: Place[] };
const Context = createContext<LocalData>({ holidays: new Set(), municipalities: [] });

export function LocalContextProvider({ holidays, municipalities, children }: { holidays: string[]; municipalities: Place[]; children: ReactNode }) {
  const value = useMemo(() => ({ holidays: new Set(holidays), municipalities }), [holidays, municipalities]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useHolidays = () => useContext(Context).holidays;
export const useMunicipalities = () => useContext(Context).municipalities;

/** Where the chosen municipality is kept (tests set it directly). */
export const MUNICIPALITY_KEY = "aomori-shien-navi:municipality";
const EVENT = "aomori-shien-navi:municipality";

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function read(): string | null {
  try {
    return window.localStorage.getItem(MUNICIPALITY_KEY);
  } catch {
    return null; // storage disabled: the site works without it
  }
}

export function setChosenMunicipality(name: string | null) {
  try {
    if (name) window.localStorage.setItem(MUNICIPALITY_KEY, name);
    else window.localStorage.removeItem(MUNICIPALITY_KEY);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  window.dispatchEvent(new Event(EVENT));
}

/**
 * The chosen municipality's name, or undefined (always undefined during server
 * rendering). Needs no provider: a part that was given, at build time, what to
 * show for each municipality looks the name up and needs nothing else.
 */
export function useChosenMunicipalityName(): string | undefined {
  return useSyncExternalStore(subscribe, read, () => null) ?? undefined;
}

/** The chosen municipality, or undefined (always undefined during server rendering). */
export function useChosenMunicipality(): Place | undefined {
  const name = useChosenMunicipalityName();
  const all = useMunicipalities();
  return name ? all.find((m) => m.name === name) : undefined;
}
