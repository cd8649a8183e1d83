import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FinderAnswers } from "@/components/finder-answers";
import { FinderChoices, FinderSkip } from "@/components/finder-choices";
import { FinderHeading } from "@/components/finder-heading";
import { getAreas } from "@/lib/content/api";
import { needRow } from "@/lib/finder/answers";
import { finderPath } from "@/lib/finder/plan";
import { getFinderPlan } from "@/lib/finder/site";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getFinderPlan()
    .pages()
    .areaQuestions.map(([need]) => ({ need }));
}

type Props = { params: Promise<{ need: string }> };

function stepOf(need: string) {
  const step = getFinderPlan().step(need);
  return step?.areas ? step : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = stepOf((await params).need);
  if (!step) return {};
  return pageMetadata({
    title: `事業所の市町村は（${step.need?.label ?? "困りごと指定なし"}）｜3つの質問で探す`,
    description: "事業所のある市町村を選ぶと、その市町村から電話する窓口の番号を表示します。",
    path: finderPath(step.segment),
    index: false,
  });
}

export default async function AreaQuestionPage({ params }: Props) {
  const step = stepOf((await params).need);
  if (!step) notFound();
  const plan = getFinderPlan();
  const { regions, municipalities } = getAreas();
  return (
    <>
      <FinderHeading step="質問2">事業所はどの市町村にありますか</FinderHeading>
      <FinderAnswers rows={[needRow(step)]} />
      <p className="mt-4">この困りごとの制度には、県内各地に窓口があるものがあります。市町村を選ぶと、近くの窓口の電話番号を表示します。</p>
      <FinderSkip href={plan.afterArea(step, undefined)}>答えずに進む（各制度の担当窓口を表示）</FinderSkip>
      {regions.map((r) => (
        <section key={r.id} aria-labelledby={`region-${r.id}`} className="mt-8">
          <h2 id={`region-${r.id}`} className="mb-3 text-xl font-bold">
            {r.name}
          </h2>
          <FinderChoices
            choices={municipalities
              .filter((m) => m.region === r.id)
              .map((m) => ({ href: plan.afterArea(step, plan.areaOf(step, m.name)), label: m.name, remember: m.name }))}
          />
        </section>
      ))}
    </>
  );
}
