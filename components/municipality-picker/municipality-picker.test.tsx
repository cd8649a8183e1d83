// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LocalContextProvider } from "@/components/local-context";
import { OfficeTable } from "@/components/office-table";
import { officeDesks } from "@/lib/content/model";
import { areas, programs } from "../../tests/support/content";
import { MunicipalityPicker } from ".";

/** The program with the most offices placed in a municipality, and those offices. */
const program = [...programs].sort((a, b) => placed(b).length - placed(a).length)[0];
function placed(p: (typeof programs)[number]) {
  return officeDesks(p).filter((o) => o.municipality);
}
const offices = officeDesks(program);
const regionOf = (name?: string) => areas.municipalities.find((m) => m.name === name)?.region;

function renderPage() {
  const view = render(
    <LocalContextProvider holidays={[]} municipalities={areas.municipalities}>
      <MunicipalityPicker regions={areas.regions} />
      <OfficeTable slug={program.slug} desks={offices} caption="事務所" />
    </LocalContextProvider>,
  );
  const rows = () => [...view.container.querySelectorAll("tbody tr")].map((tr) => ({ name: tr.querySelector("th")!.textContent!, municipality: tr.getAttribute("data-municipality") ?? undefined }));
  const choose = async (value: string) => {
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/事業所の市町村を選ぶと/), { target: { value } });
    });
  };
  return { ...view, rows, choose };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("MunicipalityPicker with an office table", () => {
  it("has a program with offices in several municipalities to order", () => {
    expect(new Set(placed(program).map((o) => o.municipality!.name)).size).toBeGreaterThan(2);
  });

  it("offers every municipality of content/areas, grouped by region", () => {
    renderPage();
    const options = [...document.querySelectorAll("optgroup option")].map((o) => o.textContent);
    expect(options.sort()).toEqual(areas.municipalities.map((m) => m.name).sort());
    expect([...document.querySelectorAll("optgroup")].map((g) => g.getAttribute("label"))).toEqual(areas.regions.map((r) => r.name));
  });

  it("keeps the guidebook's order until a municipality is chosen", () => {
    const { rows } = renderPage();
    expect(rows().map((r) => r.name)).toEqual(offices.map((o) => o.name));
  });

  // the last office in the guidebook's order, so that choosing its town must move it
  const far = placed(program).at(-1)!;
  const farTown = far.municipality!.name;
  it(`puts ${farTown}'s office first, then its region's, marks them, and remembers the choice on this device`, async () => {
    const { rows, choose, unmount } = renderPage();
    await choose(farTown);
    const order = rows();
    expect(order[0].name).toContain(far.name);
    expect(order[0].name).toContain("お選びの市町村");
    const rank = (m?: string) => (m === farTown ? 0 : m && regionOf(m) === far.municipality!.region ? 1 : m ? 2 : 3);
    const ranks = order.map((r) => rank(r.municipality));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const r of order.filter((x) => rank(x.municipality) === 1)) expect(r.name).toContain("同じ地域");
    for (const r of order.filter((x) => rank(x.municipality) >= 2)) expect(r.name).not.toMatch(/お選びの市町村|同じ地域/);
    expect(localStorage.length).toBe(1);

    unmount();
    const again = renderPage();
    expect(again.rows()[0].name).toContain(far.name);
    expect((screen.getByLabelText(/事業所の市町村を選ぶと/) as HTMLSelectElement).value).toBe(farTown);
    await again.choose("");
    expect(again.rows().map((r) => r.name)).toEqual(offices.map((o) => o.name));
    expect(localStorage.length).toBe(0);
  });
});
