import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { checkJapanesePhone } from "../../lib/phone/number";
import { phoneDigitsIn } from "../../lib/content/phone-text";
import { PREFECTURES } from "./synthetic";

/**
 * Content of any size for `npm run bench:build`, written into a scratch copy
 * of the project (never the checkout): program k beyond the real ones is a
 * copy of real program file k mod 21, as written, under a new file name, with
 * its own title, its own item number in a test section of the guidebook, and
 * its own phone and fax numbers.
 *
 * Those numbers are test numbers: the same area code and first digit as the
 * number they replace, the other digits from a counter, each one a number
 * libphonenumber accepts and none of them a number of the guidebook. The phone
 * audit accepts a number only if the source texts (docs/source/) hold it, so
 * the scratch copy gets one more source text, TEST_NUMBERS_FILE, listing
 * exactly the test numbers it uses: they are accepted in that copy and nowhere
 * else. The result is loaded with the site's own loader and refused unless it
 * validates, so every size measures a build of valid content.
 */
export const TEST_NUMBERS_FILE = "bench-test-numbers.txt";

const PHONE = /\b0\d{1,4}-\d{1,4}-\d{3,4}\b/g;

export type SyntheticContent = { programs: number; testNumbers: number };

export function writeSyntheticPrograms(projectDir: string, total: number): SyntheticContent {
  const programsDir = path.join(projectDir, "content", "programs");
  const real = fs
    .readdirSync(programsDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ slug: f.replace(/\.md$/, ""), text: fs.readFileSync(path.join(programsDir, f), "utf8") }));
  if (total < real.length) throw new Error(`${total} 件は実際の制度（${real.length} 件）より少ないため作れません`);
  const sourceDir = path.join(projectDir, "docs", "source");
  const numbers = new TestNumbers(fs.readdirSync(sourceDir).flatMap((f) => [...phoneDigitsIn(fs.readFileSync(path.join(sourceDir, f), "utf8"))]));

  for (let k = real.length; k < total; k++) {
    const template = real[k % real.length];
    fs.writeFileSync(path.join(programsDir, `${template.slug}-${k}.md`), syntheticProgram(template.text, k - real.length, numbers));
  }
  fs.writeFileSync(
    path.join(sourceDir, TEST_NUMBERS_FILE),
    [
      "npm run bench:build が一時フォルダーの作業用コピーにだけ置く、試験用の制度の電話・FAX番号（出典ではありません）。",
      ...numbers.issued.map((n) => `TEL ${n}`),
      "",
    ].join("\n"),
  );

  const loaded = loadContent(path.join(projectDir, "content"), projectDir);
  if (loaded.issues.length) {
    throw new Error(`作った制度が検証を通りません:\n${loaded.issues.slice(0, 20).map((i) => `  ${i.file}${i.line ? ` ${i.line}行目` : ""} ${i.field ?? ""}: ${i.message}`).join("\n")}`);
  }
  if (loaded.programs.length !== total) throw new Error(`制度が ${loaded.programs.length} 件です（${total} 件のはず）`);
  return { programs: total, testNumbers: numbers.issued.length };
}

/**
 * Copy j (0, 1, …) of a program file: a title naming a prefecture and the copy,
 * an item number in a test section (999 to a section, the most an item number
 * may be), and a test number for each number of the original.
 */
function syntheticProgram(text: string, j: number, numbers: TestNumbers): string {
  const end = text.indexOf("\n---", 4);
  let front = text.slice(0, end);
  const body = text.slice(end);
  const pref = PREFECTURES[j % PREFECTURES.length];
  const block = Math.floor(j / 999) + 1;
  front = replaceLine(front, /^title: (.*)$/m, (title) => `title: ${JSON.stringify(`${plain(title)}（${pref}・試験用 ${j + 1}）`)}`);
  front = replaceLine(front, /^(source:\n(?: {2}.*\n)*? {2}section: )(.*)$/m, (section, head) => `${head}${JSON.stringify(`${plain(section)}（試験用 ${block}）`)}`);
  front = replaceLine(front, /^(source:\n(?: {2}.*\n)*? {2}number: )(\d+)$/m, (_, head) => `${head}${(j % 999) + 1}`);
  const mine = new Map<string, string>();
  front = front.replace(PHONE, (n) => {
    if (!mine.has(n)) mine.set(n, numbers.next(n));
    return mine.get(n)!;
  });
  return front + body;
}

/** Replaces the first match of a line pattern; a file that lacks the line is an error, not a silent copy. */
function replaceLine(text: string, pattern: RegExp, replace: (value: string, head: string) => string): string {
  const m = pattern.exec(text);
  if (!m) throw new Error(`${pattern} に当たる行がありません`);
  const [whole, a, b] = m;
  const replaced = b === undefined ? replace(a, "") : replace(b, a);
  return text.slice(0, m.index) + replaced + text.slice(m.index + whole.length);
}

/** A YAML scalar as written on one line: quoted or plain. */
function plain(value: string): string {
  const v = value.trim();
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** Numbers shaped like the one they replace (area code and first digit kept), never one of the source's. */
class TestNumbers {
  readonly issued: string[] = [];
  private readonly taken: Set<string>;
  private counter = 0;

  constructor(sourceDigits: string[]) {
    this.taken = new Set(sourceDigits);
  }

  next(like: string): string {
    const [area, exchange, subscriber] = like.split("-");
    const free = exchange.length - 1 + subscriber.length;
    for (let tries = 0; tries < 100_000; tries++) {
      const digits = String(this.counter++ % 10 ** free).padStart(free, "0");
      const candidate = `${area}-${exchange[0]}${digits.slice(0, exchange.length - 1)}-${digits.slice(exchange.length - 1)}`;
      const plainDigits = candidate.replace(/-/g, "");
      if (this.taken.has(plainDigits) || !checkJapanesePhone(candidate).ok) continue;
      this.taken.add(plainDigits);
      this.issued.push(candidate);
      return candidate;
    }
    throw new Error(`${like} と同じ形の試験用の番号が作れません`);
  }
}
