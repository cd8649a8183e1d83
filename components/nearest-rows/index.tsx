"use client";

import { Children, type ReactNode } from "react";
import { useChosenMunicipality, useMunicipalities } from "@/components/local-context";
import { nearestOrder, nearness } from "@/lib/areas/nearest";

/**
 * Reorders server-rendered rows (table rows or list items) nearest first once
 * the visitor has chosen a municipality; until then, and without JavaScript,
 * they stay in the guidebook's order.
 */
export function NearestRows({ places, children }: { places: (string | undefined)[]; children: ReactNode }) {
  const chosen = useChosenMunicipality();
  const all = useMunicipalities();
  const rows = Children.toArray(children);
  const offices = places.map((p) => all.find((m) => m.name === p));
  return <>{nearestOrder(chosen, offices).map((i) => rows[i])}</>;
}

/** 「お選びの市町村」/「同じ地域」 beside an office's name. */
export function NearnessMark({ municipality }: { municipality?: string }) {
  const chosen = useChosenMunicipality();
  const all = useMunicipalities();
  const kind = nearness(chosen, all.find((m) => m.name === municipality));
  if (kind !== "same-municipality" && kind !== "same-region") return null;
  return (
    <span className="ml-2 inline-block rounded bg-[#fff3c4] px-2 text-sm font-bold text-ink">
      {kind === "same-municipality" ? "お選びの市町村" : "同じ地域"}
    </span>
  );
}
