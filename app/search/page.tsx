import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { Suspense } from "react";
import { searchDesk } from "@/lib/search/desk";
import { searchIndexInfo } from "@/lib/search/location";
import { pageMetadata } from "@/lib/site/metadata";
import { SearchForm, SearchPage } from "./search-page";

export const metadata: Metadata = pageMetadata({
  title: "検索",
  description: "制度名、困りごと、窓口の名前、電話番号から、青森県の中小企業支援制度を探せます。",
  path: "/search",
});

/**
 * A static page: the query is read in the browser (?q=…), so the page itself
 * is the same for every search and the results come from the static index.
 */
export default function Page() {
  const info = searchIndexInfo();
  const desk = searchDesk();
  const withoutScript = (
    <noscript>
      <p className="mt-4">検索には JavaScript が必要です。<InternalLink href="/needs">困りごとから探す</InternalLink>か、<InternalLink href="/programs">制度の一覧</InternalLink>をご覧ください。</p>
    </noscript>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">制度・電話番号を検索</h1>
      <Suspense
        fallback={
          <SearchForm info={info} desk={desk} initial="">
            {withoutScript}
          </SearchForm>
        }
      >
        <SearchPage info={info} desk={desk}>
          {withoutScript}
        </SearchPage>
      </Suspense>
    </>
  );
}
