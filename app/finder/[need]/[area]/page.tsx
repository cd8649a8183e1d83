import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FinderAnswers } from "@/components/finder-answers";
import { FinderChoices, FinderSkip } from "@/components/finder-choices";
import { FinderHeading } from "@/components/finder-heading";
import { BUSINESS_TYPES } from "@/lib/content/business-types";
import { FINDER_SKIP } from "@/lib/content/finder-skip";
import { areaRow, kindLabel, needRow } from "@/lib/finder/answers";
import { finderPath } from "@/lib/finder/plan";
import { getFinderPlan } from "@/lib/finder/site";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getFinderPlan()
    .pages()
    .kindQuestions.map(([need, area]) => ({ need, area }));
}

type Props = { params: Promise<{ need: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { need, area } = await params;
  const q = getFinderPlan().kindQuestion(need, area);
  if (!q) return {};
  const where = q.area ? q.area.municipalities[0].name + (q.area.municipalities.length > 1 ? "など" : "") : "市町村指定なし";
  return pageMetadata({
    title: `事業の種類は（${q.step.need?.label ?? "困りごと指定なし"}・${where}）｜3つの質問で探す`,
    description: "事業の種類を選ぶと、その事業で使える制度だけを表示します。",
    path: finderPath(need, area),
    index: false,
  });
}

export default async function KindQuestionPage({ params }: Props) {
  const { need, area } = await params;
  const q = getFinderPlan().kindQuestion(need, area);
  if (!q) notFound();
  const { step } = q;
  const limited = [...step.programs, ...step.desks].filter((p) => p.businessTypes);
  return (
    <>
      <FinderHeading step="質問3">どんな事業ですか</FinderHeading>
      <FinderAnswers rows={[needRow(step), areaRow(step, q.area)]} />
      <p className="mt-4">
        次の制度は、限られた事業の方が対象です:{" "}
        {limited.map((p) => `「${p.title}」（${p.businessTypes!.map(kindLabel).join("、")}）`).join("、")}
      </p>
      <FinderSkip href={finderPath(need, area, FINDER_SKIP)}>答えずに進む（すべての制度を表示）</FinderSkip>
      <section aria-labelledby="kinds" className="mt-8">
        <h2 id="kinds" className="mb-3 text-xl font-bold">
          事業の種類
        </h2>
        <FinderChoices choices={BUSINESS_TYPES.map((t) => ({ href: finderPath(need, area, getFinderPlan().kindOf(step, t.key)!.segment), label: t.label }))} />
      </section>
    </>
  );
}
