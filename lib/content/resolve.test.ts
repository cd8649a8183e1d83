import { describe, expect, it } from "vitest";
import { areas, generalDesks, flow, needs, programFiles, programs } from "../../tests/support/content";
import { callNumbers, faxDesks, faxNumber, mainNumber } from "./model";
import { frontMatterOf, resolveDesks } from "./resolve";

/** The resolved model against the files as written: every desk and number is there once, in order, nothing added. */
describe("the resolved model", () => {
  it("has every program, each with the needs its categories name, in their order", () => {
    expect(programs.map((p) => p.slug)).toEqual(programFiles.map((f) => f.slug));
    programFiles.forEach((f, i) => expect(programs[i].needs.map((n) => n.slug), f.slug).toEqual(f.categories));
    for (const p of programs) for (const n of p.needs) expect(needs).toContain(n);
  });

  it("lists the contacts, then the offices, as desks, each with its numbers and where it is written", () => {
    programFiles.forEach((f, i) => {
      const { desks } = programs[i];
      const offices = f.offices ?? [];
      expect(desks.map((d) => d.field), f.slug).toEqual([...f.contacts.map((_, k) => `contacts[${k}]`), ...offices.map((_, k) => `offices[${k}]`)]);
      [...f.contacts, ...offices].forEach((written, k) => {
        const d = desks[k];
        expect(callNumbers(d).map((n) => [n.number, n.extension, n.label, n.note, n.field]), d.field).toEqual(
          (written.tel ?? []).map((t, j) => [t.number, t.extension, t.label, t.note, `${d.field}.tel[${j}].number`]),
        );
        expect(faxNumber(d)?.number).toBe(written.fax);
        expect(faxNumber(d)?.field).toBe(written.fax ? `${d.field}.fax` : undefined);
        expect([d.hours, d.note, d.confirmed, d.email, d.form]).toEqual([written.hours, written.note, written.confirmed, written.email, written.form]);
      });
      f.contacts.forEach((c, k) => {
        expect(desks[k]).toMatchObject({ kind: "contact", role: c.role, organization: c.organization, name: [c.organization, c.department, c.group].filter(Boolean).join(" ") });
      });
      offices.forEach((o, k) => {
        const d = desks[f.contacts.length + k];
        expect(d).toMatchObject({ kind: "office", name: o.name, shortName: o.name });
        expect(d.address).toBe(o.address);
        expect(d.municipality?.name).toBe(o.municipality);
        if (o.municipality) expect(areas.municipalities).toContain(d.municipality);
      });
    });
  });

  it("says whom every number reaches by one rule: its own label, else the desk's short name", () => {
    for (const p of programs) {
      for (const d of p.desks) {
        for (const n of d.phones) expect(n.whom, n.field).toBe(n.label ?? d.shortName);
        // the short name is the end of the full one: 地域産業課 創業支援グループ of 青森県商工労働部 地域産業課 創業支援グループ
        expect(d.name.endsWith(d.shortName), d.name).toBe(true);
      }
      expect(mainNumber(p)).toBe(p.desks[0].phones[0]);
    }
  });

  it("keeps the general desks in the flow's order", () => {
    expect(generalDesks.map((p) => p.slug)).toEqual(flow.generalDesks);
  });

  it("gives back each file's front-matter exactly, for the open data", () => {
    programFiles.forEach((f, i) => {
      const again = { ...frontMatterOf(programs[i]), slug: f.slug, body: f.body, file: f.file };
      expect(again, f.slug).toStrictEqual(f);
      expect(JSON.stringify(again), "in the file's key order").toBe(JSON.stringify(f));
    });
  });

  it("gives each FAX number of a program one sheet, addressed to the first desk with it", () => {
    for (const p of programs) {
      const sheets = faxDesks(p);
      const faxes = p.desks.flatMap((d) => faxNumber(d)?.number ?? []);
      expect(sheets.map((s) => s.fax.number), p.slug).toEqual([...new Set(faxes)]);
      for (const { fax, desk } of sheets) expect(desk, fax.number).toBe(p.desks.find((d) => faxNumber(d)?.number === fax.number));
    }
    const [shared] = faxDesks({
      desks: resolveDesks({ contacts: [{ role: "担当窓口", organization: "課", tel: [{ number: "017-734-9243" }], fax: "017-734-8065" }], offices: [{ name: "事務所", fax: "017-734-8065" }] }, []),
    });
    expect(shared.desk.name).toBe("課");
  });

  it("resolves an office in no known municipality to none, rather than guessing one", () => {
    const [office] = resolveDesks({ contacts: [], offices: [{ name: "会場", municipality: "どこでもない町", tel: [{ number: "017-734-9243" }] }] }, areas.municipalities);
    expect(office.municipality).toBeUndefined();
    expect(office.phones[0]).toEqual({ type: "voice", number: "017-734-9243", whom: "会場", field: "offices[0].tel[0].number" });
  });
});
