import { phoneDigits } from "../../lib/phone/number";
import { foldKana, normalize } from "../../lib/search/normalize";
import { FOLD_MIN_CHARS } from "../../lib/search/query";
import { PHONE_CHARS } from "../../lib/search/query-words";
import type { SearchDoc } from "../../lib/search/types";

/**
 * Whether a program contains a query, found by reading every program: the
 * definition the index is measured against (tests, benchmark). It shares only
 * normalize() with the engine, not its tokens, shards or candidate checks.
 */
export type ScannedDoc = { slug: string; texts: string[]; folded: string[]; numbers: string[] };

export function scanDoc(d: SearchDoc): ScannedDoc {
  const texts = d.fields.map(([, t]) => normalize(t));
  return { slug: d.slug, texts, folded: texts.map(foldKana), numbers: [...d.phones.map((p) => p.number), ...d.faxes].map(phoneDigits) };
}

export function containsQuery(d: ScannedDoc, query: string): boolean {
  const terms = normalize(query).split(" ").filter(Boolean);
  return (
    terms.length > 0 &&
    terms.every((term) => {
      const fold = Array.from(term).length >= FOLD_MIN_CHARS;
      const needle = fold ? foldKana(term) : term;
      if ((fold ? d.folded : d.texts).some((t) => t.includes(needle))) return true;
      const digits = PHONE_CHARS.test(term) ? term.replace(/\D/g, "") : "";
      return digits.length >= 2 && d.numbers.some((n) => n.includes(digits));
    })
  );
}
