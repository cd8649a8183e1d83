// One closing line over both runners, in the plain "N passed, N failed" form.
import fs from "node:fs";

const read = (f) => JSON.parse(fs.readFileSync(f, "utf8"));
const v = read("test-results/vitest.json");
const p = read("test-results/playwright.json");
const passed = v.numPassedTests + (p.stats?.expected ?? 0);
const failed = v.numFailedTests + (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
const skipped = v.numPendingTests + v.numTodoTests + (p.stats?.skipped ?? 0);
console.log(`unit: ${v.numPassedTests} passed, browser: ${p.stats?.expected ?? 0} passed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
