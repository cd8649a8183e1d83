import { PageSection } from "@/components/page-section";
import { publicUrl } from "@/lib/site/config";

/**
 * 「更新を受け取る」: how to follow a feed of what changed, in plain words
 * (what a feed is, what to do with its address), beside the page it is for.
 * Pages also name the feed in their head for browsers and readers that look
 * for it (<link rel="alternate">, rendered by the page: React puts it in <head>).
 */
export function FollowUpdates({
  feed,
  title,
  about,
  discoverable = true,
  className = "mt-10",
}: {
  feed: string;
  title: string;
  /** Whose changes: 「「事業承継」の制度」. */
  about: string;
  /** Whether to name the feed in the head too (not where the layout already names it: the site's feed). */
  discoverable?: boolean;
  className?: string;
}) {
  const address = publicUrl(feed);
  return (
    <PageSection id="follow" title="更新を受け取る" className={className}>
      {discoverable ? <link rel="alternate" type="application/atom+xml" href={feed} title={title} /> : null}
      <p className="mt-2">
        {about}の電話番号・受付時間・募集状況などが変わったときや、担当課に内容を確かめたときのお知らせを、「フィード」で受け取れます。
        フィードを読むアプリ（フィードリーダー、RSS リーダーとも呼ばれます）に、次のアドレスを登録してください。
      </p>
      <p className="mt-2">
        <a href={feed} className="inline-flex min-h-11 items-center break-all" type="application/atom+xml">
          {address}
        </a>
      </p>
      <p className="mt-1 text-sm text-ink-muted">Atom 形式です。ブラウザーで開くと、文字が並んだ画面が表示されます（そのままで正常です）。</p>
    </PageSection>
  );
}
