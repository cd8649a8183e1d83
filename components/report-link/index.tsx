import { ExternalLink } from "@/components/external-link";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { reportIssueUrl, type ReportTarget } from "@/lib/site/report";

/**
 * 「番号が違う?」 beside a contact, so a visitor can tell us when a number is
 * wrong, and 「最終確認: …」 when (and only when) content records that someone
 * confirmed the contact's numbers. The link leaves the site (GitHub), which
 * the accessible name says.
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
      {target.confirmed ? (
        <span>
          最終確認: <time dateTime={target.confirmed.date}>{formatJapaneseDate(target.confirmed.date)}</time>（{target.confirmed.method}）
        </span>
      ) : null}
    </span>
  );
}
