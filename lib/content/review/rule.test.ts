import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { programFiles } from "../../../tests/support/content";
import { parseFrontMatter } from "../front-matter";
import { programSchema } from "../schema";
import { reflect } from "../schema/reflection";
import { programChecklist } from "./checklist";
import { BODY_FIELD, factsOf, isReviewablePath, parseFieldPath } from "./facts";
import { REVIEW_RULE, unreviewedChanges, withRecordedChanges, type ProgramText } from "./rule";

const root = path.resolve(__dirname, "../../..");
/** A real program's file as the rule reads it: its front matter as written, its body under `body`. */
function fileOf(slug: string): ProgramText {
  const fm = parseFrontMatter(fs.readFileSync(path.join(root, "content/programs", `${slug}.md`), "utf8"));
  if (!fm.ok) throw new Error(slug);
  return structuredClone({ ...(fm.data as Record<string, unknown>), body: fm.body });
}
const withOffices = programFiles.find((p) => p.offices?.some((o) => o.hours))!;
const plain = programFiles.find((p) => !p.reviews?.length && p.contacts[0].tel.length)!;
const edition = 2026;
const contactsOf = (t: ProgramText) => t.contacts as { tel: { number: string }[]; hours?: unknown }[];

describe("the facts a program states", () => {
  it("are every value at a field the schema marks reviewable, with its path, a label and its text", () => {
    const facts = programChecklist(fileOf(plain.slug), "本文");
    const number = facts.find((f) => f.field === "contacts[0].tel[0].number")!;
    expect(number).toMatchObject({ path: ["contacts", 0, "tel", 0, "number"], value: plain.contacts[0].tel[0].number, quoted: true });
    expect(number.label).toMatch(/^担当窓口.* › 電話番号$/);
    expect(facts.map((f) => f.field)).toContain("title");
    // not a fact: how the site files and finds it, and the records themselves
    for (const field of ["categories", "words", "updated", "source", "related"]) expect(facts.some((f) => f.field.startsWith(field)), field).toBe(false);
    expect(facts.at(-1)).toMatchObject({ field: BODY_FIELD, quoted: false });
  });

  it("give hours as the sentence a page shows, made by the schema from days and times", () => {
    const office = withOffices.offices!.findIndex((o) => o.hours);
    const facts = factsOf(fileOf(withOffices.slug));
    expect(facts.find((f) => f.field === `offices[${office}].hours`)?.value).toBe(withOffices.offices![office].hours!.text);
  });

  it("count a left-out field with a default as its default, so writing it out changes nothing", () => {
    const t = fileOf(plain.slug);
    const written = structuredClone(t);
    (written.contacts as { role?: string }[])[0].role = "担当窓口";
    expect(unreviewedChanges(t, written, edition)).toEqual([]);
  });

  it("include a field the schema marks reviewable later, without any list to update", () => {
    const schema = programSchema.extend({ fee: z.string().optional().meta({ title: "手数料", reviewable: true }) });
    const facts = factsOf({ ...fileOf(plain.slug), fee: "1,000円" }, undefined, schema);
    expect(facts.find((f) => f.field === "fee")).toMatchObject({ label: "手数料", value: "1,000円" });
    expect(isReviewablePath(["fee"], schema)).toBe(true);
    expect(isReviewablePath(["fee"])).toBe(false);
  });

  it("are named by paths that read back to the same place", () => {
    for (const f of factsOf(fileOf(withOffices.slug), "x")) {
      expect(parseFieldPath(f.field), f.field).toEqual(f.path);
      expect(isReviewablePath(f.path), f.field).toBe(true);
    }
    expect(parseFieldPath("contacts[0].tel[1].number")).toEqual(["contacts", 0, "tel", 1, "number"]);
    expect(parseFieldPath("contacts[0]..x")).toBeUndefined();
    expect(isReviewablePath(["words", 0])).toBe(false);
    expect(reflect(programSchema).fields.some((f) => f.meta.reviewable)).toBe(true);
  });
});

describe("the review rule: a changed fact needs a review record of the current edition", () => {
  const changedNumber = () => {
    const before = fileOf(plain.slug);
    const after = structuredClone(before);
    contactsOf(after)[0].tel[0].number = "017-734-0001";
    return { before, after };
  };
  const review = (extra: object = {}) => ({ edition, date: "2026-05-12", method: "電話", department: "商工労働部 商工政策課", ...extra });

  it("refuses a changed number without one, at the number's own field, and says at reviews what to write", () => {
    const { before, after } = changedNumber();
    const issues = unreviewedChanges(before, after, edition);
    expect(issues.map((i) => i.field)).toEqual(["contacts[0].tel[0].number", "reviews"]);
    expect(issues[0].message).toBe(
      `担当窓口（${plain.contacts[0].organization}） › 電話番号を「${plain.contacts[0].tel[0].number}」から「017-734-0001」に変更しましたが、令和8年度の確認の記録がありません。${REVIEW_RULE}`,
    );
    expect(issues[0].path).toEqual(["contacts", 0, "tel", 0, "number"]);
    expect(issues[1].message).toContain("  - edition: 2026\n");
    expect(issues[1].message).toContain(`      - field: contacts[0].tel[0].number\n        before: "${plain.contacts[0].tel[0].number}"\n        after: "017-734-0001"`);
  });

  it("refuses it with a record of an earlier edition only", () => {
    const { before, after } = changedNumber();
    after.reviews = [review({ edition: 2025, date: "2025-05-12" })];
    expect(unreviewedChanges(before, after, edition).map((i) => i.field)).toEqual(["contacts[0].tel[0].number", "reviews"]);
  });

  it("refuses a record of the edition that does not list the change with its new value", () => {
    const { before, after } = changedNumber();
    after.reviews = [review()];
    const [issue] = unreviewedChanges(before, after, edition);
    expect(issue.field).toBe("contacts[0].tel[0].number");
    expect(issue.message).toContain("2026-05-12 の確認の記録（reviews）の changes に書かれていません");
    after.reviews = [review({ changes: [{ field: "contacts[0].tel[0].number", before: "x", after: "017-734-9999" }] })];
    expect(unreviewedChanges(before, after, edition)[0].message).toContain("changes に変えた後の値が違って書かれていません");
  });

  it("accepts it with the record listing it, as the form writes it on saving", () => {
    const { before, after } = changedNumber();
    after.reviews = [review()];
    const saved = withRecordedChanges(before, after, edition)!;
    expect((saved.reviews as { changes: unknown[] }[])[0].changes).toEqual([{ field: "contacts[0].tel[0].number", before: plain.contacts[0].tel[0].number, after: "017-734-0001" }]);
    expect(unreviewedChanges(before, saved, edition)).toEqual([]);
    // changed again in the same review: from the first value to the latest; changed back: no change
    const again = structuredClone(saved);
    contactsOf(again)[0].tel[0].number = "017-734-0002";
    const twice = withRecordedChanges(saved, again, edition)!;
    expect((twice.reviews as { changes: unknown[] }[])[0].changes).toEqual([{ field: "contacts[0].tel[0].number", before: plain.contacts[0].tel[0].number, after: "017-734-0002" }]);
    const back = structuredClone(twice);
    contactsOf(back)[0].tel[0].number = plain.contacts[0].tel[0].number;
    expect((withRecordedChanges(twice, back, edition)!.reviews as { changes?: unknown[] }[])[0].changes).toBeUndefined();
    expect(withRecordedChanges(before, changedNumber().after, edition)).toBeUndefined();
  });

  it("lets through what is no fact (words, the update date), a new program, and a review alone", () => {
    const before = fileOf(plain.slug);
    const after = { ...structuredClone(before), words: ["新しいことば"], updated: "2026-12-01", reviews: [review()] };
    expect(unreviewedChanges(before, after, edition)).toEqual([]);
    expect(unreviewedChanges(undefined, after, edition)).toEqual([]);
  });

  it("counts a changed body and removed hours as changed facts", () => {
    const before = fileOf(withOffices.slug);
    const after = structuredClone(before);
    after.body = `${String(after.body)}\n追記`;
    const office = withOffices.offices!.findIndex((o) => o.hours);
    delete (after.offices as { hours?: unknown }[])[office].hours;
    const fields = unreviewedChanges(before, after, edition).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining([BODY_FIELD, `offices[${office}].hours`, "reviews"]));
    const message = unreviewedChanges(before, after, edition).find((i) => i.field === `offices[${office}].hours`)!.message;
    expect(message).toContain(`の「${withOffices.offices![office].hours!.text}」を削除しましたが`);
  });
});
