import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { removeTrees, root } from "../support/content-tree";

const dirs: string[] = [];
afterEach(() => {
  removeTrees(dirs);
  // the replaced module must not reach the test files that share this worker
  vi.doUnmock("@/lib/content/body");
  vi.resetModules();
});

describe("an exception while reading one file", () => {
  it("becomes an issue naming that file, and every other file is still read", async () => {
    // Whatever a parser may still throw on some input nobody has thought of yet, here the body check.
    vi.resetModules();
    vi.doMock("@/lib/content/body", () => ({
      checkBody: (body: string) => {
        if (body.includes("壊れる本文")) throw new RangeError("Maximum call stack size exceeded");
        return { problems: [], internalLinks: [] };
      },
    }));
    const { contentTree } = await import("../support/content-tree");
    const good = fs.readFileSync(path.join(root, "content/programs/energy-saving.md"), "utf8");
    const { issues, programs } = contentTree({ "programs/breaks.md": `${good}\n壊れる本文\n`, "programs/energy-saving.md": good.replace("  number: 1\n", "  number: 2\n") }, dirs);
    expect(issues.map(formatIssue)).toEqual([
      "content/programs/breaks.md: このファイルを読み取れませんでした（Maximum call stack size exceeded）。編集ガイド（docs/editing.md）の書き方の例と見比べて直すか、直し方が分からなければ開発担当に連絡してください",
    ]);
    expect(programs.map((p) => p.slug)).toContain("energy-saving");
  });
});
