import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { scheduleSchema } from "@/lib/content/schema";
import { ScheduleTable } from ".";

describe("ScheduleTable", () => {
  it("lists every date of every venue as a machine-readable time", () => {
    const html = renderToStaticMarkup(
      <ScheduleTable
        slug="example"
        schedule={scheduleSchema.parse({
          title: "開催日",
          venues: [
            { name: "青森地区", place: "会場A", dates: ["2023-04-20", "2024-01-25"] },
            { name: "弘前地区", place: "会場B", dates: ["2023-04-19"] },
          ],
        })}
      />,
    );
    expect(html.match(/<time /g)).toHaveLength(3);
    // every session and every venue can be added to a calendar
    expect(html.match(/href="\/programs\/example\/calendar\/\d\/\d{4}-\d{2}-\d{2}\.ics"/g)).toHaveLength(3);
    expect(html.match(/calendar\/\d\/all\.ics/g)).toHaveLength(2);
    expect(html).toContain('<time dateTime="2024-01-25">2024年1月25日（木）</time>');
    expect(html).toMatch(/<th scope="row">弘前地区<span/);
  });
});
