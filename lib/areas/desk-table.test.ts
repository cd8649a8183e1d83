import { describe, expect, it } from "vitest";
import { areas, programs } from "../../tests/support/content";
import { deskFor, deskKey, deskTable } from "./desk-table";
import { localCall } from "./local-desk";

const places = areas.municipalities;

describe("the desk table a page sends to the browser", () => {
  it("gives, for every municipality and none, the desk localCall gives", () => {
    for (const p of programs) {
      const table = deskTable(p, places);
      expect(deskFor(table, undefined)).toEqual(localCall(p, undefined));
      expect(deskFor(table, "どこでもない町")).toEqual(table.main);
      for (const m of places) expect(deskFor(table, m.name), `${p.slug} ${m.name}`).toEqual(localCall(p, m));
    }
  });

  it("lists each local desk once, and only the municipalities whose desk is not the main one", () => {
    const withOffices = programs.filter((p) => deskTable(p, places).desks.length);
    expect(withOffices.length).toBeGreaterThan(0);
    for (const p of withOffices) {
      const t = deskTable(p, places);
      expect(new Set(t.desks.map(deskKey)).size).toBe(t.desks.length);
      expect(Object.keys(t.byMunicipality).sort()).toEqual(places.filter((m) => localCall(p, m).match !== "main").map((m) => m.name).sort());
    }
  });
});
