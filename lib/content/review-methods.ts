/**
 * How a program's facts were checked in a review (reviews[].method), and how
 * the line beside its number says so: 「令和8年度に確認（2026年5月12日、担当課に
 * 電話で確認）」. A module of its own, without Zod, like confirmation-methods.ts:
 * browser code says it.
 */
export const REVIEW_METHODS = ["電話", "ウェブ", "文書", "担当課から"] as const;

export type ReviewMethod = (typeof REVIEW_METHODS)[number];

export const REVIEW_METHOD_PHRASES: Record<ReviewMethod, string> = {
  電話: "担当課に電話で確認",
  ウェブ: "担当課の公式サイトで確認",
  文書: "担当課の文書で確認",
  担当課から: "担当課からの連絡で確認",
};

/** 「電話（担当課に電話で確認）」: the choices as a message lists them. */
export const REVIEW_METHODS_LISTED = REVIEW_METHODS.map((m) => `${m}（${REVIEW_METHOD_PHRASES[m]}）`).join("・");
