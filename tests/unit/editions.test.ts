import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSiteContent } from "@/lib/content/api";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { programChecklist } from "@/lib/content/review/checklist";
import { dueReport } from "@/lib/content/review/due";
import { reviewComment } from "@/lib/content/review/report";
import { freshnessText } from "@/lib/content/reviews";
import { checklistFile, SETTINGS_FILE, startEdition } from "@/scripts/lib/edition-start";
import { contentNow } from "@/scripts/lib/content-files";

/**
 * Fiscal-year editions on a copy of the real project (content/, the guidebook
 * text, app/ for the pages links may point at): starting a year, the weekly
 * reminder on fixed days, and the pull request's comment. The checkout's own
 * content/ is never written.
 */
const root = path.resolve(__dirname, "../..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "navi-editions-"));
  dirs.push(dir);
  for (const sub of ["content", "docs/source", "app"]) fs.cpSync(path.join(root, sub), path.join(dir, sub), { recursive: true });
  return dir;
}
const write = (dir: string, file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
const readIn = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "utf8");
/** A program's file with review records added before `source:` (and any other lines), as staff would write them. */
function addLines(dir: string, file: string, lines: string) {
  write(dir, file, readIn(dir, file).replace(/^source:/m, `${lines}\nsource:`));
}
const reviewLines = (date: string, extra = "") => `reviews:\n  - edition: 2026\n    date: ${date}\n    method: 電話\n    department: 商工労働部 商工政策課${extra}`;

describe("npm run edition:start", () => {
  it("makes the year current through the settings file, writes its checklist from the schema, and leaves every program 要確認", () => {
    const dir = copy();
    write(dir, SETTINGS_FILE, "---\n# yaml-language-server: $schema=../../schemas/settings.schema.json\nedition: 2023\n---\n");
    const result = startEdition(dir, 2026, "2026-12-07");
    expect(result.ok, result.message).toBe(true);
    expect(readIn(dir, SETTINGS_FILE)).toBe("---\n# yaml-language-server: $schema=../../schemas/settings.schema.json\nedition: 2026\nstarted: 2026-12-07\n---\n");
    const site = loadSiteContent(dir);
    expect(site.settings).toEqual({ edition: 2026, started: "2026-12-07" });
    for (const p of site.programs) {
      expect(p.freshness.state, p.slug).toBe("unreviewed");
      expect(freshnessText(p.freshness)).toBe("令和5年度の中小企業支援ガイドブックの情報です。変わっている場合があるため、電話でお確かめください");
    }
    expect(result.message).toContain("確認済み 0/21");
    const checklist = readIn(dir, checklistFile(2026));
    expect(checklist).toContain("確認済みは 0/21 件");
    // every program, and every fact of each: what the schema marks reviewable, with its current value
    for (const p of site.programs) {
      const fm = parseFrontMatter(readIn(dir, p.file));
      const facts = programChecklist(fm.ok ? fm.data : {}, fm.ok ? fm.body : "");
      expect(facts.length, p.slug).toBeGreaterThan(5);
      expect(checklist).toContain(`\`${p.file}\``);
      for (const f of facts) expect(checklist, `${p.slug} ${f.field}`).toContain(`（\`${f.field}\`）`);
    }
    expect(checklist).toContain(`- [ ] 担当窓口`);
  });

  it("run again in the year keeps the day it was started, and ticks a reviewed program", () => {
    const dir = copy();
    expect(startEdition(dir, 2026, "2026-12-07").ok).toBe(true);
    const file = "content/programs/energy-saving.md";
    addLines(dir, file, reviewLines("2026-12-08"));
    const again = startEdition(dir, 2026, "2026-12-09");
    expect(again.ok, again.message).toBe(true);
    expect(readIn(dir, SETTINGS_FILE)).toContain("started: 2026-12-07");
    const section = readIn(dir, checklistFile(2026)).split("\n## ").find((s) => s.includes(`\`${file}\``))!;
    expect(section).toContain("状態: 確認済み（2026年12月8日、担当課に電話で確認。商工労働部 商工政策課）");
    expect(section).not.toContain("- [ ]");
    expect(again.message).toContain("確認済み 1/21");
  });

  it("refuses a year that has not begun, a year before the current one, and content that does not validate", () => {
    const dir = copy();
    const settings = readIn(dir, SETTINGS_FILE);
    expect(startEdition(dir, 2027, "2027-03-31")).toMatchObject({ ok: false, message: expect.stringContaining("令和9年度（2027）はまだ始まっていません") });
    expect(startEdition(dir, 2025, "2027-04-01")).toMatchObject({ ok: false, message: expect.stringContaining("前の年度には戻せません") });
    addLines(dir, "content/programs/energy-saving.md", "nextReview: 2026-13-01");
    expect(startEdition(dir, 2027, "2027-04-01")).toMatchObject({ ok: false, message: expect.stringContaining("2026-13-01 という日はありません") });
    expect(readIn(dir, SETTINGS_FILE)).toBe(settings);
  });
});

describe("npm run review:due, on fixed days", () => {
  // Every program reviewed on 2026-05-12 (due 2027-04-01), one of them to be checked again on 2026-10-01.
  const dir = copy();
  const again = "content/programs/yorozu.md";
  for (const file of fs.readdirSync(path.join(dir, "content/programs"))) addLines(dir, `content/programs/${file}`, reviewLines("2026-05-12"));
  addLines(dir, again, "nextReview: 2026-10-01");
  const site = loadSiteContent(dir);
  const title = site.programs.find((p) => p.file === again)!.title;

  it("lists nothing before a due date, the program on its due date and after, and everything once the year is over", () => {
    expect(dueReport(site.programs, "2026-09-30", 2026)).toMatchObject({ count: 0, markdown: expect.stringContaining("期限（次に確認する日）を過ぎた制度はありません") });
    for (const day of ["2026-10-01", "2027-03-31"]) {
      const report = dueReport(site.programs, day, 2026);
      expect(report.count, day).toBe(1);
      expect(report.markdown).toContain(`| ${title} | 2026年10月1日 | 令和8年度（2026年5月12日、担当課に電話で確認） | \`${again}\` |`);
    }
    expect(dueReport(site.programs, "2027-04-01", 2026).count).toBe(site.programs.length);
  });

  it("prints the same from the command line, with the count for the workflow", { timeout: 60_000 }, () => {
    const run = (today: string) => {
      const output = path.join(dir, `github-output-${today}`);
      const text = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/review-due.ts"), "--root", dir, "--today", today], {
        encoding: "utf8",
        env: { ...process.env, GITHUB_OUTPUT: output },
      });
      return { text, count: fs.readFileSync(output, "utf8") };
    };
    expect(run("2026-09-30")).toEqual({ text: `${dueReport(site.programs, "2026-09-30", 2026).markdown}\n`, count: "count=0\n" });
    const due = run("2026-10-02");
    expect(due.text).toContain(title);
    expect(due.count).toBe("count=1\n");
  });
});

describe("the pull request's comment", () => {
  it("gives the edition's progress and lists each changed fact with the review that confirmed it", () => {
    const dir = copy();
    const before = contentNow(dir);
    const file = "content/programs/energy-saving.md";
    const text = readIn(dir, file);
    const number = /number: (\S+)/.exec(text)![1];
    // A number not in the guidebook also needs its desk's confirmation record, as before.
    write(dir, file, text.replace(`number: ${number}`, "number: 017-734-0001").replace(/^(    fax: .*)$/m, "$1\n    confirmed:\n      date: 2026-05-12\n      method: 電話で確認"));
    addLines(dir, file, reviewLines("2026-05-12", `\n    changes:\n      - field: contacts[0].tel[0].number\n        before: "${number}"\n        after: "017-734-0001"`));
    expect(loadContent(path.join(dir, "content"), dir).issues).toEqual([]);
    const comment = reviewComment(before, contentNow(dir));
    const title = /title: (.+)/.exec(text)![1];
    expect(comment).toMatch(/^<!-- aomori-shien-navi:review-progress -->\n## 令和8年度の確認: 確認済み 1\/21\n/);
    expect(comment).toContain(`- ${title}（\`${file}\`）: 令和8年度に確認（2026年5月12日、担当課に電話で確認。商工労働部 商工政策課）`);
    expect(comment).toContain(`\`contacts[0].tel[0].number\` | ${number} | 017-734-0001 | 2026-05-12（担当課に電話で確認） |`);
    expect(comment).not.toContain("⚠️");
  });
});
