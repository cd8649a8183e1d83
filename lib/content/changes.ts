import { contactName } from "./contact-names";
import { hoursText, type HoursFields } from "./hours";
import type { Collection } from "./collections";
import { reflect, type SchemaField } from "./schema/reflection";

/**
 * Every change to one content file that a reader of the site would notice,
 * in the words of the form staff edit it with (the schema's titles): a desk
 * or office added, removed or renamed, hours as the page words them, a
 * need, a text, a list, the body. Numbers are left to the numbers table of
 * the content diff (diff.ts), which says how each one is vouched for. Works on
 * the data as written (raw front matter), so that a file that no longer
 * validates is still described.
 */
export type Change = {
  /** 「事務所・会場「黒石市創業相談ルーム」 › 受付時間」 */
  what: string;
  kind: "added" | "removed" | "changed" | "renamed";
  before?: string;
  after?: string;
};

type Data = Record<string, unknown>;
const isData = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);

/** Numbers and their fax are the numbers table's; these keys are not described again here. */
const NUMBER_KEYS = new Set(["tel", "fax"]);

export function changesIn(collection: Collection, before: Data, after: Data, bodyBefore: string, bodyAfter: string): Change[] {
  const out: Change[] = [];
  walk(reflect(collection.schema), before, after, [], out);
  const body = bodyChange(bodyBefore, bodyAfter);
  if (body) out.push(body);
  return out;
}

function walk(field: SchemaField | undefined, before: unknown, after: unknown, where: string[], out: Change[]): void {
  if (same(before, after)) return;
  const here = where.join(" › ");
  if (field?.name === "hours" && (isData(before) || isData(after))) {
    out.push(change(here, hoursSentence(before), hoursSentence(after)));
  } else if (isData(before) && isData(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (NUMBER_KEYS.has(key)) continue;
      const child = field?.fields.find((f) => f.name === key);
      walk(child, before[key], after[key], [...where, child?.meta.title ?? key], out);
    }
  } else if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isData)) {
    items(field, before, after, where, out);
  } else if (Array.isArray(before) && Array.isArray(after)) {
    // Words, needs, dates: each one taken out or put in; only the order changed, the order.
    const [b, a] = [before.map(String), after.map(String)];
    const removed = b.filter((x) => !a.includes(x));
    const added = a.filter((x) => !b.includes(x));
    for (const x of removed) out.push({ what: here, kind: "removed", before: x });
    for (const x of added) out.push({ what: here, kind: "added", after: x });
    if (!removed.length && !added.length) out.push(change(here, shown(before), shown(after)));
  } else {
    out.push(change(here, shown(before), shown(after)));
  }
}

/** A list of objects: items known by their name are matched first, so an added, removed or renamed one is said as such. */
function items(field: SchemaField | undefined, before: unknown[], after: unknown[], where: string[], out: Change[]) {
  const item = field?.item;
  const title = item?.meta.title ?? field?.meta.title ?? where.at(-1) ?? "";
  const name = (v: unknown, i: number) => {
    const own = nameOf(v);
    return own ? `${title}「${own}」` : `${title} ${i + 1} 件目`;
  };
  const parent = where.slice(0, -1);
  const matched = new Set<number>();
  const pairs: [number, number][] = [];
  after.forEach((a, j) => {
    const i = before.findIndex((b, k) => !matched.has(k) && nameOf(b) !== undefined && nameOf(b) === nameOf(a));
    if (i !== -1) {
      matched.add(i);
      pairs.push([i, j]);
    }
  });
  const addedAt = after.map((_, j) => j).filter((j) => !pairs.some(([, pj]) => pj === j));
  const removedAt = before.map((_, i) => i).filter((i) => !matched.has(i));
  // Under another name with the rest much as it was: renamed (and perhaps changed).
  for (const i of [...removedAt]) {
    const scores = addedAt.map((j) => ({ j, score: alike(before[i], after[j]) }));
    const best = scores.sort((x, y) => y.score - x.score)[0];
    if (!best || best.score < 0.5) continue;
    const j = best.j;
    if (nameOf(before[i]) !== undefined && nameOf(after[j]) !== undefined) out.push({ what: [...parent, name(before[i], i)].join(" › "), kind: "renamed", before: nameOf(before[i]), after: nameOf(after[j]) });
    pairs.push([i, j]);
    addedAt.splice(addedAt.indexOf(j), 1);
    removedAt.splice(removedAt.indexOf(i), 1);
  }
  for (const [i, j] of pairs) walk(item, withoutName(before[i]), withoutName(after[j]), [...parent, name(after[j], j)], out);
  for (const i of removedAt) out.push({ what: [...parent, name(before[i], i)].join(" › "), kind: "removed", before: summary(before[i]) });
  for (const j of addedAt) out.push({ what: [...parent, name(after[j], j)].join(" › "), kind: "added", after: summary(after[j]) });
}

/** How much of two items other than their names is the same: the share of their fields with equal values. */
function alike(a: unknown, b: unknown): number {
  const [x, y] = [withoutName(a), withoutName(b)];
  if (!isData(x) || !isData(y)) return 0;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  if (keys.size === 0) return 0;
  return [...keys].filter((k) => same(x[k], y[k])).length / keys.size;
}

/** What an item is called: an office's or venue's name, a desk's organisation and section, a link's or detail's label, a box's title. */
function nameOf(v: unknown): string | undefined {
  if (!isData(v)) return typeof v === "string" ? v : undefined;
  if (typeof v.organization === "string") return contactName({ organization: v.organization, department: optional(v.department), group: optional(v.group) });
  for (const key of ["name", "label", "title", "text"]) if (typeof v[key] === "string") return v[key] as string;
  return undefined;
}

const optional = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The name is said in the item's title; what else changed is walked without it. */
function withoutName(v: unknown): unknown {
  if (!isData(v)) return v;
  const { organization: _o, department: _d, group: _g, name: _n, ...rest } = v;
  void [_o, _d, _g, _n];
  return typeof v.organization === "string" || typeof v.name === "string" ? rest : v;
}

function summary(v: unknown): string {
  if (!isData(v)) return shown(v) ?? "";
  return Object.entries(v)
    .filter(([k, x]) => !NUMBER_KEYS.has(k) && (typeof x === "string" || typeof x === "number"))
    .map(([, x]) => String(x))
    .join("、");
}

function hoursSentence(v: unknown): string | undefined {
  if (!isData(v)) return undefined;
  if (typeof v.open !== "string" || typeof v.close !== "string") return shown(v);
  return hoursText(v as unknown as HoursFields);
}

function change(what: string, before: string | undefined, after: string | undefined): Change {
  if (before === undefined) return { what, kind: "added", after };
  if (after === undefined) return { what, kind: "removed", before };
  return { what, kind: "changed", before, after };
}

function shown(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((x) => (isData(x) ? summary(x) : String(x))).join("、");
  if (isData(v)) return summary(v);
  return String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The body: how many lines were taken out and put in (a line changed is one of each). */
function bodyChange(before: string, after: string): Change | undefined {
  const a = before.trim().split("\n");
  const b = after.trim().split("\n");
  if (a.join("\n") === b.join("\n")) return undefined;
  const kept = commonLines(a, b);
  return { what: "本文", kind: "changed", before: `${a.length - kept} 行を削除`, after: `${b.length - kept} 行を追加` };
}

function commonLines(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = b.length - 1; j >= 0; j--) next[j] = a[i] === b[j] ? row[j + 1] + 1 : Math.max(row[j], next[j + 1]);
    row = next;
  }
  return row[0];
}
