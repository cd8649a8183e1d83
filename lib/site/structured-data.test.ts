import { describe, expect, it } from "vitest";
import { programs } from "../../tests/support/content";
import { governmentServiceProblems } from "../../tests/support/structured-data";
import { publicUrl } from "./config";
import { programUrl } from "./paths";
import { breadcrumbListLd, governmentServiceLd, internationalPhone, openingHours } from "./structured-data";

/** As a crawler reads it: the JSON text the page embeds. */
const readBack = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const same = (u: unknown) => u;

describe("internationalPhone", () => {
  it("drops the trunk 0 and adds Japan's country code", () => {
    expect(internationalPhone("017-734-9243")).toBe("+81-17-734-9243");
    expect(internationalPhone("0120-123-456")).toBe("+81-120-123-456");
  });
});

describe("governmentServiceLd", () => {
  it.each(programs.map((p) => [p.slug, p] as const))("%s: every desk a channel with its numbers, FAX, place and hours, as content holds them", (_, program) => {
    expect(governmentServiceProblems(readBack(governmentServiceLd(program)), program, same, programUrl(program.slug))).toEqual([]);
  });

  it("says a desk is closed on public holidays with a PublicHolidays specification that opens and closes at 00:00 (schema.org's way to say closed)", () => {
    const desk = programs.flatMap((p) => p.desks).find((d) => d.hours?.closedOn?.includes("祝日"));
    expect(desk).toBeDefined();
    expect(readBack({ specs: openingHours(desk!.hours) }).specs).toContainEqual({ "@type": "OpeningHoursSpecification", dayOfWeek: "https://schema.org/PublicHolidays", opens: "00:00", closes: "00:00" });
  });

  it("finds what is wrong: a number, an address, hours on a channel", () => {
    const program = programs.find((p) => p.desks.some((d) => d.kind === "office" && d.address && d.hours))!;
    const ld = readBack(governmentServiceLd(program));
    const channels = ld.availableChannel as Record<string, unknown>[];
    const office = channels[program.desks.findIndex((d) => d.kind === "office" && d.address && d.hours)];
    office.hoursAvailable = [];
    (office.serviceLocation as { address: { streetAddress: string } }).address.streetAddress = "どこか";
    expect(governmentServiceProblems(ld, program, same, programUrl(program.slug))).toHaveLength(2);
    expect(governmentServiceProblems(readBack({ ...governmentServiceLd(program), isPartOf: {} }), program, same, programUrl(program.slug))).toEqual(["isPartOf is not a property of a Service"]);
  });
});

describe("breadcrumbListLd", () => {
  it("numbers the trail from 1 with absolute URLs and ends at the current page", () => {
    const ld = breadcrumbListLd([{ href: "/", label: "ホーム" }, { href: "/programs", label: "制度の一覧" }], "よろず");
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "ホーム", item: publicUrl("/") },
      { "@type": "ListItem", position: 2, name: "制度の一覧", item: publicUrl("/programs") },
      { "@type": "ListItem", position: 3, name: "よろず" },
    ]);
  });
});
