import fs from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";
import type { A11yResults } from "../../lib/a11y/results";

/**
 * How the accessibility figures of one run travel from the tests that measure
 * them (pages.spec.ts, templates.spec.ts) to the one that compares them with
 * lib/a11y/results.json (a11y-results.spec.ts): each test leaves a small JSON
 * file in its own output folder, which Playwright empties at the start of every run.
 */
export type PageRecord = A11yResults["pages"][number] & { axeRules: number; axeVersion: string };
export type KeyboardRecord = A11yResults["keyboard"][number];

/** Viewport widths at which every screen is checked with axe-core, in the order of a record's `axe` counts. */
export const AXE_WIDTHS = [390, 1280] as const;

const PAGE_FILE = "a11y-page.json";
const KEYBOARD_FILE = "a11y-keyboard.json";

export function recordPage(r: PageRecord) {
  fs.writeFileSync(test.info().outputPath(PAGE_FILE), JSON.stringify(r));
}

export function recordKeyboard(r: KeyboardRecord) {
  fs.writeFileSync(test.info().outputPath(KEYBOARD_FILE), JSON.stringify(r));
}

function filesNamed(dir: string, name: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === name).map((f) => path.join(dir, f));
}

const read = <T>(f: string) => JSON.parse(fs.readFileSync(f, "utf8")) as T;

/** What this run recorded, read from the run's output folder. */
export function runRecords(outputDir: string) {
  return {
    pages: filesNamed(outputDir, PAGE_FILE).map((f) => read<PageRecord>(f)),
    keyboard: filesNamed(outputDir, KEYBOARD_FILE).map((f) => read<KeyboardRecord>(f)),
  };
}
