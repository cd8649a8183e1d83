import { describe, expect, it } from "vitest";
import { BUSINESS_TYPE_KEYS } from "@/lib/content/business-types";
import { needs, programs } from "../../tests/support/content";
import { BUSINESS_TYPE_INDUSTRIES, EMPLOYEE_SIZES, INDUSTRIES, jgrantsFields, NEED_PURPOSES, USE_PURPOSES } from "./jgrants";

describe("jGrants-style classification", () => {
  it("uses jGrants' own lists (15 purposes, 20 industries, 8 employee sizes)", () => {
    expect(new Set(USE_PURPOSES).size).toBe(15);
    expect(new Set(INDUSTRIES).size).toBe(20);
    expect(new Set(EMPLOYEE_SIZES).size).toBe(8);
  });

  it("maps only needs and business types that exist (a renamed need fails here, not silently)", () => {
    const slugs = needs.map((n) => n.slug);
    for (const key of Object.keys(NEED_PURPOSES)) expect(slugs, key).toContain(key);
    for (const key of Object.keys(BUSINESS_TYPE_INDUSTRIES)) expect(BUSINESS_TYPE_KEYS).toContain(key);
    for (const { why } of [...Object.values(NEED_PURPOSES), ...Object.values(BUSINESS_TYPE_INDUSTRIES)]) expect(why?.length).toBeGreaterThan(2);
  });

  it.each(programs.map((p) => [p.slug, p] as const))("%s: a value only where its needs or business types map to one, none otherwise", (_, p) => {
    const fields = jgrantsFields(p);
    const mapped = p.needs.flatMap((n) => NEED_PURPOSES[n.slug]?.purposes ?? []);
    if (mapped.length) expect(new Set(fields.use_purpose)).toEqual(new Set(mapped));
    else expect(fields).not.toHaveProperty("use_purpose");
    const industries = (p.businessTypes ?? []).flatMap((t) => BUSINESS_TYPE_INDUSTRIES[t]?.industry ?? []);
    if (industries.length) expect(new Set(fields.industry)).toEqual(new Set(industries));
    else expect(fields).not.toHaveProperty("industry");
    // content states no employee limit: the field is never there
    expect(fields).not.toHaveProperty("target_number_of_employees");
    expect(fields.target_area_search).toEqual(["青森県"]);
    for (const v of fields.use_purpose ?? []) expect(USE_PURPOSES).toContain(v);
    for (const v of fields.industry ?? []) expect(INDUSTRIES).toContain(v);
  });

  it("gives some programs a purpose and an industry, and leaves others without", () => {
    const all = programs.map(jgrantsFields);
    expect(all.some((f) => f.use_purpose)).toBe(true);
    expect(all.some((f) => !f.use_purpose)).toBe(true);
    expect(all.some((f) => f.industry)).toBe(true);
  });
});
