import { describe, expect, it } from "vitest";
import { officeDesks } from "@/lib/content/model";
import { areas, programs } from "../../tests/support/content";
import { distanceKm, nearestOrder, nearness, type Place } from "./nearest";

const place = (name: string) => areas.municipalities.find((m) => m.name === name) as Place;

describe("nearest offices", () => {
  it("measures distances between municipalities plausibly", () => {
    // 青森市 to 八戸市 is about 80 km in a straight line
    const d = distanceKm(place("青森市"), place("八戸市"));
    expect(d).toBeGreaterThan(60);
    expect(d).toBeLessThan(100);
  });

  it("puts the visitor's own municipality first, then its region, then the rest by distance", () => {
    const food = programs.find((p) => officeDesks(p).length >= 7 && officeDesks(p).every((o) => o.municipality))!;
    const offices = officeDesks(food).map((o) => o.municipality!);
    for (const m of areas.municipalities) {
      const order = nearestOrder(m, offices);
      const kinds = order.map((i) => nearness(m, offices[i]));
      const rank = { "same-municipality": 0, "same-region": 1, other: 2, unknown: 3 };
      expect(kinds.map((k) => rank[k]), m.name).toEqual([...kinds.map((k) => rank[k])].sort());
      const others = order.filter((i) => nearness(m, offices[i]) === "other").map((i) => distanceKm(m, offices[i]));
      expect(others, m.name).toEqual([...others].sort((a, b) => a - b));
    }
  });

  it("keeps the original order when nothing is chosen", () => {
    expect(nearestOrder(undefined, [undefined, place("青森市")])).toEqual([0, 1]);
  });
});
