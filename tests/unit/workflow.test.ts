import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const workflow = parse(fs.readFileSync(path.join(root, ".github/workflows/content-check.yml"), "utf8"));
const steps: { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] = workflow.jobs.check.steps;
const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<string, string>;

describe("pull-request workflow", () => {
  it("runs on pull requests with a read-only token, never with the base repository's secrets", () => {
    expect(Object.keys(workflow.on)).toContain("pull_request");
    expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\./);
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with?.["persist-credentials"]).toBe(false);
  });

  it("validates, summarises the data change and runs every test, using scripts that exist", () => {
    const runs = steps.map((s) => s.run ?? "").join("\n");
    for (const script of ["validate", "content:diff"]) {
      expect(runs).toContain(`npm run ${script === "validate" ? "" : "--silent "}${script}`);
      expect(scripts[script], script).toBeDefined();
    }
    expect(runs).toContain("npm test");
  });

  it("puts the changed numbers first in the summary, and checks numbers against the guidebook in a step of its own", () => {
    const index = (script: string) => steps.findIndex((s) => (s.run ?? "").includes(`npm run ${script}`) || (s.run ?? "").includes(`npm run --silent ${script}`));
    expect(index("content:diff")).toBeGreaterThan(-1);
    expect(index("content:diff")).toBeLessThan(index("validate"));
    expect(index("audit:phones")).toBeGreaterThan(index("validate"));
    expect(scripts["audit:phones"]).toBeDefined();
  });

  it("does not interpolate event data into shell commands", () => {
    for (const s of steps) expect(s.run ?? "").not.toContain("${{");
  });
});
