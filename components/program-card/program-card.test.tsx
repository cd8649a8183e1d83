// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { deskTable } from "@/lib/areas/desk-table";
import { localDesk } from "@/lib/areas/local-desk";
import { LocalContextProvider, setChosenMunicipality } from "@/components/local-context";
import { areas, digits, programs } from "../../tests/support/content";
import { DeskLines } from "./desk-lines";
import { RememberedDesks } from "./remembered-desks";

const places = areas.municipalities;
/** A program with local offices, and a municipality whose desk for it is an office, one whose is the main desk if any. */
const program = programs.find((p) => deskTable(p, places).desks.length)!;
const local = places.find((m) => localDesk(program, m, places).match !== "main")!;

const tels = (el: HTMLElement) => [...el.querySelectorAll("a[href^='tel:']")].map((a) => a.getAttribute("href"));

function renderCard() {
  return render(
    <LocalContextProvider holidays={[]} municipalities={places}>
      <RememberedDesks table={deskTable(program, places)} />
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
    expect(tels(container)).toEqual([`tel:${digits(program.contacts[0].tel[0].number)}`]);
    expect(container.textContent).not.toContain("近くの窓口");
  });

  it("shows the office for the remembered municipality first, named by its municipality, and the main desk below", async () => {
    const { container } = renderCard();
    await act(async () => setChosenMunicipality(local.name));
    const desk = localDesk(program, local, places);
    expect(tels(container)).toEqual([`tel:${digits(desk.phone.number)}`, `tel:${digits(program.contacts[0].tel[0].number)}`]);
    expect(container.querySelector("[data-desk=local]")?.textContent).toContain(`近くの窓口（${desk.municipality}）`);
    expect(container.querySelector("[data-desk=local]")?.textContent).toContain(desk.name);
    await act(async () => setChosenMunicipality(null));
    expect(tels(container)).toHaveLength(1);
  });
});

describe("DeskLines", () => {
  it("gives each number whom it calls, written beside it, and the hours where content has them", () => {
    const withHours = programs.find((p) => p.contacts[0].hours)!;
    const main = localDesk(withHours, undefined, places);
    const { container } = render(
      <LocalContextProvider holidays={[]} municipalities={places}>
        <DeskLines main={main} />
      </LocalContextProvider>,
    );
    const link = container.querySelector("a[href^='tel:']")!;
    expect(link.getAttribute("aria-label")).toContain(main.whom);
    expect(container.textContent).toContain(main.whom);
    expect(container.textContent).toContain(withHours.contacts[0].hours!.text);
  });
});
