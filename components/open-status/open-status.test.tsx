// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LocalContextProvider } from "@/components/local-context";
import { programs } from "../../tests/support/content";
import { allHolidays, expectedStatus, isTimed, japanInstant, japanToday, minuteBefore, telltaleMoments, type TimedHours } from "../../tests/support/open-hours";
import { OpenStatus } from ".";

/** Every desk in content/ whose hours say which days and times, with where it is listed. */
const desks = programs
  .flatMap((p) => p.desks.map((d) => ({ where: `${p.slug}: ${d.name}`, hours: d.hours })))
  .filter((d): d is { where: string; hours: TimedHours } => isTimed(d.hours));

function renderAt(hours: TimedHours, when: Date) {
  vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
  vi.setSystemTime(when);
  return render(
    <LocalContextProvider holidays={allHolidays()} municipalities={[]}>
      <OpenStatus hours={hours} />
    </LocalContextProvider>,
  );
}

const statusOf = (container: HTMLElement) => container.querySelector("[data-open-status]")!;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("OpenStatus", () => {
  it("has desks to check: content gives some desks days and times", () => {
    expect(desks.length).toBeGreaterThan(0);
  });

  const today = japanToday();
  for (const desk of desks) {
    for (const m of telltaleMoments(desk.hours, today)) {
      it(`${desk.where}, ${m.label} (${m.iso} ${m.hhmm})`, () => {
        const { container } = renderAt(desk.hours, japanInstant(m.iso, m.hhmm));
        expect(statusOf(container).textContent).toBe(expectedStatus(desk.hours, m.iso, m.hhmm));
        expect(statusOf(container).getAttribute("data-open-status")).toBe(expectedStatus(desk.hours, m.iso, m.hhmm).startsWith("受付中") ? "open" : "closed");
      });
    }
  }

  it("turns to 受付時間外 at closing time without a reload", () => {
    const { hours } = desks[0];
    const day = telltaleMoments(hours, today)[0].iso;
    const { container } = renderAt(hours, japanInstant(day, minuteBefore(hours.close)));
    expect(statusOf(container).textContent).toBe(expectedStatus(hours, day, minuteBefore(hours.close)));
    expect(statusOf(container).textContent).toMatch(/^受付中/);
    act(() => vi.advanceTimersByTime(60_000));
    expect(statusOf(container).textContent).toBe(expectedStatus(hours, day, hours.close));
    expect(statusOf(container).textContent).toMatch(/^受付時間外/);
  });

  it("is an empty line with its space reserved in the static HTML: the server cannot know the time", () => {
    const html = renderToStaticMarkup(<OpenStatus hours={desks[0].hours} />);
    expect(html).toMatch(/^<span class="[^"]*\bmin-h-7\b[^"]*" data-open-status="pending"><\/span>$/);
  });

  it("says nothing for hours given only as text", () => {
    const { container } = renderAt({ text: "10:00～16:00 の時間帯で開催" } as TimedHours, new Date());
    expect(container.innerHTML).toBe("");
  });
});
