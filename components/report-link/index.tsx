import { ExternalLink } from "@/components/external-link";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { reportIssueUrl, type ReportTarget } from "@/lib/site/report";

/**
 * 「番号が違う?」 beside a contact, with the day the entry was last checked,
 * so a visitor can judge how fresh a number is and tell us when it is wrong.
 * The link leaves the site (GitHub), which the accessible name says.
 */
export function ReportLink(props: ReportTarget & { className?: string }) {
  const { className = "", ...target } = props;
  return (
    <span className={`inline-flex flex-wrap items-center gap-x-3 text-sm text-ink-muted ${className}`.trim()}>
      <ExternalLink
        href={reportIssueUrl(target)}
        name={`番号が違う? ${target.contact}の番号の誤りを報告する`}
        via="GitHub"
        className="inline-flex min-h-11 items-center print:hidden"
      >
        番号が違う?
      </ExternalLink>
      <span>
        最終確認日: <time dateTime={target.lastChecked}>{formatJapaneseDate(target.lastChecked)}</time>
      </span>
    </span>
  );
}
