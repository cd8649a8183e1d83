import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sessionsOf } from "@/lib/content/schedule";
import { scheduleOf } from "../../tests/support/schedule";
import { IcsLink, VenueIcsLink } from ".";

const schedule = scheduleOf({ "青森地区": ["2023-04-20"], "八戸地区①": ["2023-04-04", "2023-05-09"] });

describe("IcsLink", () => {
  it("links a session to its calendar file, with the date and venue in the accessible name", () => {
    const s = sessionsOf(schedule)[2];
    const html = renderToStaticMarkup(<IcsLink slug="fb" schedule={schedule} session={s} />);
    expect(html).toContain('href="/programs/fb/calendar/2/2023-05-09.ics"');
    expect(html).toContain('aria-label="2023年5月9日（火） 八戸地区①の予定をカレンダーに追加（.ics）"');
    expect(html).toContain(">カレンダーに追加</a>");
  });

  it("links a whole venue", () => {
    const html = renderToStaticMarkup(<VenueIcsLink slug="fb" schedule={schedule} venue="青森地区" />);
    expect(html).toContain('href="/programs/fb/calendar/1/all.ics"');
    expect(html).toContain('aria-label="青森地区の全日程をカレンダーに追加（.ics）"');
  });
});
