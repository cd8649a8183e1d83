import { InternalLink } from "@/components/internal-link";
import { LinkList } from "@/components/link-list";
import { getAllPrograms } from "@/lib/content/api";
import { editionLabel } from "@/lib/content/edition";
import { SITE_NAME } from "@/lib/site/config";

let cited: string | undefined;

/**
 * The source as content cites it, edition included (「中小企業支援ガイドブック（令和5年度版）「Ⅲ …」」).
 * Worked out once per build, not on each of the pages that show it: that would read every program once per page.
 */
function sources(): string {
  cited ??= [...new Set(getAllPrograms().map((p) => `${p.source.document}（${editionLabel(p.source)}）「${p.source.section}」`))].join("、");
  return cited;
}

const FOOTER_LINKS = [
  { href: "/about", label: "このサイトについて・免責事項" },
  { href: "/programs", label: "すべての制度" },
  { href: "/phone-book", label: "電話帳" },
  { href: "/accessibility", label: "アクセシビリティ方針" },
  { href: "/data", label: "オープンデータ" },
];

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line-soft bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm">
        <p className="m-0 font-bold">{SITE_NAME}</p>
        <p className="mt-2">
          掲載内容は青森県の{sources()}をもとにしています。電話番号・受付時間・募集状況などは、担当課に確かめた制度（番号の横に確かめた日を表示）のほかは、その版の時点のものです（
          <InternalLink href="/about/updates">掲載内容の確認と更新</InternalLink>）。
          制度の詳細や最新の募集状況は、各制度の担当窓口にお問い合わせください。
        </p>
        <LinkList links={FOOTER_LINKS} className="mt-3 flex flex-wrap gap-x-4" />
      </div>
    </footer>
  );
}
