import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { A11Y_RESULTS_FILE, a11yResultsSchema, a11yTotals, type A11yResults } from "../../lib/a11y/results";
import { formatJapaneseDate } from "../../lib/content/schedule";
import { japanToday } from "../../lib/content/schedule-status";
import { AXE_WIDTHS, runRecords, type PageRecord } from "../support/a11y-record";
import { everyScreen, templates } from "../support/content";
import { fetchPage } from "../support/html";

/**
 * Runs after pages.spec.ts and templates.spec.ts (a project dependency in
 * playwright.config.ts) and holds lib/a11y/results.json, which the
 * accessibility page publishes, to what those tests found in this run. The
 * record speaks of the screens it lists, on the day it names: it fails here
 * only where this run contradicts it — a recorded screen tested again that
 * now has another number of problems (axe violations at either width,
 * headings, tables, phone links, sideways scroll), or a template whose
 * keyboard walk now finds another number of problems. What only measures the
 * scope of a check (how many phone links, how many tab stops) grows and
 * shrinks with content and is no contradiction; nor is a page content has
 * added or removed since: the record never spoke of it. So a correct content
 * change never turns this red.
 * `UPDATE_A11Y_RESULTS=1` writes the file from this run (all of it) instead.
 */

const file = path.resolve(__dirname, "../..", A11Y_RESULTS_FILE);
const REMAKE = `npm run build のあと UPDATE_A11Y_RESULTS=1 npx playwright test tests/e2e/a11y-results.spec.ts で記録し直し、もう一度ビルドしてください`;


type Page = A11yResults["pages"][number];
const counts = ({ axe, headings, tables, phoneLinks, overflow }: Page) => ({ axe, headings, tables, phoneLinks, overflow });
/** What the record claims of a screen: its problems, not how much there was to check. */
const problems = (p: Page) => ({ axe: p.axe, headings: p.headings, tables: p.tables, phoneLinks: p.phoneLinks.problems, overflow: p.overflow });

/** The whole of this run, as the file records it; only for writing the file, so every screen and template must be there. */
function completeRun(pages: PageRecord[], keyboard: A11yResults["keyboard"]): A11yResults {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const byTemplate = new Map(keyboard.map((k) => [k.template, k]));
  const missing = [...everyScreen.filter((r) => !byPath.has(r)), ...templates.filter((t) => !byTemplate.has(t)).map((t) => `keyboard ${t}`)];
  expect(missing, "この実行で試験の記録がない画面（pages.spec.ts と templates.spec.ts を全部実行してください）").toEqual([]);
  const versions = new Set(pages.map((p) => `${p.axeVersion} ${p.axeRules}`));
  expect(versions.size, "axe-core の版と規則の数が画面によって違います").toBe(1);
  return {
    date: japanToday(new Date()),
    axeVersion: pages[0].axeVersion,
    axeRules: pages[0].axeRules,
    widths: [...AXE_WIDTHS],
    pages: everyScreen.map((r) => ({ path: r, ...counts(byPath.get(r)!) })),
    keyboard: templates.map((t) => byTemplate.get(t)!),
  };
}

/** One line per screen and per template, so a change to the record reads as a short diff. */
function format(r: A11yResults): string {
  const items = (list: object[]) => list.map((x) => `    ${JSON.stringify(x)}`).join(",\n");
  const head = (["date", "axeVersion", "axeRules", "widths"] as const).map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(r[k])},`).join("\n");
  return `{\n${head}\n  "pages": [\n${items(r.pages)}\n  ],\n  "keyboard": [\n${items(r.keyboard)}\n  ]\n}\n`;
}

test("the published accessibility results are not contradicted by this run", async ({ request }) => {
  const run = runRecords(test.info().project.outputDir);
  if (process.env.UPDATE_A11Y_RESULTS === "1") {
    const made = completeRun(run.pages, run.keyboard);
    fs.writeFileSync(file, format(made));
    test.info().annotations.push({ type: "written", description: `${A11Y_RESULTS_FILE} (${made.date}); rebuild so that /accessibility shows it` });
    return;
  }

  const parsed = a11yResultsSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  expect(parsed.error?.issues ?? [], `${A11Y_RESULTS_FILE} の形式が正しくありません。${REMAKE}`).toEqual([]);
  const recorded = parsed.data!;
  expect(recorded.date <= japanToday(new Date()), `${A11Y_RESULTS_FILE} date: ${recorded.date} は今日より後です。${REMAKE}`).toBe(true);
  expect(recorded.widths, `${A11Y_RESULTS_FILE} widths: 記録と今回の試験の画面幅が違います。${REMAKE}`).toEqual([...AXE_WIDTHS]);

  const now = new Map(run.pages.map((p) => [p.path, p]));
  const retested = recorded.pages.filter((p) => now.has(p.path));
  expect(retested.length, "記録した画面を、この実行で1つも試験していません（pages.spec.ts を実行してください）").toBeGreaterThan(0);
  const contradicted = retested.filter((p) => JSON.stringify(problems(p)) !== JSON.stringify(problems(now.get(p.path)!)));
  expect(
    contradicted.map((p) => `${p.path}: 記録 ${JSON.stringify(problems(p))} / 今回 ${JSON.stringify(problems(now.get(p.path)!))}`),
    `${A11Y_RESULTS_FILE}: 記録した画面の結果が今回の試験と違います。${REMAKE}`,
  ).toEqual([]);
  const added = run.pages.filter((p) => !recorded.pages.some((r) => r.path === p.path)).map((p) => p.path);
  if (added.length) test.info().annotations.push({ type: "not in the record (added since; not a contradiction)", description: added.join(", ") });

  const walked = new Map(run.keyboard.map((k) => [k.template, k]));
  const keyboardContradictions = recorded.keyboard.flatMap((k) => {
    const w = walked.get(k.template);
    if (!w) return [];
    return w.problems === k.problems ? [] : [`${k.template}: 記録 問題 ${k.problems} 件 / 今回 問題 ${w.problems} 件（${w.path}）`];
  });
  expect(keyboardContradictions, `${A11Y_RESULTS_FILE} keyboard: キーボード操作の結果が記録と違います。${REMAKE}`).toEqual([]);

  // The page as built says what the file says (the build reads the file; a stale build would not).
  const { doc } = await fetchPage(request, "/accessibility");
  const main = doc.querySelector("main")!;
  const text = main.textContent ?? "";
  const totals = a11yTotals(recorded);
  expect(text).toContain("JIS X 8341-3:2016");
  expect(text).toContain("適合レベル AA");
  expect(main.querySelector("time")?.getAttribute("datetime"), "/accessibility shows the date of the recorded run").toBe(recorded.date);
  expect(text, "/accessibility says when the run was and how many pages it covered").toContain(`${formatJapaneseDate(recorded.date)}に試験した ${recorded.pages.length} ページ`);
  expect(text).toContain(`axe-core ${recorded.axeVersion}`);
  const rows = Object.fromEntries(
    [...main.querySelectorAll("table")[0].querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th")?.textContent, [...tr.querySelectorAll("td")].map((td) => td.textContent)]),
  );
  expect(rows["自動試験"]?.at(-1)).toBe(`違反 ${totals.axe} 件`);
  expect(rows["自動試験"]?.[1]).toContain(`${recorded.pages.length} 画面`);
  expect(rows["キーボード操作"]?.at(-1)).toBe(`問題 ${totals.keyboard} 件`);
  expect(rows["キーボード操作"]?.[1]).toContain(`${recorded.keyboard.length} 種類`);
  expect(rows["見出しと表"]?.at(-1)).toBe(`問題 ${totals.headingsAndTables} 件`);
  expect(rows["電話のリンク"]?.at(-1)).toBe(`問題 ${totals.phoneLinks} 件`);
  expect(rows["狭い画面"]?.at(-1)).toBe(`問題 ${totals.overflow} 件`);
  const perPage = [...main.querySelectorAll("table")[1].querySelectorAll("tbody tr")].map((tr) => [
    tr.querySelector("th")?.textContent,
    ...[...tr.querySelectorAll("td")].map((td) => td.textContent),
  ]);
  expect(perPage).toEqual(recorded.pages.map((p) => [p.path, ...p.axe.map((n) => `違反 ${n} 件`)]));
});
