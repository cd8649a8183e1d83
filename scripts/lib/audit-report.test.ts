import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-report";

const report = (vulns: Record<string, { severity: string; range: string; via: unknown[] }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } as Record<string, number>;
  for (const v of Object.values(vulns)) {
    counts[v.severity]++;
    counts.total++;
  }
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities: vulns, metadata: { vulnerabilities: counts } });
};

describe("auditVerdict", () => {
  it("fails on a high or critical advisory and names the package and advisory", () => {
    const v = auditVerdict(
      report({
        next: { severity: "critical", range: "<15.2.3", via: [{ title: "Authorization bypass in middleware", url: "https://github.com/advisories/GHSA-f82v-jwr5-mffw" }] },
        "left-pad": { severity: "low", range: "*", via: ["x"] },
      }),
      "",
      1,
    );
    expect(v.kind).toBe("checked");
    expect(v.kind === "checked" && v.serious).toEqual(["next <15.2.3 (critical): Authorization bypass in middleware https://github.com/advisories/GHSA-f82v-jwr5-mffw"]);
  });

  it("passes moderate and low advisories", () => {
    const v = auditVerdict(report({ a: { severity: "moderate", range: "*", via: ["b"] }, b: { severity: "low", range: "*", via: [] } }), "", 0);
    expect(v).toMatchObject({ kind: "checked", serious: [] });
  });

  it("reports an unreachable advisory service as unchecked, never as clean", () => {
    const mirror = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 });
    expect(auditVerdict(mirror, "npm error audit endpoint returned an error", 1)).toEqual({
      kind: "unreachable",
      reason: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(auditVerdict("", "npm error code ENOTFOUND", 1)).toEqual({ kind: "unreachable", reason: "npm error code ENOTFOUND" });
  });
});
