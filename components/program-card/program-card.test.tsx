// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { deskTable } from "@/lib/areas/desk-table";
import { localCall, mainCall } from "@/lib/areas/local-desk";
import { mainDesk, mainNumber } from "@/lib/content/model";
import { LocalContextProvider, setChosenMunicipality } from "@/components/local-context";
import { areas, digits, programs } from "../../tests/support/content";
import { DeskLines } from "./desk-lines";
import { RememberedDesks } from "./remembered-desks";

const places = areas.municipalities;
/** A program with local offices, and a municipality whose desk for it is an office, one whose is the main desk if any. */
const program = programs.find((p) => deskTable(p, places).desks.length)!;
const local = places.find((m) => localCall(program, m).match !== "main")!;

const tels = (el: HTMLElement) => [...el.querySelectorAll("a[href^='tel:']")].map((a) => a.getAttribute("href"));

function renderCard() {
  return render(
    <LocalContextProvider holidays={[]} municipalities={places}>
      <RememberedDesks slug={program.slug} table={deskTable(program, places)} />
    </LocalContextProvider>,
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("RememberedDesks", () => {
  it("shows the main desk while no municipality is remembered", () => {
    const { container } = renderCard();
    expect(tels(container)).toEqual([`tel:${digits(mainNumber(program).number)}`]);
    expect(container.textContent).not.toContain("近くの窓口");
  });

  it("shows the office for the remembered municipality first, named by its municipality, and the main desk below", async () => {
    const { container } = renderCard();
    await act(async () => setChosenMunicipality(local.name));
    const desk = localCall(program, local);
    expect(tels(container)).toEqual([`tel:${digits(desk.phone.number)}`, `tel:${digits(mainNumber(program).number)}`]);
    expect(container.querySelector("[data-desk=local]")?.textContent).toContain(`近くの窓口（${desk.municipality}）`);
    expect(container.querySelector("[data-desk=local]")?.textContent).toContain(desk.name);
    await act(async () => setChosenMunicipality(null));
    expect(tels(container)).toHaveLength(1);
  });
});

describe("DeskLines", () => {
  it("gives each number whom it calls, written beside it, and the hours where content has them", () => {
    const withHours = programs.find((p) => mainDesk(p).hours)!;
    const main = mainCall(withHours);
    const { container } = render(
      <LocalContextProvider holidays={[]} municipalities={places}>
        <DeskLines slug={withHours.slug} main={main} />
      </LocalContextProvider>,
    );
    const link = container.querySelector("a[href^='tel:']")!;
    expect(link.getAttribute("aria-label")).toContain(main.phone.whom);
    expect(container.textContent).toContain(main.phone.whom);
    expect(container.textContent).toContain(mainDesk(withHours).hours!.text);
  });
});
