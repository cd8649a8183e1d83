import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const workflow = parse(fs.readFileSync(path.join(root, ".github/workflows/preview.yml"), "utf8"));
const steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] = workflow.jobs.preview.steps;
const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<string, string>;

describe("preview workflow", () => {
  it("runs on pull requests with a read-only token and no secrets (safe for forks)", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\.|pull_request_target/);
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with?.["persist-credentials"]).toBe(false);
  });

  it("builds and exports the site, uploads the export as an artifact and lists the changed pages with scripts that exist", () => {
    const runs = steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("npm run build && npm run export");
    expect(scripts.export).toBeDefined();
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.with?.path).toBe("out/site/");
    expect(runs).toContain("npm run --silent preview:summary");
    expect(scripts["preview:summary"]).toBeDefined();
  });
});
