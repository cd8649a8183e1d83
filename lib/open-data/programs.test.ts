import { describe, expect, it } from "vitest";
import { callNumbers, mainDesk, mainNumber } from "@/lib/content/model";
import { phonesOf, programFiles, programs } from "../../tests/support/content";
import { parseCsv } from "../../tests/support/csv";
import { CONTACT_COLUMNS, contactsCsv, datasetModified, PROGRAM_COLUMNS, programsCsv, programsJson } from "./programs";
import { editionLabel } from "@/lib/content/edition";
import { jgrantsFields } from "./jgrants";
import { programPath, programUrl } from "@/lib/site/paths";


describe("programs.csv", () => {
  const [header, ...rows] = parseCsv(programsCsv(programs));

  it("has the columns as defined, once each, and one row per program", () => {
    expect(header).toEqual(PROGRAM_COLUMNS.map((c) => c.name));
    expect(new Set(header).size).toBe(header.length);
    expect(rows).toHaveLength(programs.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it("gives each program's first contact number, its page and the day it was updated", () => {
    const col = (name: string) => header.indexOf(name);
    programs.forEach((p, i) => {
      expect(rows[i][col("名称")]).toBe(p.title);
      expect(rows[i][col("電話番号")]).toBe(mainNumber(p).number);
      expect(rows[i][col("URL")]).toBe(programUrl(p.slug));
      expect(rows[i][col("更新日")]).toBe(p.updated);
      expect(rows[i][col("都道府県コード又は市区町村コード")]).toBe("020001");
      expect(Number(rows[i][col("連絡先件数")])).toBe(phonesOf(p).length);
      expect(rows[i][col("出典_版")]).toBe(editionLabel(p.source));
      expect(rows[i][col("出典")]).toContain(editionLabel(p.source));
      expect(rows[i][col("最終確認日")]).toBe(mainDesk(p).confirmed?.date ?? "");
      expect(rows[i][col("最終確認の方法")]).toBe(mainDesk(p).confirmed?.method ?? "");
    });
  });

  it("gives each program's last review, only where content records one, and the day its next is due", () => {
    const col = (name: string) => header.indexOf(name);
    const reviewed = { ...programs[0], review: { edition: 2026, date: "2026-05-12", method: "電話" as const, department: "商工労働部 商工政策課" }, reviewDue: "2027-04-01" };
    const [, row] = parseCsv(programsCsv([reviewed]));
    expect([col("内容確認_年度"), col("内容確認_日"), col("内容確認_方法"), col("内容確認_部署"), col("内容確認_次回予定日")].map((c) => row[c])).toEqual([
      "令和8年度",
      "2026-05-12",
      "担当課に電話で確認",
      "商工労働部 商工政策課",
      "2027-04-01",
    ]);
    programs.forEach((p, i) => {
      expect(rows[i][col("内容確認_日")]).toBe(p.review?.date ?? "");
      expect(rows[i][col("内容確認_次回予定日")]).toBe(p.reviewDue);
    });
  });
});

describe("contacts.csv", () => {
  const [header, ...rows] = parseCsv(contactsCsv(programs));
  const col = (name: string) => header.indexOf(name);

  it("has a row for every telephone number on the site", () => {
    expect(header).toEqual(CONTACT_COLUMNS.map((c) => c.name));
    for (const p of programs) {
      const mine = rows.filter((r) => r[col("制度NO")] === String(p.source.number));
      for (const phone of phonesOf(p)) {
        expect(
          mine.some((r) => r[col("電話番号")] === phone.number && r[col("内線番号")] === (phone.extension ?? "")),
          `${p.slug} ${phone.number}`,
        ).toBe(true);
      }
    }
    expect(rows.filter((r) => r[col("電話番号")])).toHaveLength(programs.flatMap(phonesOf).length);
    expect(rows.map((r) => r[col("NO")])).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it("says of every number which edition it is from and, only where content records one, when and how it was confirmed", () => {
    for (const p of programs) {
      const mine = rows.filter((r) => r[col("制度NO")] === String(p.source.number));
      for (const r of mine) expect(r[col("出典_版")]).toBe(editionLabel(p.source));
      const confirmations = p.desks.flatMap((d) => (callNumbers(d).length ? callNumbers(d) : [undefined]).map(() => d.confirmed));
      expect(mine.map((r) => [r[col("最終確認日")], r[col("最終確認の方法")]])).toEqual(confirmations.map((c) => [c?.date ?? "", c?.method ?? ""]));
    }
  });
});

describe("programs.json", () => {
  // built before every session: a calendar file for each
  const json = programsJson(programs, "2000-01-01");

  it("carries every structured field of every program as its file writes it, with the licence and date", () => {
    expect(json.license.short).toBe("PDL1.0");
    expect(json.modified).toBe(datasetModified(programs));
    expect(json.programs).toHaveLength(programs.length);
    programFiles.forEach((p, i) => {
      const { schedule, ...fields } = p;
      const out = json.programs[i];
      const { review, reviewDue, freshness } = programs[i];
      const reviewed = review ? { reviewedEdition: review.edition, reviewedOn: review.date } : {};
      expect({ ...out, body: p.body, file: p.file }).toStrictEqual({
        ...fields,
        no: p.source.number,
        url: programUrl(p.slug),
        categoryLabels: programs[i].needs.map((n) => n.label),
        edition: editionLabel(p.source),
        reviewState: freshness.state,
        ...reviewed,
        reviewDue,
        jgrants: jgrantsFields(programs[i]),
        schedule: out.schedule,
      });
      expect(out).not.toHaveProperty("body");
      expect(out.edition).toBe(editionLabel(p.source));
      if (schedule) {
        expect(out.schedule?.venues.map((v) => v.dates)).toEqual(schedule.venues.map((v) => v.dates));
        const sessions = out.schedule?.venues.flatMap((v) => v.sessions) ?? [];
        expect(sessions).toHaveLength(schedule.venues.flatMap((v) => v.dates).length);
        for (const s of sessions) expect(s.ics).toMatch(new RegExp(`${programPath(p.slug)}/calendar/\\d+/${s.date}\\.ics$`));
      }
    });
  });

  it("links no calendar file for a session past on the day it is made", () => {
    const later = programsJson(programs, "2999-01-01");
    for (const out of later.programs) {
      for (const v of out.schedule?.venues ?? []) {
        expect(v).not.toHaveProperty("ics");
        for (const s of v.sessions) expect(s).not.toHaveProperty("ics");
      }
    }
  });
});
