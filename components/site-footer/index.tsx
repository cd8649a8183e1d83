import { InternalLink } from "@/components/internal-link";
import { SITE_NAME } from "@/lib/site/config";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line-soft bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm">
        <p className="m-0 font-bold">{SITE_NAME}</p>
        <p className="mt-2">
          掲載内容は青森県の中小企業支援ガイドブック「Ⅲ 情報提供・相談・専門家派遣等」をもとにしています。
          制度の詳細や最新の募集状況は、各制度の担当窓口にお問い合わせください。
        </p>
        <ul className="mt-3 flex list-none flex-wrap gap-x-4 p-0">
          <li>
            <InternalLink href="/about" className="inline-flex min-h-11 items-center">
              このサイトについて・免責事項
            </InternalLink>
          </li>
          <li>
            <InternalLink href="/programs" className="inline-flex min-h-11 items-center">
              すべての制度
            </InternalLink>
          </li>
          <li>
            <InternalLink href="/accessibility" className="inline-flex min-h-11 items-center">
              アクセシビリティ方針
            </InternalLink>
          </li>
          <li>
            <InternalLink href="/data" className="inline-flex min-h-11 items-center">
              オープンデータ
            </InternalLink>
          </li>
        </ul>
      </div>
    </footer>
  );
}
