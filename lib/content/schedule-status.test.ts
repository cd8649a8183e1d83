import { describe, expect, it } from "vitest";
import { scheduleOf } from "../../tests/support/schedule";
import { japanToday, scheduleFiscalYear, scheduleStatus, upcomingSessions } from "./schedule-status";

const schedule = scheduleOf({ "青森地区": ["2023-04-20", "2023-05-25"], "弘前地区": ["2023-04-19"] });

describe("scheduleStatus", () => {
  it("marks past sessions and the next one per venue; a session today is still upcoming", () => {
    const s = scheduleStatus(schedule, "2023-04-20");
    expect(s.finished).toBe(false);
    expect(s.venues[0].next?.date).toBe("2023-04-20");
    expect(s.venues[1].next).toBeUndefined();
    expect([...s.venues[1].past]).toEqual(["2023-04-19"]);
  });

  it("is finished when every venue's last date has passed", () => {
    expect(scheduleStatus(schedule, "2023-05-26").finished).toBe(true);
  });

  it("knows the fiscal year the schedule is for, and once it has ended marks nothing as next", () => {
    expect(scheduleFiscalYear(schedule)).toBe(2023);
    expect(scheduleStatus(schedule, "2024-03-31").pastYear).toBe(false);
    const later = scheduleStatus(schedule, "2024-04-01");
    expect(later.pastYear).toBe(true);
    expect(later.finished).toBe(true);
    expect(later.venues.every((v) => !v.next)).toBe(true);
  });

  it("lists the sessions still to come, the day itself included", () => {
    expect(upcomingSessions(schedule, "2023-04-20").map((s) => s.date)).toEqual(["2023-04-20", "2023-05-25"]);
    expect(upcomingSessions(schedule, "2023-05-26")).toEqual([]);
  });

  it("takes the day in Japan time", () => {
    expect(japanToday(new Date("2023-04-19T15:30:00Z"))).toBe("2023-04-20");
  });
});
