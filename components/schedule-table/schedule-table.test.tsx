import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { scheduleOf } from "../../tests/support/schedule";
import { ScheduleTable } from ".";

const schedule = scheduleOf({ "青森地区": ["2023-04-20", "2024-01-25"], "弘前地区": ["2023-04-19"] });

describe("ScheduleTable", () => {
  it("lists every date of every venue as a machine-readable time, with a calendar file for each one still to come", () => {
    const html = renderToStaticMarkup(<ScheduleTable slug="example" schedule={schedule} builtOn="2023-04-01" />);
    expect(html.match(/<time /g)).toHaveLength(3);
    expect(html.match(/href="\/programs\/example\/calendar\/\d\/\d{4}-\d{2}-\d{2}\.ics"/g)).toHaveLength(3);
    expect(html.match(/calendar\/\d\/all\.ics/g)).toHaveLength(2);
    expect(html).toContain('<time dateTime="2024-01-25">2024年1月25日（木）</time>');
    expect(html).toMatch(/<th scope="row">弘前地区<span/);
    expect(html).toContain("令和5年度（2023年4月〜2024年3月）の日程です。");
  });

  it("built after its fiscal year, says so in the static HTML and offers no calendar file and no 次回", () => {
    const html = renderToStaticMarkup(<ScheduleTable slug="example" schedule={schedule} builtOn="2026-12-01" />);
    expect(html).toContain("令和5年度の日程です。今年度の日程は担当窓口にお問い合わせください");
    expect(html).not.toContain(".ics");
    expect(html).not.toContain("次回");
    expect(html.match(/<time /g)).toHaveLength(3);
  });
});
