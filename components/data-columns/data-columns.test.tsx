import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ColumnTable, FieldTable } from ".";

const columns = [
  { name: "名称", description: "窓口の名前", value: () => "" },
  { name: "開始時間", description: "受付開始", format: "hh:mm", value: () => "" },
];

describe("ColumnTable", () => {
  it("is a table captioned with its title, one row headed by each column's name, in order, with its format", () => {
    const html = renderToStaticMarkup(<ColumnTable title="a.csv の列" columns={columns} />);
    expect(html).toContain('<caption class="sr-only">a.csv の列</caption>');
    expect([...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(["名称", "開始時間"]);
    expect(html).toContain("形式: hh:mm");
    expect(html).toContain("形式: 文字列");
    expect(html).toMatch(/<h3[^>]*>a\.csv の列<\/h3>/);
  });

  it("starts closed under a summary that counts its columns when asked", () => {
    const html = renderToStaticMarkup(<ColumnTable title="b.csv の列" columns={columns} closed />);
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>b\.csv の列（2列）<\/summary><table/);
    expect(html).not.toContain("<h3");
  });
});

describe("FieldTable", () => {
  it("lists each field with its type and whether it is always there", () => {
    const html = renderToStaticMarkup(<FieldTable title="項目" fields={[{ path: "a.b", type: "string", required: false, description: "説明" }]} />);
    expect(html).toContain("<code>a.b</code>");
    expect(html).toContain("（ないことがある）");
  });
});
