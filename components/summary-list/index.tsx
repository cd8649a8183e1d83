import type { ReactNode } from "react";

export type SummaryRow = { key: string; value: ReactNode };

/**
 * Key–value facts as a description list (the GOV.UK summary-list pattern).
 * "glance" keeps the key beside its value even on a phone, so a short fact
 * takes one line: for the few rows at the top of a page.
 */
export function SummaryList({ rows, variant = "default", className = "" }: { rows: SummaryRow[]; variant?: "default" | "glance"; className?: string }) {
  if (rows.length === 0) return null;
  const row = variant === "glance" ? "grid grid-cols-[5.5em_1fr] gap-x-3 py-2 sm:grid-cols-[11rem_1fr] sm:gap-4" : "grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4";
  return (
    <dl className={`divide-y divide-line-soft border-y border-line-soft ${className}`}>
      {rows.map((r) => (
        <div key={r.key} className={row}>
          <dt className="font-bold">{r.key}</dt>
          <dd className="m-0">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
