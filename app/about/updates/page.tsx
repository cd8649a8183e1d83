import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FollowUpdates } from "@/components/follow-updates";
import { InternalLink } from "@/components/internal-link";
import { PageSection } from "@/components/page-section";
import { getAllPrograms, getNeeds, getSettings } from "@/lib/content/api";
import { formatJapaneseDate } from "@/lib/content/days";
import { fiscalYearLabel, fiscalYearSpan, sourceLabel } from "@/lib/content/edition";
import { REVIEW_METHOD_PHRASES } from "@/lib/content/review-methods";
import { editionProgress, progressText, reviewIn } from "@/lib/content/reviews";
import { changeEntries, FEED_PATH, FEED_TITLE, needFeedPath, UPDATES_PATH } from "@/lib/open-data/feed";
import { SITE_NAME } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { programPath } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "掲載内容の確認と更新",
  description: `${SITE_NAME}に掲載している制度の内容を、今年度どこまで担当課に確かめたか、次にいつ確かめるか、何が変わったかをお知らせします。`,
  path: UPDATES_PATH,
});

/**
 * The edition's progress in public: how many programs staff have checked
 * with their department this fiscal year, each program's last check and when
 * the next is due, and what the checks changed — all from content's review
 * and confirmation records (the same entries as the feeds).
 */
export default function UpdatesPage() {
  const programs = getAllPrograms();
  const { edition, started } = getSettings();
  const progress = editionProgress(programs, edition);
  const changes = changeEntries(programs, getSettings());
  const sources = [...new Set(programs.map((p) => sourceLabel(p.source)))].join("、");
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "ホーム" },
          { href: "/about", label: "このサイトについて" },
        ]}
        current="掲載内容の確認と更新"
      />
      <h1 className="text-2xl font-bold">掲載内容の確認と更新</h1>
      <p className="mt-3">
        掲載している制度の内容（電話番号・受付時間・費用・募集状況など）は、年度ごとに担当課に確かめています。
        確かめた制度のページには、電話番号の横に「{fiscalYearLabel(edition)}に確認（確かめた日、確かめた方法）」と表示します。
        確かめるまでの制度は{sources}の情報で、変わっている場合があります。お電話でお確かめください。
      </p>

      <PageSection id="progress" title={`${fiscalYearLabel(edition)}の確認の進み具合`}>
        <p className="mt-3 text-lg font-bold" data-progress={`${progress.reviewed}/${progress.total}`}>
          {progressText(progress)}
        </p>
        <progress className="mt-2 h-3 w-full max-w-md" value={progress.reviewed} max={progress.total} aria-label={`${fiscalYearLabel(edition)}の確認の進み具合`}>
          {progress.reviewed}/{progress.total}
        </progress>
        <p className="mt-2 text-sm text-ink-muted">
          {fiscalYearSpan(edition)}の確認です
          {started ? (
            <>
              （<time dateTime={started}>{formatJapaneseDate(started)}</time>に開始）
            </>
          ) : null}
          。
        </p>
      </PageSection>

      <PageSection id="programs" title="制度ごとの確認">
        <table className="stack-table mt-3" role="table">
          <caption className="sr-only">制度ごとの最後の確認と次の確認の予定</caption>
          <thead>
            <tr>
              <th scope="col">制度</th>
              <th scope="col">{fiscalYearLabel(edition)}</th>
              <th scope="col">最後の確認</th>
              <th scope="col">次の確認の予定</th>
            </tr>
          </thead>
          <tbody>
            {programs.map((p) => (
              <tr key={p.slug} data-program={p.slug}>
                <th scope="row">
                  <InternalLink href={programPath(p.slug)}>{p.title}</InternalLink>
                </th>
                <td data-label={fiscalYearLabel(edition)}>{reviewIn(p.reviews, edition) ? "確認済み" : "要確認"}</td>
                <td data-label="最後の確認">
                  {p.review ? (
                    <>
                      <time dateTime={p.review.date}>{formatJapaneseDate(p.review.date)}</time>（{REVIEW_METHOD_PHRASES[p.review.method]}。{p.review.department}）
                    </>
                  ) : (
                    `まだありません（${sourceLabel(p.source)}のまま）`
                  )}
                </td>
                <td data-label="次の確認の予定">
                  <time dateTime={p.reviewDue}>{formatJapaneseDate(p.reviewDue)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </PageSection>

      <PageSection id="changes" title="変わった内容">
        {changes.length ? (
          <ol className="mt-3 list-none p-0">
            {changes.map((e) => (
              <li key={e.key} className="border-t border-line-soft py-3">
                <p className="m-0 text-sm text-ink-muted">
                  <time dateTime={e.date}>{formatJapaneseDate(e.date)}</time>
                </p>
                <p className="m-0 font-bold">
                  <InternalLink href={e.path}>{e.title}</InternalLink>
                </p>
                <ul className="mt-1 list-disc pl-6">
                  {e.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3">まだ記録はありません。</p>
        )}
      </PageSection>

      <FollowUpdates feed={FEED_PATH} title={FEED_TITLE} about="すべての制度" discoverable={false} />
      <details className="mt-4">
        <summary className="min-h-11 cursor-pointer py-2">困りごとごとのフィード</summary>
        <ul className="mt-2 list-disc pl-6">
          {getNeeds().map((n) => (
            <li key={n.slug}>
              <a href={needFeedPath(n.slug)} type="application/atom+xml" className="inline-block py-1">
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
