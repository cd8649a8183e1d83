import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssues } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { auditPhones, readSourceNumbers, SOURCE_DIR } from "@/lib/content/phone-audit";
import { filesUnder } from "@/lib/content/read-text";
import { sessionsOf } from "@/lib/content/schedule";

const root = path.resolve(__dirname, "../..");
/** Computed independently of the schema's own weekday helper, via Intl. */
const weekdayFromIso = (isoDay: string) => new Intl.DateTimeFormat("ja-JP", { weekday: "short", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
const loaded = loadContent(path.join(root, "content"), root);
const sourceDir = path.join(root, SOURCE_DIR);
/** The guidebook section III text, where the programs' numbered headings are. */
const sourceText = readSourceNumbers(sourceDir).files.map((f) => fs.readFileSync(path.join(sourceDir, f), "utf8")).join("\n");
/** The numbered program headings of the guidebook section, e.g. " １ 省エネ…" or "10 海外…". */
const sourceItemCount = new Set(
  [...sourceText.normalize("NFKC").matchAll(/^\s?(\d{1,2}) \S/gm)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= 40),
).size;

describe("content/", () => {
  it("has no validation issues", () => {
    expect(loaded.issues, formatIssues(loaded.issues)).toEqual([]);
  });

  it("has one program per numbered item of the guidebook, numbered without gaps", () => {
    expect(sourceItemCount).toBeGreaterThan(0);
    expect(loaded.programs.map((p) => p.source.number)).toEqual(Array.from({ length: sourceItemCount }, (_, i) => i + 1));
  });

  it("loads every Markdown file in content/programs", () => {
    const files = fs.readdirSync(path.join(root, "content/programs"));
    expect(loaded.programs.map((p) => `${p.slug}.md`).sort()).toEqual(files.sort());
  });

  it("loads every need file, in display order", () => {
    const files = fs.readdirSync(path.join(root, "content/needs"));
    expect(loaded.needs.map((n) => `${n.slug}.md`).sort()).toEqual(files.sort());
    expect(loaded.needs.map((n) => n.order)).toEqual([...loaded.needs.map((n) => n.order)].sort((a, b) => a - b));
  });

  it("has a program under every need", () => {
    for (const n of loaded.needs) {
      expect(loaded.programs.filter((p) => p.categories.includes(n.slug)).length, n.slug).toBeGreaterThan(0);
    }
  });

  it("takes each program title from its guidebook heading", () => {
    const flat = sourceText.normalize("NFKC").replace(/\s+/g, "");
    for (const p of loaded.programs) {
      const mainTitle = p.title.normalize("NFKC").replace(/\s+/g, "").replace(/\(.*\)$/, "");
      expect(flat, p.file).toContain(mainTitle);
    }
  });

  it("carries every number of the source, and no number outside it without a confirmation", () => {
    const files = new Map(filesUnder(path.join(root, "content")).map((f) => [path.relative(root, f), fs.readFileSync(f, "utf8")]));
    const audit = auditPhones(readSourceNumbers(sourceDir).digits, files);
    expect(audit.source.size).toBeGreaterThan(0);
    expect(audit.unconfirmed).toEqual([]);
    // A source number may only be gone when a confirmed number can have taken its place.
    for (const m of audit.missing) expect(m.replacedIn, m.digits).not.toEqual([]);
  });

  it("stores schedule dates whose weekday matches, within one fiscal year", () => {
    const scheduled = loaded.programs.filter((p) => p.schedule);
    expect(scheduled.length).toBeGreaterThan(0);
    for (const p of scheduled) {
      const sessions = sessionsOf(p.schedule!);
      for (const s of sessions) expect(weekdayFromIso(s.date), `${p.file} ${s.date}`).toBe(s.weekday);
      const years = new Set(sessions.map((s) => (Number(s.date.slice(5, 7)) >= 4 ? Number(s.date.slice(0, 4)) : Number(s.date.slice(0, 4)) - 1)));
      expect(years.size, p.file).toBe(1);
    }
  });

  it("has as many schedule dates as the source table has day(weekday) cells", () => {
    const cells = [...sourceText.matchAll(/\d{1,2}日\([日月火水木金土]\)/g)].length;
    const dates = loaded.programs.flatMap((p) => (p.schedule ? sessionsOf(p.schedule) : [])).length;
    expect(cells).toBeGreaterThan(0);
    expect(dates).toBe(cells);
  });

  it("lists as many municipalities of each kind as the areas page says (e.g. 40（10市22町8村）)", () => {
    const areas = loaded.areas!;
    const stated = /(\d+)（(\d+)市(\d+)町(\d+)村）/.exec(fs.readFileSync(path.join(root, "content/areas/municipalities.md"), "utf8"))!;
    const names = areas.municipalities.map((m) => m.name);
    expect(names.length).toBe(Number(stated[1]));
    expect(names.filter((n) => n.endsWith("市")).length).toBe(Number(stated[2]));
    expect(names.filter((n) => n.endsWith("町")).length).toBe(Number(stated[3]));
    expect(names.filter((n) => n.endsWith("村")).length).toBe(Number(stated[4]));
    for (const r of areas.regions) expect(areas.municipalities.some((m) => m.region === r.id), r.id).toBe(true);
  });
});
