import type { ReactNode } from "react";
import { LocalContextProvider } from "@/components/local-context";
import { getAreas } from "@/lib/content/api";
import { holidaysAround } from "@/lib/hours/holidays";

/**
 * The browser-side data a page's desks need (holidays for open-now, the
 * municipalities for a picker and nearest-first), from content, for a page
 * built on the server. Put once around everything on the page that uses it.
 */
export function LocalArea({ children }: { children: ReactNode }) {
  return (
    <LocalContextProvider holidays={holidaysAround(new Date())} municipalities={getAreas().municipalities}>
      {children}
    </LocalContextProvider>
  );
}
