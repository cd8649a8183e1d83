import { keysOf } from "./labelled";

/**
 * The buckets an owner's need falls into, in the owner's terms rather than a
 * department's. Each need file names one (`group:`); a finder can ask for the
 * bucket first. Fixed here because a new bucket changes how pages are laid out.
 */
export const NEED_GROUPS = [
  { key: "starting", label: "始める" },
  { key: "selling", label: "売る・広げる" },
  { key: "people", label: "人と技術" },
  { key: "money", label: "お金と経営" },
  { key: "handing-on", label: "引き継ぐ" },
  { key: "energy", label: "エネルギー" },
  { key: "industry", label: "業種別" },
] as const;

export type NeedGroup = (typeof NEED_GROUPS)[number]["key"];

export const NEED_GROUP_KEYS = keysOf(NEED_GROUPS);
