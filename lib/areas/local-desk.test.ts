import { describe, expect, it } from "vitest";
import { callNumbers, faxNumber, mainNumber, officeDesks } from "@/lib/content/model";
import { resolveDesks } from "@/lib/content/resolve";
import { areas, programs } from "../../tests/support/content";
import { localCall, mainCall } from "./local-desk";
import { distanceKm } from "./nearest";

const places = areas.municipalities;
/** A program's offices with a number and a municipality: the ones a caller can be sent to. */
const localOffices = (p: (typeof programs)[number]) => officeDesks(p).filter((o) => callNumbers(o).length && o.municipality);
const withLocalOffices = programs.filter((p) => localOffices(p).length);

describe("the local number to call", () => {
  it("is the main desk when no municipality is chosen or the program has no offices", () => {
    for (const p of programs) {
      const main = mainCall(p);
      expect(main.phone).toMatchObject({ number: mainNumber(p).number, whom: mainNumber(p).whom });
      expect(localCall(p, undefined)).toEqual(main);
    }
    const noOffices = programs.find((p) => !officeDesks(p).length)!;
    for (const m of places) expect(localCall(noOffices, m).match).toBe("main");
  });

  it("carries, beside the number to call, the same desk's FAX, e-mail address and form as content gives them", () => {
    for (const p of programs) {
      for (const m of [undefined, ...places]) {
        const call = localCall(p, m);
        const desk = p.desks.find((d) => d.name === call.name && callNumbers(d)[0]?.number === call.phone.number)!;
        expect([call.fax, call.email, call.form], `${p.slug} ${m?.name}`).toEqual([faxNumber(desk)?.number, desk.email, desk.form]);
      }
    }
    const [contact] = resolveDesks({ contacts: [{ role: "担当窓口", organization: "課", tel: [{ number: "017-734-9243" }], email: "soudan@example.jp", form: "https://example.jp/f" }] }, []);
    expect(mainCall({ desks: [contact] })).toMatchObject({ email: "soudan@example.jp", form: "https://example.jp/f" });
    expect(mainCall({ desks: [contact] })).not.toHaveProperty("fax");
  });

  it("is an office in the chosen municipality where the program has one", () => {
    expect(withLocalOffices.length).toBeGreaterThan(0);
    for (const p of withLocalOffices) {
      for (const o of localOffices(p)) {
        const m = o.municipality!;
        const desk = localCall(p, m);
        expect(desk.match, `${p.slug} ${m.name}`).toBe("municipality");
        expect(desk.municipality).toBe(m.name);
        // the first office listed for that municipality, as the guidebook orders them
        expect(desk.name).toBe(localOffices(p).find((x) => x.municipality === m)!.name);
      }
    }
  });

  it("else the nearest office of the program in the same region, else the main desk — never another region's", () => {
    for (const p of withLocalOffices) {
      const offices = localOffices(p);
      for (const m of places) {
        if (offices.some((o) => o.municipality === m)) continue;
        const desk = localCall(p, m);
        const sameRegion = offices.filter((o) => o.municipality!.region === m.region);
        if (!sameRegion.length) {
          expect(desk.match, `${p.slug} ${m.name}`).toBe("main");
          continue;
        }
        expect(desk.match, `${p.slug} ${m.name}`).toBe("region");
        const d = (name?: string) => distanceKm(m, places.find((x) => x.name === name)!);
        const nearest = Math.min(...sameRegion.map((o) => d(o.municipality!.name)));
        expect(d(desk.municipality), `${p.slug} ${m.name}`).toBe(nearest);
      }
    }
  });
});
