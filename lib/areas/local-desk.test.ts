import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { localDesk, mainDesk } from "./local-desk";
import { distanceKm } from "./nearest";

const root = path.resolve(__dirname, "../..");
const { areas, programs } = loadContent(path.join(root, "content"), root);
const places = areas!.municipalities;
const withLocalOffices = programs.filter((p) => (p.offices ?? []).some((o) => o.tel?.length && o.municipality));

describe("the local number to call", () => {
  it("is the main desk when no municipality is chosen or the program has no offices", () => {
    for (const p of programs) {
      const main = mainDesk(p);
      expect(main.phone).toBe(p.contacts[0].tel[0]);
      expect(localDesk(p, undefined, places)).toEqual(main);
    }
    const noOffices = programs.find((p) => !p.offices?.length)!;
    for (const m of places) expect(localDesk(noOffices, m, places).match).toBe("main");
  });

  it("is an office in the chosen municipality where the program has one", () => {
    expect(withLocalOffices.length).toBeGreaterThan(0);
    for (const p of withLocalOffices) {
      for (const o of p.offices!.filter((x) => x.tel?.length && x.municipality)) {
        const m = places.find((x) => x.name === o.municipality)!;
        const desk = localDesk(p, m, places);
        expect(desk.match, `${p.slug} ${m.name}`).toBe("municipality");
        expect(desk.municipality).toBe(m.name);
        // the first office listed for that municipality, as the guidebook orders them
        expect(desk.name).toBe(p.offices!.find((x) => x.tel?.length && x.municipality === m.name)!.name);
      }
    }
  });

  it("else the nearest office of the program in the same region, else the main desk — never another region's", () => {
    for (const p of withLocalOffices) {
      const offices = p.offices!.filter((o) => o.tel?.length && o.municipality);
      for (const m of places) {
        if (offices.some((o) => o.municipality === m.name)) continue;
        const desk = localDesk(p, m, places);
        const sameRegion = offices.filter((o) => places.find((x) => x.name === o.municipality)!.region === m.region);
        if (!sameRegion.length) {
          expect(desk.match, `${p.slug} ${m.name}`).toBe("main");
          continue;
        }
        expect(desk.match, `${p.slug} ${m.name}`).toBe("region");
        const d = (name?: string) => distanceKm(m, places.find((x) => x.name === name)!);
        const nearest = Math.min(...sameRegion.map((o) => d(o.municipality)));
        expect(d(desk.municipality), `${p.slug} ${m.name}`).toBe(nearest);
      }
    }
  });
});
