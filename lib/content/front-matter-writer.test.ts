import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { diffLines } from "diff";
import { fieldOrder, fromFile, toFile } from "@/lib/cms/admin/front-matter-format";
import { CMS_CONFIG_FILE } from "@/lib/cms/config";
import { COLLECTIONS, newFileTemplate } from "./collections";
import { parseFrontMatter } from "./front-matter";
import { writeContentFile, type Data } from "./front-matter-writer";
import { loadContent } from "./load";

/**
 * The one writer (front-matter-writer.ts) as the editor at /admin uses it:
 * every content file read into the form's data and written back unchanged is
 * the same file byte for byte, and a change is exactly its own lines. The
 * forms are the generated configuration's, as /admin reads them.
 */
const root = path.resolve(__dirname, "../..");
const config = parse(fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8")) as { collections: { name: string; fields?: never[]; files?: { fields: never[] }[] }[] };
const orderOf = (name: string) => {
  const c = config.collections.find((x) => x.name === name)!;
  return fieldOrder(c.fields ?? c.files![0].fields);
};
const orders = config.collections.map((c) => orderOf(c.name));
const loaded = loadContent(path.join(root, "content"), root);
const files = Object.entries(COLLECTIONS).flatMap(([name, c]) =>
  fs.readdirSync(path.join(root, "content", c.folder)).map((f) => ({ name, file: `content/${c.folder}/${f}` })),
);
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
/** Through the form: what Decap holds is plain data (a JSON round trip, as its Immutable state gives back). */
const throughTheForm = (file: string, name: string, edit: (data: Data) => void = () => undefined) => {
  const data = JSON.parse(JSON.stringify(fromFile(read(file), orders))) as Data;
  edit(data);
  return toFile(data, orderOf(name));
};
/** The lines a change touches, as `git diff` shows them: removed with -, added with +. */
const changedLines = (before: string, after: string) =>
  diffLines(before, after).flatMap((part) => (part.added || part.removed ? part.value.replace(/\n$/, "").split("\n").map((l) => `${part.added ? "+" : "-"}${l}`) : []));

describe("the one writer of a content file", () => {
  it("covers every program of content/", () => {
    expect(files.filter((f) => f.name === "programs")).toHaveLength(loaded.programs.length);
    expect(loaded.programs.length).toBeGreaterThanOrEqual(21);
  });

  it.each(files)("writes $file back byte for byte when nothing was changed", ({ file, name }) => {
    expect(throughTheForm(file, name)).toBe(read(file));
  });

  it.each(loaded.programs.map((p) => ({ file: p.file, desk: p.contacts[0] })))(
    "changes one number of $file on its own line, and adds the confirmation record after the fax (or the numbers)",
    ({ file, desk }) => {
      const number = desk.tel[0].number;
      const changed = number.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
      const record = { date: "2026-12-01", method: "電話で確認" };
      const after = throughTheForm(file, "programs", (data) => {
        const contact = (data.contacts as Data[])[0];
        (contact.tel as Data[])[0].number = changed;
        // A desk that has a record already keeps it (its date is then the one to update, a change of its own).
        contact.confirmed ??= { ...record, note: "" };
      });
      const recordLines = desk.confirmed ? [] : ["+    confirmed:", `+      date: ${record.date}`, `+      method: ${record.method}`];
      expect(changedLines(read(file), after)).toEqual([`-      - number: ${number}`, `+      - number: ${changed}`, ...recordLines]);
      // The record goes where the form shows it: after the desk's fax, or its numbers when it has none.
      const lines = after.split("\n");
      const at = lines.indexOf("    confirmed:");
      expect(lines[at - 1]).toMatch(desk.fax ? /^ {4}fax: / : /^ {6}- number: |^ {8}\w+: /);
    },
  );

  it("keeps a flow list flow and a quoted time quoted when a value in them changes, and writes new ones the same way", () => {
    const file = loaded.programs.find((p) => p.offices?.some((o) => o.hours?.days))!.file;
    const text = read(file);
    const after = throughTheForm(file, "programs", (data) => {
      const office = (data.offices as Data[]).find((o) => (o.hours as Data | undefined)?.days)!;
      const hours = office.hours as Data;
      hours.days = [...(hours.days as string[]), "土"];
      hours.open = "09:00";
      (data.offices as Data[]).push({ name: "新しい会場", hours: { days: ["月", "水"], open: "10:00", close: "15:00", closedOn: ["祝日"] } });
    });
    const changes = changedLines(text, after);
    expect(changes.filter((l) => l.startsWith("-"))).toEqual([expect.stringMatching(/^- +days: \[.*\]$/), expect.stringMatching(/^- +open: "\d\d:\d\d"$/)]);
    expect(changes).toContainEqual(expect.stringMatching(/^\+ +days: \[.*, 土\]$/));
    expect(changes).toContainEqual(expect.stringMatching(/^\+ +open: "09:00"$/));
    expect(changes.slice(-6)).toEqual([
      "+  - name: 新しい会場",
      "+    hours:",
      "+      days: [月, 水]",
      '+      open: "10:00"',
      '+      close: "15:00"',
      "+      closedOn: [祝日]",
    ]);
  });

  it("removes a list item's own lines and nothing else", () => {
    const program = loaded.programs.find((p) => (p.words?.length ?? 0) > 3)!;
    const removed = program.words![1];
    const after = throughTheForm(program.file, "programs", (data) => void (data.words as string[]).splice(1, 1));
    expect(changedLines(read(program.file), after)).toEqual([`-  - ${removed}`]);
  });

  it("keeps comments, the body's bytes and CRLF line ends", () => {
    const file = files[0].file;
    const crlf = read(file).replace(/\n/g, "\r\n");
    const data = fromFile(crlf, orders);
    expect(toFile(data, orderOf(files[0].name))).toBe(crlf);
  });

  it("reads what it writes as the site does: 0641 stays text, a bare date stays text, long lines are not folded", () => {
    const summary = "あ".repeat(100);
    const written = writeContentFile({ data: { summary, updated: "2026-11-24", extension: "0641", number: 14 } });
    expect(written).toContain(`summary: ${summary}\n`);
    const parsed = parseFrontMatter(written);
    expect(parsed.ok && parsed.data).toEqual({ summary, updated: "2026-11-24", extension: "0641", number: 14 });
  });

  it("starts a new file from the collection's template, keys in the form's order, empty answers left out", () => {
    const written = toFile(
      { body: "本文", fileName: "new-program", source: { number: 3, document: "資料" }, title: "制度", audience: "", offices: [{ tel: [{ number: "017-734-9243", note: "" }], name: "会場" }] },
      orderOf("programs"),
      newFileTemplate(COLLECTIONS.programs),
    );
    expect(written).toBe(
      `---\n# yaml-language-server: $schema=../../${COLLECTIONS.programs.jsonSchema}\ntitle: 制度\noffices:\n  - name: 会場\n    tel:\n      - number: 017-734-9243\nsource:\n  document: 資料\n  number: 3\n---\n\n本文\n`,
    );
  });

  it("turns a flow item with its text alone back into plain text, and keeps one with a link", () => {
    const file = "---\ntitle: 流れ\nstages:\n  - boxes:\n      - title: 窓口\n        items:\n          - 商工会\n          - text: よろず\n            link: /programs/yorozu\n---\n";
    const data = fromFile(file, orders);
    expect(data.stages).toEqual([{ boxes: [{ title: "窓口", items: [{ text: "商工会" }, { text: "よろず", link: "/programs/yorozu" }] }] }]);
    const edited = { ...data, stages: [{ boxes: [{ title: "窓口", items: [{ text: "商工会", link: "" }, { text: "よろず", link: "/programs/yorozu" }] }] }] };
    expect(toFile(edited, orderOf("flow"))).toBe(file);
  });
});
