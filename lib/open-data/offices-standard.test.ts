import { describe, expect, it } from "vitest";
import { hoursRemarks, officeDays } from "@/lib/content/hours";
import { callNumbers, faxNumber } from "@/lib/content/model";
import { programUrl } from "@/lib/site/paths";
import { digits, programs } from "../../tests/support/content";
import { parseCsv } from "../../tests/support/csv";
import { OFFICES_STANDARD_HEADER, officesStandardCsv, standardPhone, standardRows, STANDARD_SEPARATOR } from "./offices-standard";

const [header, ...rows] = parseCsv(officesStandardCsv(programs));
const at = (row: string[], name: (typeof OFFICES_STANDARD_HEADER)[number]) => row[header.indexOf(name)];
const many = (cell: string) => (cell ? cell.split(STANDARD_SEPARATOR) : []);

describe("offices-standard.csv (自治体標準オープンデータセット「公共施設一覧」)", () => {
  it("has the standard's 56 columns in its order, each row all of them", () => {
    expect(header).toEqual([...OFFICES_STANDARD_HEADER]);
    expect(header).toHaveLength(56);
    expect(new Set(header).size).toBe(56);
    for (const row of rows) expect(row).toHaveLength(56);
  });

  it("has a row for every office and desk of every program: its name, place, numbers, hours and the program's page", () => {
    for (const p of programs) {
      for (const d of p.desks) {
        const [first, ...others] = callNumbers(d);
        const mine = rows.filter((r) => at(r, "名称") === d.name && many(at(r, "URL")).includes(programUrl(p.slug)) && at(r, "電話番号") === (first ? standardPhone(first.number) : ""));
        expect(mine, `${p.slug} ${d.field} ${d.name}`).toHaveLength(1);
        const [row] = mine;
        expect(at(row, "内線番号")).toBe(first?.extension ?? "");
        expect(at(row, "所在地_市区町村")).toBe(d.municipality?.name ?? "");
        expect(at(row, "所在地_全国地方公共団体コード")).toBe(d.municipality?.code ?? "");
        expect(at(row, "所在地_連結表記")).toContain(d.address ?? "");
        if (!d.address) expect(at(row, "所在地_連結表記")).toBe("");
        expect(at(row, "団体名")).toBe(d.organization ?? "");
        const remarks = at(row, "連絡先備考（その他、SNSなど）");
        for (const n of others) expect(remarks).toContain(`電話 ${standardPhone(n.number)}${n.extension ? ` 内線${n.extension}` : ""}`);
        const fax = faxNumber(d);
        if (fax) expect(remarks).toContain(`FAX ${standardPhone(fax.number)}`);
        expect([at(row, "利用可能曜日"), at(row, "開始時間"), at(row, "終了時間"), at(row, "利用可能時間特記事項")]).toEqual(
          d.hours ? [officeDays(d.hours)?.join("") ?? "", d.hours.open, d.hours.close, hoursRemarks(d.hours) ?? ""] : ["", "", "", ""],
        );
        expect(at(row, "説明")).toContain(`「${p.title}」の`);
      }
    }
  });

  it("writes values the standard's way: codes of 6 digits, times hh:mm, days 月火水木金, numbers with the area code in brackets", () => {
    for (const row of rows) {
      expect(at(row, "全国地方公共団体コード")).toBe("020001");
      expect(at(row, "地方公共団体名")).toBe("青森県");
      expect(at(row, "所在地_全国地方公共団体コード")).toMatch(/^(02\d{4})?$/);
      for (const t of [at(row, "開始時間"), at(row, "終了時間")]) expect(t).toMatch(/^(([01]\d|2[0-3]):[0-5]\d)?$/);
      expect(at(row, "利用可能曜日")).toMatch(/^[月火水木金土日]*$/);
      expect(at(row, "電話番号")).toMatch(/^(\(0\d+\)\d+-\d+)?$/);
    }
    expect(standardPhone("017-734-9243")).toBe("(017)734-9243");
    expect(standardPhone("0120-123-456")).toBe("(0120)123-456");
    expect(digits(standardPhone("0172-52-2111"))).toBe("0172522111");
  });

  it("gives every row an ID of its own that does not depend on the order of the files", () => {
    const ids = rows.map((r) => at(r, "ID"));
    expect(new Set(ids).size).toBe(rows.length);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Z]{12}$/);
    const idOf = (rs: ReturnType<typeof standardRows>) => new Map(rs.map((r) => [`${r.desk.name}|${r.desk.phones.map((n) => n.number).join()}`, r.id]));
    expect(idOf(standardRows([...programs].reverse()))).toEqual(idOf(standardRows(programs)));
  });

  it("lists a desk several programs share once, naming each program", () => {
    const shared = rows.filter((r) => many(at(r, "URL")).length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) expect(many(at(r, "説明"))).toHaveLength(many(at(r, "URL")).length);
    expect(rows.length).toBeLessThan(programs.flatMap((p) => p.desks).length);
  });
});
