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

type Job = { if?: string; permissions?: Record<string, string>; steps: { run?: string; if?: string; env?: Record<string, string> }[]; env?: Record<string, string> };

describe("the pull request's review comment", () => {
  const job: Job = workflow.jobs["review-comment"];

  it("is the only job that may write, and only to the pull request", () => {
    expect(job.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    for (const [name, other] of Object.entries<Job>(workflow.jobs)) if (name !== "review-comment") expect(other.permissions, name).toBeUndefined();
  });

  it("writes the comment with the script, always to the job summary, and comments only from this repository (a fork's token cannot)", () => {
    const runs = job.steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("npm run --silent review:comment");
    expect(scripts["review:comment"]).toBeDefined();
    expect(runs).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const posting = job.steps.find((s) => (s.run ?? "").includes("gh pr comment"))!;
    expect(posting.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    // updated, not added again: found by the comment's first line
    expect(posting.run).toContain("--method PATCH");
    for (const s of job.steps) expect(s.run ?? "").not.toContain("${{");
  });
});

describe("the weekly reminder of reviews due", () => {
  const reminder = parse(fs.readFileSync(path.join(root, ".github/workflows/review-due.yml"), "utf8"));
  const job: Job = reminder.jobs.remind;
  const runs = job.steps.map((s) => s.run ?? "").join("\n");

  it("runs every week (and by hand), with only the permission to keep its issue", () => {
    expect(reminder.on.schedule).toHaveLength(1);
    expect(reminder.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(Object.keys(reminder.on)).toContain("workflow_dispatch");
    expect(reminder.permissions).toEqual({ contents: "read", issues: "write" });
    expect(JSON.stringify(reminder)).not.toMatch(/secrets\./);
  });

  it("keeps one issue, found by its label: updates it, opens it only when there is none, closes it when nothing is due", () => {
    expect(runs).toContain("npm run --silent review:due");
    expect(scripts["review:due"]).toBeDefined();
    expect(job.env?.LABEL).toBeTruthy();
    expect(runs).toMatch(/gh issue list --label "\$LABEL" --state open/);
    const edit = runs.indexOf("gh issue edit");
    const create = runs.indexOf("gh issue create");
    const close = runs.indexOf("gh issue close");
    expect(edit).toBeGreaterThan(-1);
    expect(create).toBeGreaterThan(edit);
    expect(close).toBeGreaterThan(create);
    expect(runs).toContain('gh issue create --title "$TITLE');
    expect(runs).toContain('--label "$LABEL"');
    for (const s of job.steps) expect(s.run ?? "").not.toContain("${{");
  });
});
