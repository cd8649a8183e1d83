import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";

export const metadata: Metadata = { title: "ページが見つかりません" };

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">ページが見つかりません</h1>
      <p className="mt-3">お探しのページは移動したか、削除された可能性があります。URL に誤りがないかもご確認ください。</p>
      <h2 className="mt-8 text-xl font-bold">次のページから探せます</h2>
      <ul className="mt-3 list-disc pl-6">
        <li>
          <InternalLink href="/needs" className="inline-block py-2">
            困りごとから探す
          </InternalLink>
        </li>
        <li>
          <InternalLink href="/programs" className="inline-block py-2">
            制度の一覧
          </InternalLink>
        </li>
        <li>
          <InternalLink href="/flow" className="inline-block py-2">
            中小企業者の経営相談フロー
          </InternalLink>
        </li>
        <li>
          <InternalLink href="/" className="inline-block py-2">
            ホーム
          </InternalLink>
        </li>
      </ul>
    </>
  );
}
