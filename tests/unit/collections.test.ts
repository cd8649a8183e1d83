import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { buildCmsConfig } from "@/lib/cms/config";
import type { DecapField } from "@/lib/cms/decap-fields";
import { readChoices } from "@/lib/content/choices";
import { collection, COLLECTIONS } from "@/lib/content/collections";
import { isoDate, text } from "@/lib/content/fields";
import { formatIssue } from "@/lib/content/issues";
import { jsonSchemaFiles, jsonSchemaText } from "@/lib/content/json-schema";
import { LIMITS } from "@/lib/content/limits";
import { loadContent } from "@/lib/content/load";
import { changedPages, parseNameStatus } from "@/lib/preview/changed-pages";

/**
 * COLLECTIONS is the one place a kind of content file is declared. A notices
 * collection added to a copy of the table, and nowhere else, must be read and
 * checked by the loader, get its editors' JSON Schema and its form in /admin,
 * and show the reviewer its pages.
 */
const root = path.resolve(__dirname, "../..");

const notices = collection({
  folder: "notices",
  schema: z.strictObject({
    title: text(LIMITS.title).meta({ title: "お知らせの見出し", examples: ["年末年始の休業"] }),
    date: isoDate.meta({ title: "掲載日" }),
  }),
  count: "many",
  label: "お知らせ",
  jsonSchema: "schemas/notice.schema.json",
  order: (a, b) => a.date.localeCompare(b.date),
  form: {},
  page: (slug) => `/notices/${slug}`,
  shownOn: () => ["/notices", "/"],
});
const withNotices = { ...COLLECTIONS, notices };

const project = fs.mkdtempSync(path.join(os.tmpdir(), "navi-collections-"));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
for (const dir of ["content", "docs/source", "app"]) fs.cpSync(path.join(root, dir), path.join(project, dir), { recursive: true });
const noticesDir = path.join(project, "content/notices");
fs.mkdirSync(noticesDir);
fs.writeFileSync(path.join(noticesDir, "year-end.md"), "---\ntitle: 年末年始の休業\ndate: 2026-11-24\n---\n\n12月29日から休みます。\n");

describe("a collection added to COLLECTIONS and nowhere else", () => {
  it("is read and checked by the loader, with the same messages as any other; without it, its folder is refused", () => {
    const load = (collections?: typeof withNotices) => loadContent(path.join(project, "content"), project, { collections }).issues.map(formatIssue);
    expect(load(withNotices)).toEqual([]);
    fs.writeFileSync(path.join(noticesDir, "broken.md"), "---\ntitel: 見出し\ndate: 2026-13-01\n---\n");
    try {
      const messages = load(withNotices);
      expect(messages).toHaveLength(2);
      expect(messages[0]).toMatch(/^content\/notices\/broken\.md 2行目.*「titel」は使えない項目です（「title」の書き間違いではありませんか）/);
      expect(messages[1]).toMatch(/^content\/notices\/broken\.md 3行目.* date: 2026-13-01 という日はありません/);
      const without = load();
      expect(without).toHaveLength(2);
      for (const m of without) expect(m).toMatch(/^content\/notices\/\S+\.md: この場所のファイルはサイトに載りません。制度は content\/programs\/.*市町村の一覧は content\/areas\/、サイトの設定は content\/settings\/、名前の読みと英語は content\/names\/ に置いて/);
    } finally {
      fs.rmSync(path.join(noticesDir, "broken.md"));
    }
  });

  it("has its editors' JSON Schema, titled and described from its schema", () => {
    expect(jsonSchemaFiles(withNotices)).toContain(notices.jsonSchema);
    const json = JSON.parse(jsonSchemaText(notices.jsonSchema, readChoices(project, withNotices), withNotices));
    expect(json.title).toBe("あおもり支援ナビ お知らせファイルの front-matter");
    expect(json.required).toEqual(["title", "date"]);
    expect(json.properties.title).toMatchObject({ title: "お知らせの見出し", maxLength: LIMITS.title, examples: ["年末年始の休業"] });
  });

  it("has its form in the CMS configuration, labelled by its schema", () => {
    const config = buildCmsConfig(project, withNotices) as { collections: { name: string; label: string; folder?: string; fields: DecapField[] }[] };
    const form = config.collections.find((c) => c.name === "notices");
    expect(form).toMatchObject({ label: "お知らせ", folder: "content/notices" });
    expect(form!.fields.map((f) => [f.name, f.label, f.widget])).toEqual([
      ["fileName", "ファイル名（ページの URL）", "string"],
      ["title", "お知らせの見出し", "string"],
      ["date", "掲載日", "datetime"],
      ["body", "本文", "text"],
      ["saveCheck", "保存の前の確認", "save-check"],
    ]);
    expect(config.collections.map((c) => c.name)).toEqual(Object.keys(withNotices));
  });

  it("lists its pages in the reviewer's preview", () => {
    const pages = changedPages(parseNameStatus("M\tcontent/notices/year-end.md\nD\tcontent/notices/old.md\n"), { notices: ["year-end"] }, withNotices);
    expect(pages).toEqual([
      { path: "/notices/year-end", why: "content/notices/year-end.md", removed: false },
      { path: "/notices/old", why: "content/notices/old.md", removed: true },
      { path: "/notices", why: "content/notices/year-end.md" },
      { path: "/", why: "content/notices/year-end.md" },
    ]);
    expect(changedPages(parseNameStatus("M\tcontent/notices/year-end.md\n"), {})).toEqual([]);
  });
});
