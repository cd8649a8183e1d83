import type { ReactNode } from "react";

export type SummaryRow = { key: string; value: ReactNode };

/** Key–value facts as a description list (the GOV.UK summary-list pattern). */
export function SummaryList({ rows, className = "" }: { rows: SummaryRow[]; className?: string }) {
  if (rows.length === 0) return null;
  return (
    <dl className={`divide-y divide-line-soft border-y border-line-soft ${className}`}>
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4">
          <dt className="font-bold">{row.key}</dt>
          <dd className="m-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
