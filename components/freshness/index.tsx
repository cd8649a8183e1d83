import { fiscalYearLabel } from "@/lib/content/edition";
import { formatJapaneseDate } from "@/lib/content/days";
import { REVIEW_METHOD_PHRASES } from "@/lib/content/review-methods";
import { freshnessCaution, type Freshness as ProgramFreshness } from "@/lib/content/reviews";

/**
 * How current a program's facts are, said beside its number (a program's
 * first screen, a card, the phone book): 「令和8年度に確認（2026年5月12日、担当課に
 * 電話で確認）」 when content records a review in the current edition, and
 * otherwise calmly where the facts come from and to confirm by phone. Only
 * what the program's review records hold (lib/content/reviews.ts); never a
 * file's or a commit's date. No hooks: it renders on the server and in the browser.
 */
export function Freshness({ freshness, className = "" }: { freshness: ProgramFreshness; className?: string }) {
  const reviewed = freshness.state === "reviewed";
  return (
    <p className={`flex gap-1.5 text-sm ${reviewed ? "" : "text-ink-muted"} ${className}`.trim()} data-freshness={freshness.state}>
      {reviewed ? <CheckIcon /> : <InfoIcon />}
      <span>
        {freshness.state === "unreviewed" ? null : (
          <>
            {fiscalYearLabel(freshness.edition)}に確認（<time dateTime={freshness.date}>{formatJapaneseDate(freshness.date)}</time>、{REVIEW_METHOD_PHRASES[freshness.method]}）
            {freshness.state === "earlier" ? "。" : null}
          </>
        )}
        {freshnessCaution(freshness)}
      </span>
    </p>
  );
}

/** Drawn inline (no image request) and hidden from screen readers: the sentence says it all. */
function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-4 shrink-0 fill-accent">
      <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
    </svg>
  );
}

function InfoIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-4 shrink-0 fill-current">
      <path d="M11 7h2v2h-2zm0 4h2v6h-2zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16z" />
    </svg>
  );
}
