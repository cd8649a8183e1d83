// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { LocalContextProvider, setChosenMunicipality } from "@/components/local-context";
import { deskTable } from "@/lib/areas/desk-table";
import { localCall, mainCall } from "@/lib/areas/local-desk";
import { callNumbers, officeDesks } from "@/lib/content/model";
import { phoneDigits } from "@/lib/phone/number";
import { areas, programs } from "../../tests/support/content";
import { LocalCallDesks } from ".";

/** A program with an office (and a number) in some municipality, and that municipality. */
const local = (p: (typeof programs)[number]) => officeDesks(p).find((d) => callNumbers(d).length && d.municipality);
const program = programs.find(local)!;
const place = local(program)!.municipality!;

const tree = () => (
  <LocalContextProvider holidays={[]} municipalities={areas.municipalities}>
    <LocalCallDesks table={deskTable(program, areas.municipalities)} source={program.source} slug={program.slug} />
  </LocalContextProvider>
);
const calls = (root: ParentNode) => [...root.querySelectorAll("a[href^='tel:']")].map((a) => a.getAttribute("href"));

afterEach(async () => {
  await act(async () => setChosenMunicipality(null));
  cleanup();
});

describe("LocalCallDesks", () => {
  it("on the server (and with no municipality chosen) offers the program's main desk, and says where its number comes from", () => {
    const html = renderToStaticMarkup(tree());
    const main = mainCall(program);
    expect(html).toContain(`href="tel:${phoneDigits(main.phone.number)}"`);
    expect(html.match(/href="tel:/g)).toHaveLength(1);
    expect(html).toContain(main.confirmed ? "最終確認: " : `出典: ${program.source.document}`);
  });

  it("leaves out a desk's own confirmation when the program's review in this edition checked it the same day, and keeps one of another day", () => {
    const table = deskTable(program, areas.municipalities);
    const confirmed = { date: "2026-05-12", method: "電話で確認" as const };
    const checked = { ...table, main: { ...table.main, confirmed } };
    const said = (date: string) =>
      renderToStaticMarkup(
        <LocalContextProvider holidays={[]} municipalities={areas.municipalities}>
          <LocalCallDesks table={checked} slug={program.slug} freshness={{ state: "reviewed", edition: 2026, date, method: "電話" }} />
        </LocalContextProvider>,
      );
    expect(said(confirmed.date)).not.toContain("最終確認");
    expect(said("2026-05-13")).toMatch(/最終確認: <time dateTime="2026-05-12">2026年5月12日/i);
  });

  it("once a municipality is chosen, offers its local office first and the main desk below it", async () => {
    const { container } = render(tree());
    await act(async () => setChosenMunicipality(place.name));
    const desk = localCall(program, place);
    expect(desk.match).toBe("municipality");
    expect(calls(container)).toEqual([`tel:${phoneDigits(desk.phone.number)}`, `tel:${phoneDigits(mainCall(program).phone.number)}`]);
    expect(container.textContent).toContain(`${place.name}の窓口`);
    expect(container.textContent).toContain("制度の担当窓口");
  });

  it("with a municipality where the program has nothing near, stays with the main desk", async () => {
    const far = areas.municipalities.find((m) => localCall(program, m).match === "main");
    if (!far) return;
    const { container } = render(tree());
    await act(async () => setChosenMunicipality(far.name));
    expect(calls(container)).toEqual([`tel:${phoneDigits(mainCall(program).phone.number)}`]);
  });
});
