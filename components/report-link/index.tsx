import { ExternalLink } from "@/components/external-link";
import { CONFIGURED_CHANNELS, reportIssueUrl, reportMailtoUrl, type ReportTarget } from "@/lib/site/report";

/**
 * 「番号が違う?」 beside a contact, so a visitor can tell us when a number is
 * wrong: a pre-filled e-mail, which needs no account, and a GitHub issue, each
 * only when the build is configured with somewhere to send it
 * (lib/site/config.ts). With neither, nothing is shown: no dead or invented link.
 */
export function ReportLink(props: ReportTarget & { className?: string }) {
  const { className = "", ...target } = props;
  const mail = reportMailtoUrl(target, CONFIGURED_CHANNELS.email);
  const issue = reportIssueUrl(target, CONFIGURED_CHANNELS.issues);
  if (!mail && !issue) return null;
  const what = `${target.contact}の番号の誤り`;
  return (
    <span className={`flex flex-wrap items-center gap-x-3 text-sm text-ink-muted print:hidden ${className}`.trim()}>
      <span>番号が違う?</span>
      {mail ? (
        <a href={mail} aria-label={`メールで知らせる: ${what}（メールソフトが開きます）`} className="inline-flex min-h-11 items-center">
          メールで知らせる
        </a>
      ) : null}
      {issue ? (
        <ExternalLink href={issue} name={`GitHub で知らせる: ${what}`} via="GitHub" className="inline-flex min-h-11 items-center">
          GitHub で知らせる
        </ExternalLink>
      ) : null}
    </span>
  );
}
