/** Fixed lists of keys that content may use, each with the label pages show (need groups, business types). */
export type Labelled = readonly { key: string; label: string }[];

/** Such a list from `{ key: label }`, in the order written. */
export function labelledList<const R extends Record<string, string>>(labels: R): { key: keyof R & string; label: string }[] {
  return Object.entries(labels).map(([key, label]) => ({ key, label }));
}

export function keysOf<const L extends Labelled>(list: L): L[number]["key"][] {
  return list.map((item) => item.key);
}

/** 「food-processing（食品加工）、construction（建設業）」: what a message lists as allowed. */
export function keysWithLabels(list: Labelled): string {
  return list.map((item) => `${item.key}（${item.label}）`).join("、");
}
