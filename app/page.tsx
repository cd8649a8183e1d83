import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import { InternalLink } from "@/components/internal-link";
import { NeedGrid } from "@/components/need-grid";
import { CallDesk } from "@/components/call-desk";
import { DeskChannels } from "@/components/desk-channels";
import { LocalArea } from "@/components/local-area";
import { Provenance } from "@/components/provenance";
import { mainCall } from "@/lib/areas/local-desk";
import { getAllPrograms, getNeedsWithCounts, getGeneralDesk } from "@/lib/content/api";
import { FINDER_PATH } from "@/lib/finder/plan";
import { SITE_DESCRIPTION, SITE_NAME, SITE_TAGLINE } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { programPath } from "@/lib/site/paths";

// The layout supplies the full title; only the home page is canonically "/".
export const metadata: Metadata = pageMetadata({ description: SITE_DESCRIPTION, path: "/" });

export default function HomePage() {
  const programs = getAllPrograms();
  const desk = getGeneralDesk();
  const call = mainCall(desk);
  return (
    <LocalArea>
      <section aria-labelledby="site-title" className="mb-10">
        <h1 id="site-title" className="text-2xl leading-snug font-bold sm:text-3xl">
          {SITE_NAME}
        </h1>
        <p className="mt-2 text-lg">{SITE_TAGLINE}</p>
        <p className="mt-3">
          青森県内の中小企業・小規模事業者が使える相談窓口、専門家の派遣、情報提供の制度 {programs.length}{" "}
          件を、困りごとから探せます。担当窓口の電話番号はタップするとそのまま電話できます。
        </p>
      </section>

      <div className="mb-10 flex flex-col items-start gap-3">
        <InternalLink href={FINDER_PATH} className={buttonClass("primary", { size: "large" })}>
          3つの質問で探す（困りごと・市町村・事業の種類）
        </InternalLink>
        <InternalLink href="/phone-book" className={buttonClass("outline")}>
          電話番号だけ知りたいときは電話帳へ
        </InternalLink>
      </div>

      <section aria-labelledby="needs-heading" className="mb-10">
        <h2 id="needs-heading" className="mb-4 text-xl font-bold sm:text-2xl">
          困りごとから探す
        </h2>
        <NeedGrid needs={getNeedsWithCounts()} />
      </section>

      <section aria-labelledby="first-heading" className="mb-10 rounded-lg border-l-8 border-accent bg-surface p-4 sm:p-6">
        <h2 id="first-heading" className="text-xl font-bold">
          どこに相談すればよいか分からないとき
        </h2>
        <p className="mt-2">
          経営の悩みは、まず
          <InternalLink href={programPath(desk.slug)}>{desk.title}</InternalLink>
          にご相談ください。売上拡大や資金繰りなどの相談にワンストップで対応しています。
        </p>
        <CallDesk desk={call} className="mt-2">
          <DeskChannels slug={desk.slug} desk={call} whom={call.phone.whom} />
          <Provenance confirmed={call.confirmed} source={desk.source} className="mt-1" />
        </CallDesk>
        <p className="mt-2">
          <InternalLink href="/flow">中小企業者の経営相談フロー</InternalLink>も参考にしてください。
        </p>
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading" className="mb-4 text-xl font-bold sm:text-2xl">
          すべての制度（{programs.length}件）
        </h2>
        <ol className="m-0 list-none columns-1 gap-8 p-0 md:columns-2">
          {programs.map((p) => (
            <li key={p.slug} className="break-inside-avoid">
              <InternalLink href={programPath(p.slug)} className="inline-flex min-h-11 items-center py-1">
                {p.title}
              </InternalLink>
            </li>
          ))}
        </ol>
      </section>
    </LocalArea>
  );
}
