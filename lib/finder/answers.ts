import { BUSINESS_TYPES } from "@/lib/content/business-types";
import { FINDER_SKIP } from "@/lib/content/finder-skip";
import { finderPath, type AreaAnswer, type KindAnswer, type NeedStep } from "./plan";

/**
 * 「これまでの答え」: each question answered so far, as the page that shows it
 * stands for it (a page shared by several municipalities names them all), and
 * where to go to answer it again. Questions not asked say why.
 */
export type AnswerRow = { question: string; answer: string; change?: { href: string; label: string } };

export const kindLabel = (k: string) => BUSINESS_TYPES.find((t) => t.key === k)?.label ?? k;

export function needRow(step: NeedStep): AnswerRow {
  return {
    question: "困りごと",
    answer: step.need ? `${step.need.need}（${step.need.label}）` : "答えていません（すべての困りごとから）",
    change: { href: finderPath(), label: "困りごとを選び直す" },
  };
}

export function areaRow(step: NeedStep, area: AreaAnswer | undefined): AnswerRow {
  if (!step.areas) return { question: "事業所の市町村", answer: "聞いていません（この困りごとの制度は、県内どこからでも同じ窓口です）" };
  const names = area?.municipalities.map((m) => m.name) ?? [];
  return {
    question: "事業所の市町村",
    answer: !area ? "答えていません（各制度の担当窓口を表示します）" : names.length > 1 ? `${names.join("・")}（どれも同じ窓口です）` : names[0],
    change: { href: finderPath(step.segment), label: "市町村を選び直す" },
  };
}

export function kindRow(step: NeedStep, area: AreaAnswer | undefined, kind: KindAnswer | undefined): AnswerRow {
  if (!step.kinds) return { question: "事業の種類", answer: "聞いていません（この困りごとの制度は、事業の種類で分かれていません）" };
  return {
    question: "事業の種類",
    answer: kind ? kind.kinds.map(kindLabel).join("、") : "答えていません（すべての事業の種類の制度を表示します）",
    change: { href: finderPath(step.segment, area?.segment ?? FINDER_SKIP), label: "事業の種類を選び直す" },
  };
}
