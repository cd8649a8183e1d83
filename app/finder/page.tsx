import type { Metadata } from "next";
import { FinderChoices, FinderSkip } from "@/components/finder-choices";
import { FinderHeading } from "@/components/finder-heading";
import { NEED_GROUPS } from "@/lib/content/need-groups";
import { FINDER_SKIP } from "@/lib/content/finder-skip";
import { FINDER_PATH } from "@/lib/finder/plan";
import { getFinderPlan } from "@/lib/finder/site";
import { pageMetadata } from "@/lib/site/metadata";

// The first question is a page worth finding on its own (every problem, in owners' words); the pages after it are combinations and are not indexed.
export const metadata: Metadata = pageMetadata({
  title: "3つの質問で探す",
  description: "困りごと・事業所の市町村・事業の種類の3つに答えると、使える青森県の支援制度と、その市町村から電話する窓口の番号が分かります。",
  path: FINDER_PATH,
});

export default function FinderPage() {
  const plan = getFinderPlan();
  const skip = plan.step(FINDER_SKIP)!;
  return (
    <>
      <FinderHeading step="質問1">困っていることは何ですか</FinderHeading>
      <p className="mt-3">3つの質問に答えると、使える制度と、電話する窓口の番号が分かります。どの質問も答えずに進めます。</p>
      <FinderSkip href={plan.afterNeed(skip)}>答えずに進む（すべての困りごとから探す）</FinderSkip>
      {NEED_GROUPS.map((g) => {
        const steps = plan.steps.filter((s) => s.need?.group === g.key);
        if (!steps.length) return null;
        return (
          <section key={g.key} aria-labelledby={`group-${g.key}`} className="mt-8">
            <h2 id={`group-${g.key}`} className="mb-3 text-xl font-bold">
              {g.label}
            </h2>
            <FinderChoices choices={steps.map((s) => ({ href: plan.afterNeed(s), label: s.need!.need, note: s.need!.label }))} />
          </section>
        );
      })}
    </>
  );
}
