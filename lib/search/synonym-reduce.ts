import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { foldKana, normalize } from "./normalize";
import { searchableForm, TARGET_ONLY, TRIGGER_ONLY, type SynonymGroups, type SynonymItem } from "./synonyms";

/**
 * Build time: SudachiDict's synonym groups cut down to those that touch our
 * content, in the shape the browser reads (synonyms.ts).
 */

/** A group as the npm package sudachi-synonyms-dictionary gives it (the fields used here). */
export type SudachiGroup = {
  id: string;
  items: {
    expandControl: 0 | 1 | 2;
    vocabularyNumber?: number;
    gokeiSyubetsu: string;
    hyoukiYure: string;
    midashi: string;
  }[];
};

/**
 * The package's JSON file, read directly: its ES module entry point is
 * missing from the published package, and the file (14 MB) is only ever
 * needed here, at build time.
 */
export function loadSudachiSynonyms(): SudachiGroup[] {
  const entry = createRequire(__filename).resolve("sudachi-synonyms-dictionary");
  return JSON.parse(fs.readFileSync(path.join(path.dirname(entry), "sudachi-synonyms-dictionary.json"), "utf8")) as SudachiGroup[];
}

/**
 * The groups with a form that occurs in `corpus` (every program's text and
 * words, normalised and kana-folded), each with at least two searchable
 * forms. Forms SudachiDict marks as never to be used for expansion are
 * dropped; misspellings are kept as ways into their group only.
 */
export function reduceSynonyms(groups: readonly SudachiGroup[], corpus: string): SynonymGroups {
  const out: SynonymGroups = [];
  for (const g of groups) {
    const items = new Map<string, SynonymItem>();
    for (const i of g.items) {
      if (i.expandControl === 2) continue;
      const form = foldKana(normalize(i.midashi).trim());
      if (!searchableForm(form) || items.has(form)) continue;
      const misspelt = i.gokeiSyubetsu === "間違い" || i.hyoukiYure === "間違い表記";
      const flag = misspelt ? TRIGGER_ONLY : i.expandControl === 1 ? TARGET_ONLY : undefined;
      items.set(form, flag ? [form, i.vocabularyNumber ?? 0, flag] : [form, i.vocabularyNumber ?? 0]);
    }
    const list = [...items.values()];
    if (list.length >= 2 && list.some(([form, , flag]) => flag !== TRIGGER_ONLY && corpus.includes(form))) out.push(list);
  }
  return out;
}
