import { z } from "zod";
import recorded from "./results.json";

/**
 * What the accessibility page reports: the figures of a real run of the
 * browser tests (tests/e2e/pages.spec.ts and templates.spec.ts), written to
 * results.json by `UPDATE_A11Y_RESULTS=1` and checked against every later run
 * by tests/e2e/a11y-results.spec.ts, which fails when the file no longer
 * matches what the tests find or no longer covers the site's pages.
 */
const count = z.number().int().min(0);

export const a11yResultsSchema = z.strictObject({
  /** The day of the run, in Japan time. */
  date: z.iso.date(),
  axeVersion: z.string().min(1),
  /** How many axe-core rules the run applied to each page. */
  axeRules: z.number().int().positive(),
  /** Viewport widths at which axe ran, in the order of each page's `axe` counts. */
  widths: z.array(z.number().int().positive()).min(1),
  pages: z
    .array(
      z.strictObject({
        path: z.string().startsWith("/"),
        /** axe-core violations (rules broken) at each width. */
        axe: z.array(count),
        headings: count,
        tables: count,
        phoneLinks: z.strictObject({ checked: count, problems: count }),
        /** Pixels of sideways scrolling at 360 px. */
        overflow: count,
      }),
    )
    .min(1),
  keyboard: z
    .array(
      z.strictObject({
        template: z.string().min(1),
        path: z.string().startsWith("/"),
        /** Tab stops reached in order. */
        stops: count,
        problems: count,
      }),
    )
    .min(1),
});

export type A11yResults = z.infer<typeof a11yResultsSchema>;

export const A11Y_RESULTS_FILE = "lib/a11y/results.json";

export function a11yResults(): A11yResults {
  const parsed = a11yResultsSchema.safeParse(recorded);
  if (!parsed.success) {
    throw new Error(
      `${A11Y_RESULTS_FILE} が読めません（${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("、")}）。` +
        "npm run build のあと UPDATE_A11Y_RESULTS=1 npx playwright test tests/e2e/a11y-results.spec.ts で作り直してください",
    );
  }
  return parsed.data;
}

/** Totals for the page's summary table. */
export function a11yTotals(r: A11yResults) {
  const sum = (f: (p: A11yResults["pages"][number]) => number) => r.pages.reduce((n, p) => n + f(p), 0);
  return {
    axe: sum((p) => p.axe.reduce((a, b) => a + b, 0)),
    headingsAndTables: sum((p) => p.headings + p.tables),
    phoneLinks: sum((p) => p.phoneLinks.problems),
    phoneLinksChecked: sum((p) => p.phoneLinks.checked),
    pagesWithPhones: r.pages.filter((p) => p.phoneLinks.checked > 0).length,
    overflow: r.pages.filter((p) => p.overflow > 0).length,
    keyboard: r.keyboard.reduce((n, k) => n + k.problems, 0),
  };
}
