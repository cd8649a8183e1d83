// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { LocalContextProvider, setChosenMunicipality } from "@/components/local-context";
import { localDesk, mainDesk } from "@/lib/areas/local-desk";
import { phoneDigits } from "@/lib/content/phone";
import { areas, programs } from "../../tests/support/content";
import { LocalCallDesks } from ".";

/** A program with an office (and a number) in some municipality, and that municipality. */
const program = programs.find((p) => (p.offices ?? []).some((o) => o.tel?.length && o.municipality))!;
const place = areas.municipalities.find((m) => m.name === program.offices!.find((o) => o.tel?.length && o.municipality)!.municipality)!;

const tree = () => (
  <LocalContextProvider holidays={[]} municipalities={areas.municipalities}>
    <LocalCallDesks program={program} source={program.source} />
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
    const main = mainDesk(program);
    expect(html).toContain(`href="tel:${phoneDigits(main.phone.number)}"`);
    expect(html.match(/href="tel:/g)).toHaveLength(1);
    expect(html).toContain(main.confirmed ? "最終確認: " : `出典: ${program.source.document}`);
  });

  it("once a municipality is chosen, offers its local office first and the main desk below it", async () => {
    const { container } = render(tree());
    await act(async () => setChosenMunicipality(place.name));
    const local = localDesk(program, place, areas.municipalities);
    expect(local.match).toBe("municipality");
    expect(calls(container)).toEqual([`tel:${phoneDigits(local.phone.number)}`, `tel:${phoneDigits(mainDesk(program).phone.number)}`]);
    expect(container.textContent).toContain(`${place.name}の窓口`);
    expect(container.textContent).toContain("制度の担当窓口");
  });

  it("with a municipality where the program has nothing near, stays with the main desk", async () => {
    const far = areas.municipalities.find((m) => localDesk(program, m, areas.municipalities).match === "main");
    if (!far) return;
    const { container } = render(tree());
    await act(async () => setChosenMunicipality(far.name));
    expect(calls(container)).toEqual([`tel:${phoneDigits(mainDesk(program).phone.number)}`]);
  });
});
