import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { A11Y_RESULTS_FILE, a11yResultsSchema, a11yTotals, type A11yResults } from "../../lib/a11y/results";
import { formatJapaneseDate } from "../../lib/content/schedule";
import { AXE_WIDTHS, runRecords } from "./a11y-record";
import { everyScreen, templates } from "./content";
import { fetchPage } from "./html";

/**
 * Runs after pages.spec.ts and templates.spec.ts (a project dependency in
 * playwright.config.ts) and holds lib/a11y/results.json, which the
 * accessibility page publishes, to what those tests found in this run:
 * the same screens and templates, the same counts, the same axe-core. A file
 * that claims what the run did not find, or that no longer covers the site,
 * fails here. `UPDATE_A11Y_RESULTS=1` writes the file from this run instead.
 */

const file = path.resolve(__dirname, "../..", A11Y_RESULTS_FILE);
const REMAKE = `npm run build のあと UPDATE_A11Y_RESULTS=1 npx playwright test tests/e2e/a11y-results.spec.ts で記録し直し、もう一度ビルドしてください`;

/** Today in Japan time, as the run's date. */
const japanToday = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

function thisRun(): A11yResults {
  const { pages, keyboard } = runRecords(test.info().project.outputDir);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const byTemplate = new Map(keyboard.map((k) => [k.template, k]));
  const missing = [...everyScreen.filter((r) => !byPath.has(r)), ...templates.filter((t) => !byTemplate.has(t)).map((t) => `keyboard ${t}`)];
  expect(missing, "この実行で試験の記録がない画面（pages.spec.ts と templates.spec.ts を全部実行してください）").toEqual([]);
  const versions = new Set(pages.map((p) => `${p.axeVersion} ${p.axeRules}`));
  expect(versions.size, "axe-core の版と規則の数が画面によって違います").toBe(1);
  return {
    date: japanToday(),
    axeVersion: pages[0].axeVersion,
    axeRules: pages[0].axeRules,
    widths: [...AXE_WIDTHS],
    pages: everyScreen.map((r) => {
      const { path, axe, headings, tables, phoneLinks, overflow } = byPath.get(r)!;
      return { path, axe, headings, tables, phoneLinks, overflow };
    }),
    keyboard: templates.map((t) => byTemplate.get(t)!),
  };
}

/** One line per screen and per template, so a change to the record reads as a short diff. */
function format(r: A11yResults): string {
  const items = (list: object[]) => list.map((x) => `    ${JSON.stringify(x)}`).join(",\n");
  const head = (["date", "axeVersion", "axeRules", "widths"] as const).map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(r[k])},`).join("\n");
  return `{\n${head}\n  "pages": [\n${items(r.pages)}\n  ],\n  "keyboard": [\n${items(r.keyboard)}\n  ]\n}\n`;
}

test("the published accessibility results are this run's", async ({ request }) => {
  const run = thisRun();
  if (process.env.UPDATE_A11Y_RESULTS === "1") {
    fs.writeFileSync(file, format(run));
    test.info().annotations.push({ type: "written", description: `${A11Y_RESULTS_FILE} (${run.date}); rebuild so that /accessibility shows it` });
    return;
  }

  const parsed = a11yResultsSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  expect(parsed.error?.issues ?? [], `${A11Y_RESULTS_FILE} の形式が正しくありません。${REMAKE}`).toEqual([]);
  const recorded = parsed.data!;
  const { date, ...sameAsRun } = recorded;
  const { date: today, ...found } = run;
  expect(date <= today, `${A11Y_RESULTS_FILE} date: ${date} は今日（${today}）より後です。${REMAKE}`).toBe(true);
  expect(sameAsRun.axeVersion, `${A11Y_RESULTS_FILE} axeVersion: 記録と今回の axe-core の版が違います。${REMAKE}`).toBe(found.axeVersion);
  expect(sameAsRun.pages.map((p) => p.path), `${A11Y_RESULTS_FILE} pages: 記録した画面と、いまのサイトの画面が違います。${REMAKE}`).toEqual(found.pages.map((p) => p.path));
  expect(
    sameAsRun.keyboard.map((k) => `${k.template} ${k.path}`),
    `${A11Y_RESULTS_FILE} keyboard: 記録したページの種類と、今回キーボードで試したページが違います。${REMAKE}`,
  ).toEqual(found.keyboard.map((k) => `${k.template} ${k.path}`));
  expect(sameAsRun, `${A11Y_RESULTS_FILE}: 記録の数値が今回の試験の結果と違います。${REMAKE}`).toEqual(found);

  // The page as built says what the file says (the build reads the file; a stale build would not).
  const { doc } = await fetchPage(request, "/accessibility");
  const main = doc.querySelector("main")!;
  const text = main.textContent ?? "";
  const totals = a11yTotals(recorded);
  expect(text).toContain("JIS X 8341-3:2016");
  expect(text).toContain("適合レベル AA");
  expect(main.querySelector("time")?.getAttribute("datetime"), "/accessibility shows the date of the recorded run").toBe(recorded.date);
  expect(text).toContain(formatJapaneseDate(recorded.date));
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
