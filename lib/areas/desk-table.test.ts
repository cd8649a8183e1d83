import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { deskFor, deskKey, deskTable } from "./desk-table";
import { localDesk } from "./local-desk";

const root = path.resolve(__dirname, "../..");
const { areas, programs } = loadContent(path.join(root, "content"), root);
const places = areas!.municipalities;

describe("the desk table a page sends to the browser", () => {
  it("gives, for every municipality and none, the desk localDesk gives", () => {
    for (const p of programs) {
      const table = deskTable(p, places);
      expect(deskFor(table, undefined)).toEqual(localDesk(p, undefined, places));
      expect(deskFor(table, "どこでもない町")).toEqual(table.main);
      for (const m of places) expect(deskKey(deskFor(table, m.name)), `${p.slug} ${m.name}`).toBe(deskKey(localDesk(p, m, places)));
    }
  });

  it("lists each local desk once, and only the municipalities whose desk is not the main one", () => {
    const withOffices = programs.filter((p) => deskTable(p, places).desks.length);
    expect(withOffices.length).toBeGreaterThan(0);
    for (const p of withOffices) {
      const t = deskTable(p, places);
      expect(new Set(t.desks.map(deskKey)).size).toBe(t.desks.length);
      expect(Object.keys(t.byMunicipality).sort()).toEqual(places.filter((m) => localDesk(p, m, places).match !== "main").map((m) => m.name).sort());
    }
  });
});
