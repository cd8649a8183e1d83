import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { FILE_NAME_FIELD } from "@/lib/cms/admin/constants";
import { CMS_CONFIG_FILE } from "@/lib/cms/config";
import type { DecapField } from "@/lib/cms/decap-fields";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { checkJapanesePhone } from "@/lib/content/phone";
import { startLocalBackend } from "@/scripts/lib/cms-local-backend";

/**
 * /admin from the production build, driven like staff would, offline: Decap's
 * own local backend (decap-server, git mode) serves a real git repository (a
 * copy of this one), saving goes through the editorial workflow onto a branch
 * cms/programs/<file> — what becomes a pull request on GitHub — and each saved
 * file is checked with the site's own loader and content diff.
 */
const root = path.resolve(__dirname, "../..");
const PROXY_PORT = Number(process.env.CMS_PROXY_PORT ?? 8601);
const config = parse(fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8")) as { collections: { name: string; fields: DecapField[] }[] };
const form = config.collections.find((c) => c.name === "programs")!.fields;
const field = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;
const content = loadContent(path.join(root, "content"), root);
const raw = (slug: string) => {
  const fm = parseFrontMatter(fs.readFileSync(path.join(root, "content/programs", `${slug}.md`), "utf8"));
  if (!fm.ok) throw new Error(slug);
  return fm.data as Record<string, unknown>;
};

test.describe.configure({ mode: "serial" });

let tmp: string;
let repo: string;
let base: string;
let backend: Awaited<ReturnType<typeof startLocalBackend>>;
let page: Page;
const violations: string[] = [];
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

test.beforeAll(async ({ browser }) => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cms-e2e-"));
  repo = path.join(tmp, "repo");
  // This working tree as it is (committed or not), minus what git ignores.
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0");
  for (const f of files.filter((f) => f && fs.existsSync(path.join(root, f)))) {
    fs.mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(repo, f));
  }
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
  git("config", "user.name", "CMS test");
  git("config", "user.email", "cms-test@example.invalid");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  base = git("rev-parse", "main");
  fs.appendFileSync(path.join(repo, ".git/info/exclude"), "/node_modules\n");
  fs.symlinkSync(path.join(root, "node_modules"), path.join(repo, "node_modules"));
  backend = await startLocalBackend({ repo, port: PROXY_PORT });

  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });
  page.on("console", (m) => {
    if (m.text().startsWith("CSP ")) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.log(`CSP ${e.effectiveDirective} ${e.blockedURI}`)),
  );
  await page.goto(`/admin?local_backend=${PROXY_PORT}`);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByRole("link", { name: /新しい制度|制度/ }).first()).toBeVisible();
});

test.afterAll(async () => {
  await page?.close();
  await backend?.stop();
  if (process.env.CMS_BACKEND_LOG) fs.writeFileSync(process.env.CMS_BACKEND_LOG, backend?.log() ?? "");
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Opens an entry; waits until its form is there. */
async function open(hash: string) {
  // A fresh page load: a hash change alone would keep the previous entry's editor state.
  await page.goto("about:blank");
  await page.goto(`/admin?local_backend=${PROXY_PORT}#/collections/programs/${hash}`);
  await expect(page.getByRole("button", { name: "保存" })).toBeVisible();
}

/** Saves through the editorial workflow and returns the branch it created. */
async function save(slug: string): Promise<string> {
  await page.getByRole("button", { name: "保存" }).click();
  const branch = `cms/programs/${slug}`;
  await expect.poll(() => git("branch", "--list", branch)).toContain(branch);
  await expect(page.getByRole("button", { name: "保存" })).toBeDisabled();
  return branch;
}

/** The branch's files beside the repository, as a reviewer's checkout of the pull request would have them. */
function checkout(branch: string): string {
  const dir = path.join(tmp, branch.replace(/\//g, "-"));
  fs.mkdirSync(dir);
  // An export, not a worktree: decap-server must stay free to check the branch out again.
  execFileSync("sh", ["-c", `git archive ${branch} | tar -x -C "${dir}"`], { cwd: repo });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

function loadIn(dir: string) {
  const loaded = loadContent(path.join(dir, "content"), dir);
  expect(loaded.issues.map((i) => `${i.file} ${i.field ?? ""} ${i.message}`)).toEqual([]);
  return loaded;
}

test("changing a desk's phone number saves to a review branch that validates and that the content diff reports", async () => {
  const program = content.programs.find((p) => p.contacts[0].tel[0].number)!;
  const before = program.contacts[0].tel[0].number;
  const after = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    .map((d) => before.replace(/\d$/, (last) => String((Number(last) + d) % 10)))
    .find((n) => checkJapanesePhone(n).ok)!;
  await open(`entries/${program.slug}`);
  await page.locator(`input[value="${before}"]`).first().fill(after);
  const branch = await save(program.slug);

  expect(git("rev-parse", "main")).toBe(base);
  expect(git("diff", "--stat", `main...${branch}`)).toContain(`content/programs/${program.slug}.md`);
  const dir = checkout(branch);
  const saved = loadIn(dir).programs.find((p) => p.slug === program.slug)!;
  expect(saved.contacts[0].tel[0].number).toBe(after);
  const diff = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/content-diff.ts", "main"], {
    cwd: dir,
    encoding: "utf8",
    // The branch's files, compared with main of the same repository.
    env: { ...process.env, GIT_DIR: path.join(repo, ".git") },
  });
  expect(diff).toContain(`${before} → ${after}`);
});

test("adding an office with its hours (weekdays picked, times picked) to an existing program", async () => {
  const program = content.programs.find((p) => p.offices?.length)!;
  const offices = field(form, "offices");
  const hours = field(offices.fields!, "hours");
  const days = field(hours.fields!, "days").options!.map((o) => o.label).filter((d) => d !== "土" && d !== "日");
  const municipality = content.areas!.municipalities[0].name;
  await open(`entries/${program.slug}`);
  // Everything already on the form is marked, so the new office's controls are the unmarked ones.
  await page.locator("input, button").evaluateAll((els) => els.forEach((el) => el.setAttribute("data-before", "")));
  const fresh = page.locator(":not([data-before])");
  await page.getByRole("button", { name: `${offices.label_singular}を追加`, exact: true }).click();
  await page.getByRole("textbox", { name: field(offices.fields!, "name").label, exact: true }).and(fresh).fill("編集画面の試験会場");
  const town = page.getByRole("combobox", { name: field(offices.fields!, "municipality").label }).and(fresh);
  await town.fill(municipality);
  await town.press("Enter");
  await page.getByRole("button", { name: "開く" }).and(fresh).first().click();
  // The model before hours' display text was derived from the times (task A1) still asks for it.
  const text = hours.fields!.find((f) => f.name === "text");
  if (text) await page.getByRole("textbox", { name: text.label }).and(fresh).fill("平日 8:30～17:15");
  const dayPicker = page.getByRole("combobox", { name: field(hours.fields!, "days").label }).and(fresh);
  for (const d of days) {
    await dayPicker.fill(d);
    await dayPicker.press("Enter");
  }
  const time = (name: string) => page.getByLabel(field(hours.fields!, name).label).and(page.locator("input[type=time]")).and(fresh);
  await time("open").fill("08:30");
  await time("close").fill("17:15");
  const branch = await save(program.slug);

  const saved = loadIn(checkout(branch)).programs.find((p) => p.slug === program.slug)!;
  expect(saved.offices).toHaveLength(program.offices!.length + 1);
  const added = saved.offices!.at(-1)!;
  expect(added).toMatchObject({ name: "編集画面の試験会場", municipality, hours: { days, open: "08:30", close: "17:15" } });
  expect(saved.offices!.slice(0, -1)).toEqual(program.offices);
});

test("adding a new program through the form gives a file that validates", async () => {
  const reference = content.programs[0];
  const slug = "cms-form-test";
  const values: Record<string, unknown> = {
    ...raw(reference.slug),
    title: `${reference.title}（編集画面の試験）`,
    source: { ...(raw(reference.slug).source as object), number: Math.max(...content.programs.map((p) => p.source.number)) + 1 },
  };
  await open("new");
  await page.getByRole("textbox", { name: new RegExp(`^${field(form, FILE_NAME_FIELD).label}`) }).fill(slug);
  await fillRequired(form, values);
  const branch = await save(slug);

  const saved = loadIn(checkout(branch)).programs.find((p) => p.slug === slug)!;
  expect(saved.title).toBe(values.title);
  expect(saved.contacts[0].tel[0].number).toBe(reference.contacts[0].tel[0].number);
  expect(fs.readFileSync(path.join(tmp, branch.replace(/\//g, "-"), "content/programs", `${slug}.md`), "utf8")).not.toContain(FILE_NAME_FIELD);
});

test("the editor ran under its Content-Security-Policy without a single violation; public pages do not load it", async ({ request }) => {
  expect(violations).toEqual([]);
  const home = await (await request.get("/")).text();
  expect(home).not.toMatch(/\/admin|decap/i);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain("/admin");
  const admin = await request.get("/admin");
  expect(admin.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(await admin.text()).toContain('<meta name="robots" content="noindex, nofollow">');
});

/**
 * Fills every required field of a form from an existing program's values, by
 * the labels and widgets in the generated configuration, so the test follows
 * the schema wherever it goes.
 */
async function fillRequired(fields: DecapField[], values: Record<string, unknown>) {
  for (const f of fields) {
    if (f.required === false || f.name === "body") continue;
    const value = values[f.name];
    if (f.widget === "object") {
      await fillRequired(f.fields!, value as Record<string, unknown>);
    } else if (f.widget === "list") {
      // A list with a minimum starts with that many empty items on a new entry.
      const first = f.fields?.find((x) => x.required !== false && x.widget === "string");
      if (!first || (await page.getByLabel(first.label, { exact: true }).count()) === 0) {
        await page.getByRole("button", { name: `${f.label_singular ?? f.label}を追加`, exact: true }).last().click();
      }
      if (f.fields) await fillRequired(f.fields, (value as Record<string, unknown>[])[0]);
    } else if (f.widget === "select") {
      const picker = page.getByRole("combobox", { name: f.label, exact: true });
      for (const v of [value].flat()) {
        await picker.fill(f.options!.find((o) => o.value === String(v))!.label);
        await picker.press("Enter");
      }
    } else {
      await page.getByLabel(f.label, { exact: true }).fill(String(value));
    }
  }
}
