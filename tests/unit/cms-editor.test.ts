import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import en from "decap-cms-locales/src/en/index.js";
import ja from "decap-cms-locales/src/ja/index.js";
import { CONFIRMATION_RECORD } from "@/lib/content/confirmation-methods";
import { notInSourceMessage } from "@/lib/content/confirmed";
import { editionLabel } from "@/lib/content/edition";
import { hoursText } from "@/lib/content/hours";
import { loadContent } from "@/lib/content/load";
import { readSourceNumbers, SOURCE_DIR } from "@/lib/content/phone-audit";
import { fieldOrder, fromFile } from "@/lib/cms/admin/front-matter-format";
import { inFormWords, issuePath, placeText, type FormField } from "@/lib/cms/admin/form-words";
import { STAFF_PHRASES, withStaffPhrases } from "@/lib/cms/admin/phrases";
import { checkBeforeSaving, halfWidthNumber } from "@/lib/cms/admin/save-check";
import { hoursSentence } from "@/lib/cms/admin/widgets";
import { CMS_CONFIG_FILE } from "@/lib/cms/config";
import { DECAP_STRINGS, withJapaneseStrings } from "@/lib/cms/decap-strings";
import type { Data } from "@/lib/content/front-matter-writer";

/**
 * The editor at /admin, the parts that run without a browser: the check
 * before saving (the file the form would write, checked as validation checks
 * it, in the form's words), the interface's Japanese, and the hours sentence.
 * tests/e2e/cms.spec.ts drives the same in Chromium.
 */
const root = path.resolve(__dirname, "../..");
const config = parse(fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8")) as { collections: { name: string; fields?: FormField[]; files?: { fields: FormField[] }[] }[] };
const fieldsOf = (name: string) => {
  const c = config.collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0].fields;
};
const orders = config.collections.map((c) => fieldOrder(fieldsOf(c.name)));
const loaded = loadContent(path.join(root, "content"), root);
const sourceDigits = readSourceNumbers(path.join(root, SOURCE_DIR)).digits;
const program = loaded.programs.find((p) => !p.contacts[0].confirmed && p.contacts[0].fax)!;
const formData = () => JSON.parse(JSON.stringify(fromFile(fs.readFileSync(path.join(root, program.file), "utf8"), orders))) as Data;
const check = (data: Data) =>
  checkBeforeSaving({ file: program.file, data, order: fieldOrder(fieldsOf("programs")), fields: fieldsOf("programs"), today: "2026-12-07", sourceDigits });
const desk = (data: Data) => (data.contacts as Data[])[0];

type Phrases = { [key: string]: string | Phrases };
const flat = (o: Phrases, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`)));

describe("the check before saving", () => {
  it("lets a page saved as it was opened through, and says there is nothing to save", () => {
    expect(check(formData())).toMatchObject({ unchanged: true, issues: [] });
  });

  it("refuses a number the guidebook lacks until its record is filled in, pointing at the number and labelling the record required", () => {
    const data = formData();
    const tel = (desk(data).tel as Data[])[0];
    tel.number = String(tel.number).replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const [issue, ...rest] = check(data).issues;
    expect(rest).toEqual([]);
    expect(issue.path).toEqual(["contacts", 0, "tel", 0, "number"]);
    expect(issue.requires).toEqual([["contacts", 0, "confirmed"]]);
    expect(issue.message).toContain(notInSourceMessage({ kind: "TEL", number: String(tel.number) }, editionLabel(program.source)));
    expect(issue.message).toContain(`「${CONFIRMATION_RECORD}」`);
    expect(issue.place).toBe(placeText(fieldsOf("programs"), ["contacts", 0, "tel", 0, "number"]));
    desk(data).confirmed = { date: "2026-12-01", method: "電話で確認", note: "" };
    expect(check(data)).toMatchObject({ unchanged: false, issues: [] });
  });

  it("refuses a desk whose name the names table lacks, in the editor's words, and lets one it holds through", () => {
    const withOffice = (name: string) => {
      const data = formData();
      data.offices = [...((data.offices as Data[] | undefined) ?? []), { name }];
      return checkBeforeSaving({ file: program.file, data, order: fieldOrder(fieldsOf("programs")), fields: fieldsOf("programs"), today: "2026-12-07", sourceDigits, names: loaded.names!.names });
    };
    const unknown = "編集画面の試験会場";
    const issues = withOffice(unknown).issues.filter((i) => i.message.includes(unknown));
    expect(issues).toHaveLength(1);
    expect(issues[0].path?.slice(0, 1)).toEqual(["offices"]);
    expect(issues[0].message).toBe(`「${unknown}」の読み（ひらがな）と英語が「名前の読みと英語」の一覧にありません。一覧に「${unknown}」の読み（ひらがな）と英語を足してください（ふりがなと英語のページに使います）`);
    const known = loaded.names!.names.find((n) => n.reading && n.en)!.name;
    expect(withOffice(known).issues.filter((i) => i.message.includes(known))).toEqual([]);
  });

  it("refuses a full-width number with validation's message and offers it written in half-width", () => {
    const data = formData();
    const fax = String(desk(data).fax);
    desk(data).fax = fax.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, "－");
    const [issue] = check(data).issues;
    expect(issue).toMatchObject({ path: ["contacts", 0, "fax"], fix: { value: fax } });
    expect(issue.message).toMatch(/全角/);
  });

  it("refuses a phone number in the body in words without keys, paths or front-matter", () => {
    const data = formData();
    data.body = `${String(data.body)}\nお問い合わせは ${program.contacts[0].tel[0].number} まで。`;
    const [issue] = check(data).issues;
    expect(issue.path).toEqual(["body"]);
    expect(issue.message).toMatch(/^本文に電話・FAX番号/);
    expect(issue.message).not.toMatch(/front-matter|contacts|offices|docs\/|（tel|（fax/);
  });

  it("turns keys into the labels of their fields, nearest first, and drops keys given beside a name", () => {
    const fields = fieldsOf("programs");
    const message = inFormWords({ field: "contacts[0].confirmed.date", message: "2027-01-01 は未来の日付です。confirmed の date には番号を確かめた日を書いてください（編集ガイド（docs/editing.md））" }, fields);
    expect(message).toBe(`2027-01-01 は未来の日付です。「${CONFIRMATION_RECORD}」の「番号を確かめた日」には番号を確かめた日を書いてください（編集ガイド）`);
    expect(issuePath("offices[2].hours.open")).toEqual(["offices", 2, "hours", "open"]);
    expect(issuePath("本文")).toEqual(["body"]);
  });

  it("offers half-width only for a number, never for other text", () => {
    expect(halfWidthNumber("０１７－７３４－９２４３")).toBe("017-734-9243");
    expect(halfWidthNumber("017ー734ー9243")).toBe("017-734-9243");
    expect(halfWidthNumber("６４１")).toBe("641");
    expect(halfWidthNumber("017-734-9243")).toBeUndefined();
    expect(halfWidthNumber("２１あおもり")).toBeUndefined();
  });
});

describe("the hours beside their fields", () => {
  it("reads as the page will read, from the page's own code", () => {
    const hours = { days: ["火", "木"], open: "10:00", close: "16:00", closedOn: ["祝日", "年末年始"] } as const;
    expect(hoursSentence({ ...hours, otherClosures: [], note: "" })[1]).toBe(hoursText({ ...hours, days: [...hours.days], closedOn: [...hours.closedOn] }));
    expect(hoursSentence({ days: ["月", "火", "水", "木", "金"], open: "08:30", close: "17:15", closedOn: ["祝日", "年末年始"] })[1]).toBe("平日 8:30～17:15（土日・祝日・年末年始は休業）");
    expect(hoursSentence({ open: "08:30" })[1]).toMatch(/時刻を選ぶと/);
    expect(hoursSentence({ days: [], open: "" })[1]).toMatch(/^なし/);
    expect(hoursSentence({ open: "17:00", close: "09:00" })[1]).toMatch(/後にしてください/);
  });
});

describe("the interface's Japanese", () => {
  const phrases = new Map(flat(withStaffPhrases(ja as Phrases)));

  it("has a Japanese text for every text of Decap's English", () => {
    const english = flat(en as Phrases);
    expect(english.length).toBeGreaterThan(200);
    for (const [key, text] of english) {
      expect(phrases.get(key), key).toBeDefined();
      // A name is a name in any language (the Markdown editor's mode).
      if (text.replace(/%\{\w+\}/g, "").trim() && text !== "Markdown") expect(phrases.get(key), key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("speaks the staff's words: no entries, collections, backends or configuration files", () => {
    for (const [key, text] of flat(STAFF_PHRASES)) expect(text, key).not.toMatch(/エントリ|コレクション|バックエンド|config\.yml|ウィジェット|ワークフロー/);
  });

  it("says what discarding a draft does", () => {
    expect(STAFF_PHRASES.editor.editorToolbar.deleteUnpublishedEntry).toBe("この下書きを取り消す");
    expect(STAFF_PHRASES.editor.editor.onDeleteUnpublishedChanges).toMatch(/下書き.*取り消しますか.*公開中のページはそのまま/);
  });

  it("writes Decap's other English in Japanese into the bundle /admin serves, every piece found", () => {
    const dist = path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");
    const bundle = new Map(fs.readdirSync(dist).filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f)).map((f) => [f, fs.readFileSync(path.join(dist, f), "utf8")]));
    const japanese = [...withJapaneseStrings(bundle).values()].join("\n");
    for (const r of DECAP_STRINGS) expect(japanese).not.toContain(r.from);
    for (const english of ["No options", "results available", "is focused", "Use Up and Down", "deselected", "Remove \""]) expect(japanese, english).not.toContain(english);
    expect(() => withJapaneseStrings(new Map([["x.js", "nothing"]]), DECAP_STRINGS.slice(0, 1))).toThrow(/decap-cms/);
  });
});
