"use client";

import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { Place } from "@/lib/areas/nearest";
import { deviceSetting } from "@/lib/site/device-setting";

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
const chosen = deviceSetting(MUNICIPALITY_KEY);

export const setChosenMunicipality = (name: string | null) => chosen.write(name);

/**
 * The chosen municipality's name, or undefined (always undefined during server
 * rendering). Needs no provider: a part that was given, at build time, what to
 * show for each municipality looks the name up and needs nothing else.
 */
export function useChosenMunicipalityName(): string | undefined {
  return useSyncExternalStore(chosen.subscribe, chosen.read, () => null) ?? undefined;
}

/** The chosen municipality, or undefined (always undefined during server rendering). */
export function useChosenMunicipality(): Place | undefined {
  const name = useChosenMunicipalityName();
  const all = useMunicipalities();
  return name ? all.find((m) => m.name === name) : undefined;
}
