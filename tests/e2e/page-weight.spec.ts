import { expect, test } from "@playwright/test";
import { programs } from "./content";

/**
 * Program pages ship no client JavaScript of their own: every script they
 * load is one the home page loads too (the framework and the layout, search
 * box included). Sizes are a benchmark (`npm run page-weight`), not a test.
 */
const scriptsOf = (html: string) =>
  new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]));

test("program pages load no script the home page does not", async ({ request }) => {
  const shared = scriptsOf(await (await request.get("/")).text());
  expect(shared.size).toBeGreaterThan(0);
  for (const p of programs) {
    const own = [...scriptsOf(await (await request.get(`/programs/${p.slug}`)).text())].filter((s) => !shared.has(s));
    expect(own, p.slug).toEqual([]);
  }
});
