import type { ReactNode } from "react";
import { LocalContextProvider } from "@/components/local-context";
import { getAreas } from "@/lib/content/api";
import { holidaysAround } from "@/lib/hours/holidays";

/**
 * The browser-side data a page's desks need (holidays for open-now, the
 * municipalities for a picker and nearest-first), from content, for a page
 * built on the server. Put once around everything on the page that uses it.
 * Only what the browser uses of each municipality travels with the page (not
 * its id or its 全国地方公共団体コード, which only the open data uses).
 */
export function LocalArea({ children }: { children: ReactNode }) {
  return (
    <LocalContextProvider holidays={holidaysAround(new Date())} municipalities={getAreas().municipalities.map(({ name, region, lat, lon }) => ({ name, region, lat, lon }))}>
      {children}
    </LocalContextProvider>
  );
}
