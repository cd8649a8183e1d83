import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { buttonClass } from "@/components/button";
import { LocalArea } from "@/components/local-area";
import { MunicipalityPicker } from "@/components/municipality-picker";
import { FollowUpdates } from "@/components/follow-updates";
import { DESKS_INTRO, ProgramSection } from "@/components/program-card";
import { getAreas, getNeed, getNeeds } from "@/lib/content/api";
import { getFinderPlan } from "@/lib/finder/site";
import { needFeedPath, needFeedTitle } from "@/lib/open-data/feed";
import { pageMetadata } from "@/lib/site/metadata";
import { needPath } from "@/lib/site/paths";

export const dynamicParams = false;

export function generateStaticParams() {
  return getNeeds().map((n) => ({ slug: n.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getNeed((await params).slug);
  if (!category) return {};
  return pageMetadata({
    title: `${category.need}（${category.label}）`,
    description: `${category.description}「${category.need}」ときに使える青森県の支援制度と担当窓口の一覧です。`,
    path: needPath(category.slug),
  });
}

export default async function NeedPage({ params }: Props) {
  const category = getNeed((await params).slug);
  if (!category) notFound();
  const plan = getFinderPlan();
  // the finder's view of the need: its programs, and apart from them the general desks content says handle it
  const step = plan.step(category.slug)!;
  const count = step.programs.length + step.desks.length;
  return (
    <LocalArea>
      <Breadcrumbs
        trail={[
          { href: "/", label: "ホーム" },
          { href: "/needs", label: "困りごとから探す" },
        ]}
        current={category.label}
      />
      <h1 className="text-2xl leading-snug font-bold">{category.need}</h1>
      <p className="mt-2">{category.description}</p>
      <p className="mt-2 text-ink-muted">
        {category.label}に関する制度: {count}件
      </p>

      {category.words?.length ? (
        <section aria-labelledby="when" className="mt-6">
          <h2 id="when" className="text-lg font-bold">
            こんなときに
          </h2>
          <ul className="m-0 mt-2 flex list-none flex-wrap gap-2 p-0 text-sm">
            {category.words.map((w) => (
              <li key={w} className="rounded-full bg-surface px-3 py-1">
                「{w}」
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="mt-6 flex flex-col gap-4">
        {step.areas ? <MunicipalityPicker regions={getAreas().regions} label="事業所の市町村を選ぶと、近くの窓口の電話番号を表示します" /> : null}
        <p>
          <InternalLink href={plan.afterNeed(step)} className={buttonClass("outline")}>
            3つの質問で絞り込む
          </InternalLink>
        </p>
      </div>

      <ProgramSection id="programs" title={`使える制度（${step.programs.length}件）`} programs={step.programs} desk="remembered" />
      <ProgramSection id="desks" title="まとめて相談できる窓口" intro={DESKS_INTRO} programs={step.desks} desk="remembered" />

      <FollowUpdates feed={needFeedPath(category.slug)} title={needFeedTitle(category)} about={`「${category.label}」の制度`} />

      <p className="mt-8">
        <InternalLink href="/needs" className="inline-flex min-h-11 items-center">
          ほかの困りごとから探す
        </InternalLink>
      </p>
    </LocalArea>
  );
}
