import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { programFiles } from "../../../tests/support/content";
import { fromFile } from "./front-matter-format";
import { reviewedSave } from "./review-check";

/** The form's data for a program, as Decap holds it after reading the file with the site's reader. */
const program = programFiles.find((p) => !p.reviews?.length)!;
const raw = fs.readFileSync(path.resolve(__dirname, "../../..", program.file), "utf8");
const edition = 2026;
const formData = () => structuredClone(fromFile(raw)) as Record<string, unknown> & { contacts: { tel: { number: string }[] }[] };

describe("saving a program from the form", () => {
  it("lets an unchanged program through as it is", () => {
    const data = formData();
    expect(reviewedSave(raw, data, edition)).toMatchObject({ title: data.title });
  });

  it("refuses a changed number without a review record of the edition, in the rule's words", () => {
    const data = formData();
    data.contacts[0].tel[0].number = "017-734-0001";
    expect(() => reviewedSave(raw, data, edition)).toThrow(/電話番号を「.+」から「017-734-0001」に変更しましたが、令和8年度の確認の記録がありません。.*「この内容を確認しました（確認の記録）」に確かめた年度（2026）/);
  });

  it("with the record filled in, writes what changed into it (empty answers of the form dropped)", () => {
    const data = formData();
    data.contacts[0].tel[0].number = "017-734-0001";
    data.reviews = [{ edition, date: "2026-05-12", method: "電話", department: "商工労働部 商工政策課", note: "", changes: [] }];
    const saved = reviewedSave(raw, data, edition);
    expect(saved.reviews).toEqual([
      { edition, date: "2026-05-12", method: "電話", department: "商工労働部 商工政策課", changes: [{ field: "contacts[0].tel[0].number", before: program.contacts[0].tel[0].number, after: "017-734-0001" }] },
    ]);
  });

  it("lets a new program through: it is 要確認 until reviewed", () => {
    expect(reviewedSave("", formData(), edition)).toMatchObject({ title: program.title });
  });
});
