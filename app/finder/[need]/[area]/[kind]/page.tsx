import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FinderAnswers } from "@/components/finder-answers";
import { FinderHeading } from "@/components/finder-heading";
import { InternalLink } from "@/components/internal-link";
import { LocalArea } from "@/components/local-area";
import { DESKS_INTRO, ProgramSection } from "@/components/program-card";
import { RelayNote } from "@/components/relay-note";
import { ShareButton } from "@/components/share-button";
import { getGeneralDesks } from "@/lib/content/api";
import { areaRow, kindLabel, needRow, kindRow } from "@/lib/finder/answers";
import { FINDER_PATH, finderPath, type FinderResult } from "@/lib/finder/plan";
import { getFinderPlan } from "@/lib/finder/site";
import { publicUrl } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getFinderPlan()
    .pages()
    .results.map(([need, area, kind]) => ({ need, area, kind }));
}

type Props = { params: Promise<{ need: string; area: string; kind: string }> };

/** The answers in a few words, for the title: each page's is its own. */
function shortAnswers(r: FinderResult): string {
  const where = r.area ? r.area.municipalities[0].name + (r.area.municipalities.length > 1 ? "など" : "") : "市町村指定なし";
  const kind = r.kind ? r.kind.kinds.map(kindLabel).join("・") : "業種指定なし";
  return [r.step.need?.label ?? "困りごと指定なし", r.step.areas ? where : null, r.step.kinds ? kind : null].filter(Boolean).join("・");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { need, area, kind } = await params;
  const r = getFinderPlan().result(need, area, kind);
  if (!r) return {};
  return pageMetadata({
    title: `${shortAnswers(r)}の制度と電話番号｜3つの質問で探す`,
    description: `3つの質問の答え（${shortAnswers(r)}）に合う青森県の支援制度と、電話する窓口の番号です。`,
    path: finderPath(need, area, kind),
    index: false,
  });
}

export default async function FinderResultPage({ params }: Props) {
  const { need, area, kind } = await params;
  const r = getFinderPlan().result(need, area, kind);
  if (!r) notFound();
  const path = finderPath(need, area, kind);
  const nothing = !r.programs.length && !r.desks.length;
  // nothing fits: the desks for anyone who does not know where to turn, so the page still ends on a number to call
  const fallback = nothing ? getGeneralDesks() : [];
  return (
    <LocalArea>
      <FinderHeading step="結果">答えに合う制度と電話番号</FinderHeading>
      <FinderAnswers rows={[needRow(r.step), areaRow(r.step, r.area), kindRow(r.step, r.area, r.kind)]} />
      <div className="mt-4">
        <p>このページのアドレスで、同じ答えの結果をいつでも開けます（ブックマーク・共有できます）。</p>
        <p className="mt-1 text-sm break-all text-ink-muted">{publicUrl(path)}</p>
        <ShareButton url={publicUrl(path)} title={`${shortAnswers(r)}の制度と電話番号`} className="mt-2" />
      </div>

      <RelayNote className="mt-4" />
      <ProgramSection id="programs" title={`使える制度（${r.programs.length}件）`} programs={r.programs} />
      <ProgramSection id="desks" title="まとめて相談できる窓口" intro={DESKS_INTRO} programs={r.desks} />
      <ProgramSection
        id="fallback"
        title="答えに合う制度はありませんでした"
        intro="答えを変えてみるか、どこに相談すればよいか分からないときの窓口にご相談ください。"
        programs={fallback}
      />

      <p className="mt-8">
        <InternalLink href={FINDER_PATH} className="inline-flex min-h-11 items-center">
          最初から答え直す
        </InternalLink>
      </p>
    </LocalArea>
  );
}
