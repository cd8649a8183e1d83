import { keysOf, labelledList } from "./labelled";

/**
 * The buckets an owner's need falls into, in the owner's terms rather than a
 * department's. Each need file names one (`group:`); a finder can ask for the
 * bucket first. Fixed here because a new bucket changes how pages are laid out.
 */
export const NEED_GROUPS = labelledList({ starting: "始める", selling: "売る・広げる", people: "人と技術", money: "お金と経営", "handing-on": "引き継ぐ", energy: "エネルギー", industry: "業種別" });

export type NeedGroup = (typeof NEED_GROUPS)[number]["key"];

export const NEED_GROUP_KEYS = keysOf(NEED_GROUPS);
