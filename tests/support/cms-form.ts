import type { Page } from "@playwright/test";
import type { DecapField } from "../../lib/cms/decap-fields";
import { REVIEW_METHOD_PHRASES, type ReviewMethod } from "../../lib/content/review-methods";

/** A field of a form of public/admin/config.yml, by its key. */
export const field = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;

/** A form field's accessible name: its label, with Decap's 「(任意)」 after an optional one, or the save check's 「(この番号では必須)」. */
export const named = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\((任意|この番号では必須)\\))?$`);

export type ReviewToFill = { edition: number; date: string; method: ReviewMethod; department: string };

/** 「この内容を確認しました」 filled in as staff do, with the fields the schema makes; the form lists what changed in it by itself. */
export async function fillReview(page: Page, reviews: DecapField, review: ReviewToFill) {
  await page.getByRole("button", { name: `${reviews.label_singular}を追加`, exact: true }).click();
  const own = (name: string) => field(reviews.fields!, name).label;
  await page.getByLabel(named(own("edition"))).fill(String(review.edition));
  await page.getByLabel(named(own("date"))).fill(review.date);
  const how = page.getByRole("combobox", { name: named(own("method")) });
  await how.fill(`${review.method}（${REVIEW_METHOD_PHRASES[review.method]}）`);
  await how.press("Enter");
  await page.getByLabel(named(own("department"))).fill(review.department);
}
