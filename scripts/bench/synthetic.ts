import { allNumbers, type Program } from "../../lib/content/model";
import type { SearchDoc } from "../../lib/search/types";

/**
 * A directory of any size made from the real programs, standing in for
 * "every program in Japan": program k is a copy of real program k mod 21 set
 * in another prefecture, with its own title and its own phone numbers. The
 * same substitution is applied to the program (for our index) and to its
 * built page (for Pagefind), so both index the same text. The first 21 are
 * the real programs unchanged, so queries for real numbers still have answers.
 */

export const PREFECTURES = [
  "北海道", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都",
  "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県",
  "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県",
  "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
];

export type SyntheticProgram = { program: Program; template: Program; rewrite: (s: string) => string };

export function syntheticPrograms(real: Program[], count: number): SyntheticProgram[] {
  const out: SyntheticProgram[] = [];
  for (let k = 0; k < count; k++) {
    const template = real[k % real.length];
    if (k < real.length) {
      out.push({ program: template, template, rewrite: (s) => s });
      continue;
    }
    const pref = PREFECTURES[Math.floor(k / real.length) % PREFECTURES.length];
    const prefBase = pref === "北海道" ? pref : pref.slice(0, -1);
    const place = (s: string) => s.replaceAll("青森県", pref).replaceAll("青森", prefBase).replaceAll("あおもり", prefBase);
    const numbers = new Map<string, string>();
    for (const { number } of allNumbers(template)) numbers.set(number, renumber(number, k));
    const title = `${place(template.title)}（${pref}・${k}）`;
    const placedTitle = place(template.title);
    const rewrite = (s: string) => {
      let r = place(s);
      for (const [from, to] of numbers) r = r.replaceAll(from, to).replaceAll(from.replace(/-/g, ""), to.replace(/-/g, ""));
      return r.replaceAll(placedTitle, title);
    };
    const program = deepRewrite(template, rewrite) as Program;
    program.slug = `${template.slug}-${k}`;
    program.source = { ...template.source, number: k + 1 };
    out.push({ program, template, rewrite });
  }
  return out;
}

/**
 * The search document of a synthetic program, made by the same rewrite from its
 * template's document: the same as toSearchDoc(program), without parsing the
 * Markdown again for each of ten thousand copies.
 */
export function syntheticDoc(s: SyntheticProgram, templateDoc: SearchDoc, id: number): SearchDoc {
  return { ...(deepRewrite(templateDoc, s.rewrite) as SearchDoc), id, slug: s.program.slug };
}

// Same area code and shape, other digits: 017-734-9243 → 017-5xx-xxxx, fixed for a given program.
function renumber(number: string, k: number): string {
  const [area, ...rest] = number.split("-");
  let seed = k * 7919 + [...number].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const digit = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return String((seed >>> 16) % 10);
  };
  return [area, ...rest.map((part, i) => (i === 0 ? "5" : digit()) + [...part.slice(1)].map(digit).join(""))].join("-");
}

function deepRewrite(value: unknown, rewrite: (s: string) => string): unknown {
  if (typeof value === "string") return rewrite(value);
  if (Array.isArray(value)) return value.map((v) => deepRewrite(v, rewrite));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepRewrite(v, rewrite)]));
  }
  return value;
}

/**
 * A built page cut to what Pagefind indexes (it is told to read <main> only,
 * as ours reads the program and not the site's header and footer), so that
 * ten thousand pages cost less to hand over.
 */
export function pageForIndexing(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ""));
  const title = /<title>[\s\S]*?<\/title>/.exec(html);
  if (!main) throw new Error("built page has no <main>");
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8">${title?.[0] ?? ""}</head><body>${main[0]}</body></html>`;
}
