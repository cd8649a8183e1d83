import { describe, expect, it } from "vitest";
import { callNumbers, type Desk, type Program } from "@/lib/content/model";
import { areas, programs } from "../../../tests/support/content";
import { hsdsErrors } from "../../../tests/support/hsds-schema";
import { HSDS_VERSION, hsdsIndex, hsdsOrganizations, hsdsService, hsdsServices, serviceId, type HsdsService } from "./export";

/** What a consumer gets: the files as JSON text, read back. */
const readBack = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const services = readBack(hsdsServices(programs, areas));
const organizations = readBack(hsdsOrganizations(programs, areas));
const BYDAY = { 月: "MO", 火: "TU", 水: "WE", 木: "TH", 金: "FR", 土: "SA", 日: "SU" } as const;

describe("the HSDS export validates against our JSON Schema with no error", () => {
  it("index.json, services.json and organizations.json", () => {
    expect(hsdsIndex()).toEqual({ version: HSDS_VERSION });
    expect(hsdsErrors("api_root", readBack(hsdsIndex()))).toEqual([]);
    expect(hsdsErrors("service_list", services)).toEqual([]);
    expect(hsdsErrors("organization_list", organizations)).toEqual([]);
  });

  it.each(programs.map((p) => [p.slug, p] as const))("services/<id>.json of %s", (_, program) => {
    expect(hsdsErrors("service", readBack(hsdsService(program, programs, areas)))).toEqual([]);
  });

  it("and the schema refuses what HSDS does not allow", () => {
    const [service] = services.contents;
    const phone = service.service_at_locations[0].phones[0];
    const broken = (change: (s: HsdsService) => void) => {
      const copy = readBack(service);
      change(copy);
      return hsdsErrors("service", copy);
    };
    expect(broken((s) => Object.assign(s.service_at_locations[0].phones[0], { type: "mobile" }))).not.toEqual([]);
    expect(broken((s) => Object.assign(s.service_at_locations[0].phones[0], { extension: "641" }))).not.toEqual([]);
    expect(broken((s) => Object.assign(s, { status: "open" }))).not.toEqual([]);
    expect(broken((s) => Object.assign(s, { id: "yorozu" }))).not.toEqual([]);
    expect(broken((s) => Object.assign(s, { phone: phone.number }))).not.toEqual([]);
    expect(broken((s) => Object.assign(s, { assured_date: "2026/12/01" }))).not.toEqual([]);
  });
});

describe("the HSDS export read back holds every program, office, number and hours entry of content", () => {
  const serviceOf = (p: Program) => services.contents.find((s) => s.id === serviceId(p.slug));

  it("one service per program, with the page's facts and the prefecture as its area", () => {
    expect(services.total_items).toBe(programs.length);
    expect(services.contents).toHaveLength(programs.length);
    for (const p of programs) {
      const s = serviceOf(p);
      expect(s, p.slug).toMatchObject({ name: p.title, description: p.summary, status: "active", last_modified: `${p.updated}T00:00:00+09:00` });
      expect(s?.eligibility_description).toBe(p.audience);
      expect(s?.organization.name).toBe(p.desks[0].organization);
      expect(s?.service_areas.map((a) => a.name)).toEqual(["青森県"]);
      expect(s?.additional_urls?.map((u) => u.url)).toEqual(p.links?.map((l) => l.url));
    }
  });

  it.each(programs.map((p) => [p.slug, p] as const))("%s: every desk as a location at which the service is given, with its numbers and hours", (_, p) => {
    const sals = serviceOf(p)!.service_at_locations;
    expect(sals).toHaveLength(p.desks.length);
    for (const d of p.desks) {
      // the service at that desk: its location's name, and its numbers
      const sal = sals.find((x) => x.location.name === d.name && x.phones.map((n) => n.number).join() === d.phones.map((n) => n.number).join());
      expect(sal, `${d.field} ${d.name}`).toBeDefined();
      const address = sal!.location.addresses?.[0];
      expect(address?.city ?? "", d.field).toBe(d.municipality?.name ?? "");
      // the address as written, less the municipality's name it begins with (that is the city)
      const city = d.municipality?.name;
      if (d.address) expect(address?.address_1).toBe(city && d.address.startsWith(city) ? d.address.slice(city.length).trim() : d.address);
      expect(sal!.phones.map((n) => [n.type, n.number, n.extension === undefined ? undefined : String(n.extension)])).toEqual(d.phones.map((n) => [n.type, n.number, n.extension]));
      expect(sal!.schedules).toHaveLength(d.hours ? 1 : 0);
      if (d.hours) {
        const [s] = sal!.schedules;
        expect([s.opens_at, s.closes_at]).toEqual([`${d.hours.open}+09:00`, `${d.hours.close}+09:00`]);
        expect(s.byday).toBe(d.hours.days ? d.hours.days.map((day) => BYDAY[day]).join(",") : undefined);
        expect(s.description).toBe(d.hours.text);
        for (const closure of [...(d.hours.closedOn ?? []), ...(d.hours.otherClosures ?? [])]) expect(s.notes).toContain(closure);
      }
    }
  });

  it("as many numbers and schedules as content has, each id once, each place one location with one id", () => {
    const sals = services.contents.flatMap((s) => s.service_at_locations);
    expect(sals.flatMap((s) => s.phones)).toHaveLength(programs.flatMap((p) => p.desks.flatMap((d) => d.phones)).length);
    expect(sals.flatMap((s) => s.schedules)).toHaveLength(programs.flatMap((p) => p.desks.filter((d) => d.hours)).length);
    for (const ids of [sals.map((s) => s.id), sals.flatMap((s) => s.phones.map((n) => n.id)), sals.flatMap((s) => s.schedules.map((n) => n.id))]) expect(new Set(ids).size).toBe(ids.length);
    const locations = new Map<string, string>();
    for (const { location } of sals) {
      const seen = locations.get(location.id);
      if (seen) expect(JSON.stringify(location)).toBe(seen);
      locations.set(location.id, JSON.stringify(location));
    }
    expect(locations.size).toBeLessThan(sals.length); // desks several programs share are one location
  });

  it("ids come from slugs and names, not from the order of the files", () => {
    const reversed = hsdsServices([...programs].reverse(), areas).contents;
    for (const s of services.contents) expect(readBack(reversed.find((r) => r.id === s.id))).toEqual(s);
  });

  it("a 地域県民局's office serves its region's municipalities; no other desk claims an area", () => {
    for (const p of programs) {
      for (const sal of serviceOf(p)!.service_at_locations) {
        const region = areas.regions.find((r) => sal.location.name.startsWith(r.office));
        expect(sal.service_areas?.map((a) => a.name)).toEqual(region ? areas.municipalities.filter((m) => m.region === region.id).map((m) => m.name) : undefined);
      }
    }
    expect(services.contents.some((s) => s.service_at_locations.some((x) => x.service_areas))).toBe(true);
  });

  it("organizations.json: every contact's organization, with the places of its desks", () => {
    const desks = programs.flatMap((p) => p.desks.filter((d): d is Desk & { organization: string } => Boolean(d.organization)));
    expect(organizations.contents.map((o) => o.name).sort()).toEqual([...new Set(desks.map((d) => d.organization))].sort());
    for (const d of desks) expect(organizations.contents.find((o) => o.name === d.organization)?.locations?.map((l) => l.name)).toContain(d.name);
  });
});

describe("how current it is, from content's confirmation records", () => {
  const [program] = programs.filter((p) => p.desks.length > 1 && p.desks.every((d) => d.phones.length));
  const confirmed = (d: Desk, date: string) => ({ ...d, confirmed: { date, method: "電話で確認" as const } });

  it("no assured_date while content records no check of every number", () => {
    for (const p of programs.filter((x) => x.desks.some((d) => d.phones.length && !d.confirmed))) expect(serviceOf(p)?.assured_date, p.slug).toBeUndefined();
  });

  it("assured_date is the oldest check when every desk is checked, and each checked number carries its check", () => {
    const checked = { ...program, desks: program.desks.map((d, i) => confirmed(d, i === 0 ? "2026-05-12" : "2026-04-20")) };
    const s = readBack(hsdsService(checked, programs, areas));
    expect(hsdsErrors("service", s)).toEqual([]);
    expect(s.assured_date).toBe("2026-04-20");
    for (const [i, d] of checked.desks.entries()) {
      for (const n of d.phones) {
        const phone = s.service_at_locations.flatMap((x) => x.phones).find((x) => x.number === n.number && x.type === n.type);
        expect(phone?.metadata?.[0]).toMatchObject({ last_action_date: i === 0 ? "2026-05-12" : "2026-04-20", last_action_type: "verify", field_name: "number", replacement_value: n.number, resource_id: phone?.id });
      }
    }
  });

  it("an extension a number would change (0641) stays as written, in the description", () => {
    const desk = program.desks[0];
    const [first] = callNumbers(desk);
    const odd = { ...program, desks: [{ ...desk, phones: [{ ...first, extension: "0641" }] }] };
    const [phone] = readBack(hsdsService(odd, programs, areas)).service_at_locations[0].phones;
    expect(phone.extension).toBeUndefined();
    expect(phone.description).toContain("内線 0641");
    const plain = readBack(hsdsService({ ...odd, desks: [{ ...desk, phones: [{ ...first, extension: "641" }] }] }, programs, areas)).service_at_locations[0].phones[0];
    expect(plain.extension).toBe(641);
  });

  function serviceOf(p: Program) {
    return services.contents.find((s) => s.id === serviceId(p.slug));
  }
});
