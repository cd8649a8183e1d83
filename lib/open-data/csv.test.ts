import { describe, expect, it } from "vitest";
import { programs } from "../../tests/support/content";
import { parseCsv } from "../../tests/support/csv";
import { BOM, csvField, toCsv, type CsvColumn } from "./csv";
import { contactsCsv, programsCsv, programsJson } from "./programs";

type Row = { a: string; b?: number };
const columns: CsvColumn<Row>[] = [
  { name: "名称", description: "", value: (r) => r.a },
  { name: "NO", description: "", value: (r) => r.b },
];

describe("csv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const text = toCsv(columns, [{ a: "青森", b: 1 }]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.slice(1)).toBe('"名称","NO"\r\n"青森","1"\r\n');
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes every field, doubling inner quotes (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('「"通称"」')).toBe('"「""通称""」"');
    expect(csvField("一行目\n二行目")).toBe('"一行目\n二行目"');
    expect(csvField(" 前後の空白 ")).toBe('" 前後の空白 "');
    expect(csvField("017-734-9243")).toBe('"017-734-9243"');
    expect(csvField(undefined)).toBe('""');
    expect(csvField(641)).toBe('"641"');
  });

  it.each([
    ["=HYPERLINK(\"https://evil.example\",\"詳しく\")", "'=HYPERLINK(\"https://evil.example\",\"詳しく\")"],
    ["+81-17-734-9243", "'+81-17-734-9243"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["  =1+1", "'  =1+1"],
    ["＝1+1", "'＝1+1"],
  ])("turns %j into text a spreadsheet will not run", (value, cell) => {
    expect(parseCsv(toCsv(columns, [{ a: value }]))[1][0]).toBe(cell);
  });

  it("leaves ordinary values and numbers as they are", () => {
    for (const value of ["省エネ対策によるコスト削減をしたいとき", "017-734-9243", "2026-11-24", "a=b", "A-1"]) {
      expect(parseCsv(toCsv(columns, [{ a: value }]))[1][0]).toBe(value);
    }
    expect(parseCsv(toCsv(columns, [{ a: "x", b: -1 }]))[1][1]).toBe("-1");
  });

  it("reads back exactly what it wrote", () => {
    const rows: Row[] = [{ a: 'x,"y"\r\nz', b: 2 }, { a: "" }, { a: "、；" }];
    const parsed = parseCsv(toCsv(columns, rows));
    expect(parsed).toEqual([["名称", "NO"], ['x,"y"\r\nz', "2"], ["", ""], ["、；", ""]]);
  });
});

describe("the published CSV files, with hostile titles", () => {
  // A real program, renamed and re-organised by someone who wants a formula to run on a reader's machine.
  const hostile = {
    ...programs[0],
    title: '=HYPERLINK("https://evil.example","詳しくはこちら")',
    desks: [{ ...programs[0].desks[0], organization: "@SUM(1+1)*cmd|' /C calc'!A0" }, ...programs[0].desks.slice(1)],
  };

  it("neutralises them in programs.csv and contacts.csv", () => {
    const [header, row] = parseCsv(programsCsv([hostile]));
    expect(row[header.indexOf("名称")]).toBe(`'${hostile.title}`);
    const [cHeader, ...cRows] = parseCsv(contactsCsv([hostile]));
    expect(cRows[0][cHeader.indexOf("制度名")]).toBe(`'${hostile.title}`);
    expect(cRows.some((r) => r.some((cell) => cell.startsWith("'@SUM(")))).toBe(true);
    for (const r of [row, ...cRows]) for (const cell of r) expect(cell, "no cell may start a formula").not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves JSON as written", () => {
    const [json] = programsJson([hostile], "2030-04-01").programs;
    expect(json.title).toBe(hostile.title);
    expect(json.contacts[0].organization).toBe(hostile.desks[0].organization);
  });
});
