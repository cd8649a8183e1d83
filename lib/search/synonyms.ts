/**
 * Synonym groups from SudachiDict (Works Applications, Apache-2.0), through
 * the npm package sudachi-synonyms-dictionary. The dictionary has some 26,000
 * groups; the index build keeps only those that can lead a visitor's word to
 * our content (synonym-reduce.ts) and ships them beside the index, where the
 * browser reads them on its first forgiving search.
 *
 * They cover variants and near-synonyms of general words (創業/起業/開業,
 * 融資/貸付/ローン, 跡継ぎ/後継ぎ/跡取り, ホームページ/ウェブサイト). The words
 * owners use for our programs' problems are content, written by staff.
 */

/**
 * One entry of a group: its form (normalised and kana-folded like the index),
 * the number of the word it spells within the group (same number: a variant
 * spelling; another number: a synonym), and optionally a flag.
 */
export type SynonymItem = [form: string, word: number, flag?: typeof TARGET_ONLY | typeof TRIGGER_ONLY];
export type SynonymGroups = SynonymItem[][];

/** The file beside the index: the groups, and the notice their licence asks to travel with them. */
export type SynonymFile = { notice: string; groups: SynonymGroups };

export const SYNONYM_NOTICE =
  "Synonym groups from SudachiDict (Copyright (c) 2017 Works Applications Co., Ltd.), reduced to those that touch this site's content; " +
  "licensed under the Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0), through the npm package sudachi-synonyms-dictionary by azu.";

/** Reached from the other words of its group, never expanded from (SudachiDict's expansion control 1). */
export const TARGET_ONLY = 1;
/** A misspelling: leads to its group, never offered as a form to look for. */
export const TRIGGER_ONLY = 2;

/** How much a match through another form counts against a match of the word as typed. */
export const VARIANT_WEIGHT = 0.9;
export const SYNONYM_WEIGHT = 0.7;

/**
 * Whether a form is worth looking for. One character, or two kana, occur
 * inside unrelated text everywhere (金, あと): such forms neither keep a
 * group nor are shipped.
 */
export function searchableForm(form: string): boolean {
  const n = Array.from(form).length;
  return n >= 3 || (n === 2 && !/^[\u3041-\u309f]+$/.test(form));
}

export type Expansion = { key: string; weight: number };

export class Synonyms {
  private readonly byForm = new Map<string, [number, number][]>();

  constructor(private readonly groups: SynonymGroups) {
    groups.forEach((g, gi) =>
      g.forEach(([form, , flag], ii) => {
        if (flag === TARGET_ONLY) return;
        const at = this.byForm.get(form);
        if (at) at.push([gi, ii]);
        else this.byForm.set(form, [[gi, ii]]);
      }),
    );
  }

  /** The other forms of every group the form starts an expansion in, best weight first. */
  expand(key: string): Expansion[] {
    const best = new Map<string, number>();
    for (const [gi, ii] of this.byForm.get(key) ?? []) {
      const group = this.groups[gi];
      const word = group[ii][1];
      for (const [form, w, flag] of group) {
        if (form === key || flag === TRIGGER_ONLY) continue;
        const weight = w === word ? VARIANT_WEIGHT : SYNONYM_WEIGHT;
        if ((best.get(form) ?? 0) < weight) best.set(form, weight);
      }
    }
    return [...best].map(([k, weight]) => ({ key: k, weight })).sort((a, b) => b.weight - a.weight);
  }
}
