import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { filesUnder } from "@/lib/content/read-text";

/**
 * Layers run one way, and so do the modules inside lib/: a module that
 * imports itself round a circle (type imports included) is read half-built by
 * whichever end loads first, and cannot be understood on its own.
 */
const root = path.resolve(__dirname, "../..");
const options: ts.CompilerOptions = { baseUrl: root, paths: { "@/*": ["./*"] }, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext };
const modules = filesUnder(path.join(root, "lib")).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

function importsOf(file: string): string[] {
  return ts
    .preProcessFile(fs.readFileSync(file, "utf8"), true, false)
    .importedFiles.map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
    .filter((f): f is string => f !== undefined && modules.includes(f));
}

/** Each module's way back to itself, if it has one (depth first, the first circle found). */
function circleThrough(start: string, graph: Map<string, string[]>): string[] | undefined {
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]): string[] | undefined => {
    for (const next of graph.get(file) ?? []) {
      if (next === start) return [...trail, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

describe("lib/", () => {
  it("has no import cycle, type imports included", () => {
    const graph = new Map(modules.map((f) => [f, importsOf(f)]));
    expect(modules.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(modules.length);
    const circles = modules.map((f) => circleThrough(f, graph)).flatMap((c) => (c ? [c.map((x) => path.relative(root, x)).join(" → ")] : []));
    expect(circles).toEqual([]);
  });
});
