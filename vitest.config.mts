import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "lib/**/*.test.{ts,tsx}", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    // Component tests that need a DOM say so in their first line (// @vitest-environment happy-dom); the rest run in plain Node.
    environment: "node",
    // Worker threads start faster than forked processes, and most of a run was starting and importing.
    pool: "threads",
    // Test files share a worker's imported modules (zod, yaml, the loader…) instead of importing them again, which halves
    // the run. A test that replaces a module does it with vi.doMock inside the test and resets the registry after it.
    isolate: false,
  },
});
