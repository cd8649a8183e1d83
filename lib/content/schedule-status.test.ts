import { describe, expect, it } from "vitest";
import { scheduleSchema } from "./schema";
import { japanToday, scheduleStatus } from "./schedule-status";

const schedule = scheduleSchema.parse({
  title: "開催日",
  venues: [
    { name: "青森地区", place: "A", dates: ["2023-04-20", "2023-05-25"] },
    { name: "弘前地区", place: "B", dates: ["2023-04-19"] },
  ],
});

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

  it("takes the day in Japan time", () => {
    expect(japanToday(new Date("2023-04-19T15:30:00Z"))).toBe("2023-04-20");
  });
});
