import { expect, test } from "@playwright/test";
import { programPath } from "../../lib/site/paths";
import { waitForHydration } from "../support/browser";
import { programs } from "../support/content";

/** A visitor's way in, by clicking: from the home page through a need to a program. (Links between all pages: http.spec.ts.) */
test("home → need → program, by clicking", async ({ page }) => {
  const program = programs[programs.length - 1];
  const category = program.needs[0];
  await page.goto("/");
  await waitForHydration(page);
  await page.getByRole("link", { name: new RegExp(category.need) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.need);
  await page.getByRole("link", { name: program.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(program.title);
  await expect(page).toHaveURL(new RegExp(`${programPath(program.slug)}$`));
});
