// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LocalContextProvider } from "@/components/local-context";
import { mainCall } from "@/lib/areas/local-desk";
import { callNumbers, mainDesk, officeDesks } from "@/lib/content/model";
import { phoneCallName, phoneVisibleText } from "@/lib/phone/format";
import { programs } from "../../tests/support/content";
import { allHolidays, expectedStatus, isTimed, japanInstant, telltaleMoments } from "../../tests/support/open-hours";
import { CallDesk } from ".";

/** A program whose main desk has hours with days (so open-now can be computed), and one whose has none. */
const timed = programs.find((p) => isTimed(mainDesk(p).hours))!;
const untimed = programs.find((p) => !mainDesk(p).hours)!;
const extension = programs.flatMap((p) => officeDesks(p).flatMap((o) => callNumbers(o).filter((t) => t.extension).map((t) => ({ o, t }))))[0];

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("CallDesk", () => {
  it("has content to check: a desk with hours, one without and a number with an extension", () => {
    expect([timed, untimed, extension].every(Boolean)).toBe(true);
  });

  it("puts the desk's name, its number as one tap to call and its hours together, from the server", () => {
    const desk = mainCall(timed);
    const html = renderToStaticMarkup(<CallDesk desk={desk} size="large" />);
    expect(html).toContain(`href="tel:${desk.phone.number.replace(/-/g, "")}"`);
    expect(html).toContain(`aria-label="${phoneCallName(desk.phone, desk.phone.whom)}"`);
    expect(html).toContain(desk.name);
    expect(html).toContain(desk.hours!.text);
    // the open-now line's space is in the HTML before the browser fills it
    expect(html).toContain('data-open-status="pending"');
  });

  it("says the hours are not in the guidebook only where asked to, and never invents any", () => {
    const desk = mainCall(untimed);
    expect(renderToStaticMarkup(<CallDesk desk={desk} sayNoHours />)).toContain("受付時間はガイドブックに記載がありません");
    const html = renderToStaticMarkup(<CallDesk desk={desk} />);
    expect(html).not.toContain("受付時間");
    expect(html).not.toContain("data-open-status");
  });

  it("shows an extension in the number as written, and calls the number without it", () => {
    const html = renderToStaticMarkup(<CallDesk desk={{ name: extension.o.name, phone: extension.t }} />);
    expect(html).toContain(`<span>${phoneVisibleText(extension.t)}</span>`);
    expect(html).toContain(`href="tel:${extension.t.number.replace(/-/g, "")}"`);
  });

  it("adds its label and whatever is given about the desk's numbers", () => {
    const html = renderToStaticMarkup(
      <CallDesk desk={mainCall(timed)} label="八戸市の窓口">
        <span>出典: テスト</span>
      </CallDesk>,
    );
    expect(html.indexOf("八戸市の窓口")).toBeLessThan(html.indexOf(mainCall(timed).name));
    expect(html).toContain("<span>出典: テスト</span>");
  });

  it("in the browser, says whether the desk is open now, in Japan time with the holidays it is given", () => {
    const desk = mainCall(timed);
    const hours = desk.hours as Parameters<typeof expectedStatus>[0];
    const [moment] = telltaleMoments(hours, "2026-12-01");
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(japanInstant(moment.iso, moment.hhmm));
    const { container } = render(
      <LocalContextProvider holidays={allHolidays()} municipalities={[]}>
        <CallDesk desk={desk} />
      </LocalContextProvider>,
    );
    act(() => undefined);
    expect(container.querySelector("[data-open-status]")?.textContent).toBe(expectedStatus(hours, moment.iso, moment.hhmm));
  });
});
