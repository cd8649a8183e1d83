import { confirmedText } from "@/lib/content/confirmed";
import { sourceLabel } from "@/lib/content/edition";
import type { Confirmation } from "@/lib/content/schema";

/**
 * Where a desk's numbers come from, said beside them: 「最終確認: 2026年12月1日
 * （電話で確認）」 only when content records that someone confirmed them, and
 * until then the guidebook and its edition. Never a date nobody confirmed.
 */
export function Provenance({
  confirmed,
  source,
  className = "",
}: {
  confirmed?: Confirmation;
  /** Left out where the page cites its source once for many facts (an office table): then only a confirmation is said. */
  source?: { document: string; fiscalYear: number };
  className?: string;
}) {
  if (!confirmed && !source) return null;
  return (
    <span className={`block text-sm text-ink-muted ${className}`.trim()} data-provenance={confirmed ? "confirmed" : "source"}>
      {confirmed ? (
        <>
          最終確認: <time dateTime={confirmed.date}>{confirmedText(confirmed)}</time>
        </>
      ) : (
        <>出典: {sourceLabel(source!)}</>
      )}
    </span>
  );
}
