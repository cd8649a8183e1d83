import { describe, expect, it } from "vitest";
import { BOM, csvField, parseCsv, toCsv, type CsvColumn } from "./csv";

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
    expect(text.slice(1)).toBe("名称,NO\r\n青森,1\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes fields with commas, quotes or line breaks, doubling inner quotes (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('「"通称"」')).toBe('"「""通称""」"');
    expect(csvField("一行目\n二行目")).toBe('"一行目\n二行目"');
    expect(csvField("CR\r")).toBe('"CR\r"');
    expect(csvField(" 前後の空白 ")).toBe('" 前後の空白 "');
    expect(csvField("017-734-9243")).toBe("017-734-9243");
    expect(csvField(undefined)).toBe("");
    expect(csvField(641)).toBe("641");
  });

  it("reads back exactly what it wrote", () => {
    const rows: Row[] = [{ a: 'x,"y"\r\nz', b: 2 }, { a: "" }, { a: "、；" }];
    const parsed = parseCsv(toCsv(columns, rows));
    expect(parsed).toEqual([["名称", "NO"], ['x,"y"\r\nz', "2"], ["", ""], ["、；", ""]]);
  });
});
