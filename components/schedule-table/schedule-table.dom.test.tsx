// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { programs } from "../../tests/support/content";
import { addDays, japanInstant } from "../../tests/support/open-hours";
import { fiscalYearOf } from "@/lib/content/schedule";
import { pastYearNotice, SCHEDULE_FINISHED, ScheduleTable } from ".";

/** The first program in content/ with a schedule, and its sessions per venue, sorted. */
const program = programs.find((p) => p.schedule)!;
const schedule = program.schedule!;
const datesOf = (v: (typeof schedule.venues)[number]) => v.dates.map((d) => d.date).sort();
const all = schedule.venues.flatMap(datesOf).sort();

/** The page as built on `builtOn` (the day of the build), read in a browser on `day`. */
function renderOn(day: string, builtOn = day) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(japanInstant(day, "09:00"));
  const { container } = render(<ScheduleTable schedule={schedule} slug={program.slug} builtOn={builtOn} />);
  const marked = (kind: string) => [...container.querySelectorAll(`li[data-session="${kind}"] time`)].map((t) => t.getAttribute("datetime")).sort();
  return { container, past: marked("past"), next: marked("next") };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("ScheduleTable in the browser", () => {
  it("has a schedule with sessions on several days to check", () => {
    expect(new Set(all).size).toBeGreaterThan(2);
  });

  it("greys every past session and marks, per venue, the first session from today as next", () => {
    const today = all[Math.floor(all.length / 2)];
    const { container, past, next } = renderOn(today);
    expect(container.querySelector("[data-schedule-status]")?.getAttribute("data-schedule-status")).toBe("upcoming");
    expect(past).toEqual(all.filter((d) => d < today));
    const expectedNext = schedule.venues.flatMap((v) => datesOf(v).find((d) => d >= today) ?? []).sort();
    expect(expectedNext.length).toBeGreaterThan(0);
    expect(next).toEqual(expectedNext);
    expect(container.textContent).not.toContain(SCHEDULE_FINISHED);
    // a past session can no longer be added to a calendar; every coming one can
    expect(container.querySelectorAll('li[data-session="past"] a[href$=".ics"]').length).toBe(0);
    expect(container.querySelectorAll('li:not([data-session="past"]) a[href$=".ics"]').length).toBe(all.filter((d) => d >= today).length);
  });

  it("counts a session on the day itself as next, not past", () => {
    const first = all[0];
    const { past, next } = renderOn(first);
    expect(past).toEqual([]);
    expect(next).toContain(first);
  });

  it("offers a calendar file only for a session still to come on the day of the build, and hides those past since", () => {
    const built = all[0];
    const today = all[Math.floor(all.length / 2)];
    const { container } = renderOn(today, built);
    const files = [...container.querySelectorAll('a[href$=".ics"]:not([href$="all.ics"])')].map((a) => /(\d{4}-\d{2}-\d{2})\.ics$/.exec(a.getAttribute("href")!)![1]).sort();
    expect(files).toEqual(all.filter((d) => d >= today));
  });

  it("says the year's schedule is over the day after the last session", () => {
    const { container, past, next } = renderOn(addDays(all[all.length - 1], 1));
    expect(container.querySelector("[data-schedule-status]")?.getAttribute("data-schedule-status")).toBe("finished");
    expect(container.textContent).toContain(SCHEDULE_FINISHED);
    expect(past).toEqual(all);
    expect(next).toEqual([]);
  });

  it("for a fiscal year that has ended, says whose year it is and to ask the desk, marks nothing as next and offers no calendar file", () => {
    const year = fiscalYearOf(all[all.length - 1]);
    const { container, next } = renderOn(`${year + 1}-04-01`);
    expect(container.querySelector("[data-schedule-status]")?.getAttribute("data-schedule-status")).toBe("past-year");
    expect(container.textContent).toContain(pastYearNotice(year));
    expect(container.textContent).not.toContain("次回");
    expect(container.textContent).not.toContain(SCHEDULE_FINISHED);
    expect(next).toEqual([]);
    expect(container.querySelectorAll('a[href$=".ics"]').length).toBe(0);
  });
});
