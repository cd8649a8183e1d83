import { keysOf, labelledList } from "./labelled";

/**
 * Kinds of business a program can be limited to (`businessTypes:`), set only
 * where the source says the program is for that kind of business alone.
 */
export const BUSINESS_TYPES = labelledList({ "food-processing": "食品加工", construction: "建設業", manufacturing: "製造業", "retail-service": "小売・サービス業", "not-yet-started": "これから創業" });

export type BusinessType = (typeof BUSINESS_TYPES)[number]["key"];

export const BUSINESS_TYPE_KEYS = keysOf(BUSINESS_TYPES);
