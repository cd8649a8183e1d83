import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { programSchema } from "@/lib/content/schema";

const root = path.resolve(__dirname, "../..");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function sandbox() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "navi-new-"));
  dirs.push(dir);
  fs.cpSync(path.join(root, "content"), path.join(dir, "content"), { recursive: true });
  return path.join(dir, "content");
}

function run(args: string[]) {
  try {
    return { code: 0, out: execFileSync("npx", ["tsx", "scripts/new-program.ts", ...args], { cwd: root, encoding: "utf8", stdio: "pipe" }) };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
}

/** What every program must also say in やさしい日本語 and English. */
const translated = ["--easy", "新しい制度です。\nお金はかかりません。\n県に電話で聞いてください。", "--en-title", "A new program", "--en-summary", "A program for testing."];

describe("npm run new-program", () => {
  it("writes a skeleton that passes validation and takes the next guidebook number", { timeout: 60_000 }, () => {
    const content = sandbox();
    const before = loadContent(content, path.dirname(content), { sourceDir: path.join(root, "docs/source") }).programs.length;
    const r = run(["--content-dir", content, "--slug", "test-program", "--title", "テストの制度", "--summary", "テスト用の説明です。", ...translated,
      "--category", "startup", "--category", "dx", "--organization", "青森県商工労働部", "--department", "地域産業課", "--tel", "017-734-9373"]);
    expect(r.code, r.out).toBe(0);
    const loaded = loadContent(content, path.dirname(content), { sourceDir: path.join(root, "docs/source") });
    expect(loaded.issues).toEqual([]);
    const created = loaded.programs.find((p) => p.slug === "test-program")!;
    expect(created.source.number).toBe(before + 1);
    expect(created.categories).toEqual(["startup", "dx"]);
  });

  it("writes a number that is not in the guidebook only with a confirmation, and says how", { timeout: 60_000 }, () => {
    const content = sandbox();
    // one digit away from a real desk's number (017-734-9374), so it is in no source text
    const args = ["--content-dir", content, "--slug", "new-number", "--title", "新しい番号の制度", "--summary", "説明", ...translated, "--category", "startup",
      "--organization", "青森県", "--tel", "017-734-9384"];
    const refused = run(args);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("--confirmed");
    expect(fs.existsSync(path.join(content, "programs/new-number.md"))).toBe(false);
    const ok = run([...args, "--confirmed", "2026-11-24", "--method", "電話で確認"]);
    expect(ok.code, ok.out).toBe(0);
    const created = loadContent(content, path.dirname(content), { sourceDir: path.join(root, "docs/source") }).programs.find((p) => p.slug === "new-number");
    expect(created?.contacts[0].confirmed).toEqual({ date: "2026-11-24", method: "電話で確認" });
  });

  it("refuses a wrong phone number and writes nothing", { timeout: 60_000 }, () => {
    const content = sandbox();
    const r = run(["--content-dir", content, "--slug", "bad-tel", "--title", "テスト", "--summary", "説明", ...translated, "--category", "startup",
      "--organization", "青森県", "--tel", "017-734-924"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("contacts[0].tel[0].number");
    expect(fs.existsSync(path.join(content, "programs/bad-tel.md"))).toBe(false);
  });
});

describe("docs/templates/program.md", () => {
  it("uses only fields the schema knows, and is valid once the placeholders are filled", () => {
    const text = fs.readFileSync(path.join(root, "docs/templates/program.md"), "utf8");
    const filled = text
      .replace(/〈電話番号[^〉]*〉/, "017-734-9373")
      .replace(/〈FAX番号[^〉]*〉/, "017-734-8107")
      .replace(/〈困りごと[^〉]*〉/, "startup")
      .replace(/〈使える業種[^〉]*〉/, "food-processing")
      .replace(/〈このページの内容を書いた日[^〉]*〉/, "2026-11-24")
      .replace(/〈ガイドブックの年度[^〉]*〉/, "2023")
      .replace(/〈ガイドブックの項目番号〉/, "22")
      .replace(/〈やさしい日本語[^〉]*〉/, "新しい制度です。\n  お金はかかりません。\n  県に電話で聞いてください。")
      .replace(/〈英語[^〉]*〉/g, "In English")
      .replace(/〈[^〉]*〉/g, "テスト");
    const fm = parseFrontMatter(filled);
    const result = programSchema.safeParse(fm.ok ? fm.data : fm.problems);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});
