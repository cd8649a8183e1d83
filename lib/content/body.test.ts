import { describe, expect, it } from "vitest";
import { checkBody } from "./body";

const phoneProblems = (body: string) => checkBody(body).problems.filter((p) => p.message.includes("電話・FAX番号"));

describe("checkBody: phone numbers", () => {
  it("refuses a number however it is written, at its own line and column", () => {
    const body = "## 相談\n\n電話は 017-734-9243、FAXは（０１７）７３４－８０６５ です。\n\n`0177349243`\n";
    expect(phoneProblems(body).map((p) => [p.line, p.column])).toEqual([
      [3, 5],
      [3, 23],
      [5, 2],
    ]);
  });

  it("says a tel: link once, by the number in its text", () => {
    expect(phoneProblems("[017-734-9243](tel:0177349243)\n")).toHaveLength(1);
    expect(phoneProblems("[電話する](tel:0177349243)\n")).toHaveLength(1);
  });

  it("leaves times, dates, amounts and years alone", () => {
    expect(phoneProblems("10:00～16:00、2023-04-20、令和5年7月、２００万円、計画期間３年から５年間\n")).toEqual([]);
  });
});
