import { describe, expect, it } from "vitest";
import { contactDesks, officeDesks } from "@/lib/content/model";
import { phonesOf, programs } from "../../tests/support/content";
import { publicUrl } from "./config";
import { breadcrumbListLd, governmentServiceLd, internationalPhone } from "./structured-data";
import { programUrl } from "./paths";


type Channel = {
  name: string;
  servicePhone?: { name: string; telephone: string; hoursAvailable?: { opens?: string; closes?: string; dayOfWeek?: string[] } }[];
  serviceLocation?: { name: string; address?: { streetAddress: string } };
};

describe("internationalPhone", () => {
  it("drops the trunk 0 and adds Japan's country code", () => {
    expect(internationalPhone("017-734-9243")).toBe("+81-17-734-9243");
    expect(internationalPhone("0120-123-456")).toBe("+81-120-123-456");
  });
});

describe("governmentServiceLd", () => {
  it.each(programs.map((p) => [p.slug, p] as const))("%s: every number, address and opening time of the page", (_, program) => {
    const ld = governmentServiceLd(program);
    expect(ld["@type"]).toBe("GovernmentService");
    expect(ld.url).toBe(programUrl(program.slug));
    expect(ld.name).toBe(program.title);
    const channels = ld.availableChannel as Channel[];
    const phones = channels.flatMap((c) => c.servicePhone ?? []).map((p) => p.telephone);
    expect(phones).toEqual(phonesOf(program).map((t) => `+81-${t.number.slice(1)}`));
    // named as the page's call links name them: whom the number reaches
    expect(channels.flatMap((c) => c.servicePhone ?? []).map((p) => p.name)).toEqual(phonesOf(program).map((t) => t.whom));
    for (const office of officeDesks(program)) {
      const channel = channels.find((c) => c.serviceLocation?.name === office.name);
      expect(channel, office.name).toBeDefined();
      expect(channel?.serviceLocation?.address?.streetAddress).toBe(office.address);
    }
    for (const [i, contact] of contactDesks(program).entries()) {
      if (!contact.hours?.open) continue;
      const hours = channels[i].servicePhone?.[0].hoursAvailable;
      expect(hours?.opens).toBe(contact.hours.open);
      expect(hours?.closes).toBe(contact.hours.close);
      expect(hours?.dayOfWeek?.length ?? 0).toBe(contact.hours.days?.length ?? 0);
    }
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
