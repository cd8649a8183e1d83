import { keysOf } from "./labelled";

/**
 * Kinds of business a program can be limited to (`businessTypes:`), set only
 * where the source says the program is for that kind of business alone.
 */
export const BUSINESS_TYPES = [
  { key: "food-processing", label: "食品加工" },
  { key: "construction", label: "建設業" },
  { key: "manufacturing", label: "製造業" },
  { key: "retail-service", label: "小売・サービス業" },
  { key: "not-yet-started", label: "これから創業" },
] as const;

export type BusinessType = (typeof BUSINESS_TYPES)[number]["key"];

export const BUSINESS_TYPE_KEYS = keysOf(BUSINESS_TYPES);
