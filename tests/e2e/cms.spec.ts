import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Dialog, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";
import { FILE_NAME_FIELD, LOCAL_BACKEND_BRANCH, SAVE_CHECK_FIELD } from "@/lib/cms/admin/constants";
import { fieldOrder, fromFile } from "@/lib/cms/admin/front-matter-format";
import { checkBeforeSaving } from "@/lib/cms/admin/save-check";
import { CMS_CONFIG_FILE } from "@/lib/cms/config";
import type { DecapField } from "@/lib/cms/decap-fields";
import { confirmedText } from "@/lib/content/confirmed";
import { fiscalYearLabel } from "@/lib/content/edition";
import { parseFrontMatter } from "@/lib/content/front-matter";
import type { Data } from "@/lib/content/front-matter-writer";
import { hoursText, type HoursFields } from "@/lib/content/hours";
import { loadContent } from "@/lib/content/load";
import { callNumbers, mainDesk } from "@/lib/content/model";
import { resolveContent } from "@/lib/content/resolve";
import { REVIEW_METHOD_PHRASES } from "@/lib/content/review-methods";
import { editionProgress, freshnessText, progressText } from "@/lib/content/reviews";
import { checkJapanesePhone } from "@/lib/phone/number";
import { readSourceNumbers, SOURCE_DIR } from "@/lib/content/phone-audit";
import { japanToday } from "@/lib/content/schedule-status";
import { needFeedPath, UPDATES_PATH } from "@/lib/open-data/feed";
import { programPath } from "@/lib/site/paths";
import { startLocalBackend } from "@/scripts/lib/cms-local-backend";
import { readAtom } from "../support/atom";
import { axe, waitForHydration } from "../support/browser";
import { field, fillReview, named } from "../support/cms-form";
import { startNext, type RunningServer } from "@/scripts/lib/next-server";
import { startBuild } from "../support/copy-build";
import { programs, settings } from "../support/content";
import { projectCopy } from "../support/project-copy";

/**
 * /admin from the production build, driven as staff would, offline: Decap's
 * own local backend (decap-server, git mode) serves a real git repository (a
 * copy of this working tree, with a file nobody committed, its content taken
 * back to the guidebook's own edition), working in a worktree of its own as
 * `npm run cms:local` runs it. The year begins as staff begin it each April:
 * `npm run edition:start`, then every program 要確認; one program is reviewed
 * with a number changed (y). Saving goes through
 * the editorial workflow onto a branch cms/programs/<file> — what becomes a
 * pull request on GitHub. Nothing is typed as YAML. Every program saved as it
 * was opened writes nothing; a changed number is its line and its record.
 * Refused saves say validation's own words, at the field. Each saved branch
 * is checked as the repository's pull-request checks would check it
 * (validate, phone audit, content diff); one is taken through status and
 * publishing; then the branches are built together once, for real, and
 * served, to see the changes on the pages: the numbers, the office, the new
 * program, the flow, and the year's review (its line beside the number, the
 * progress on the updates page, the change in the needs' Atom feeds). The
 * build of the unchanged content (the site under test) is the "before". On
 * the way no console error and no English word of the interface may appear.
 *
 * Ports: the site under test is Playwright's (E2E_PORT); decap-server listens
 * on CMS_PROXY_PORT and the temporary repository's build on CMS_SITE_PORT.
 * CMS_SCREENSHOTS=docs/images writes the guide's screenshots.
 */
const root = path.resolve(__dirname, "../..");
const PROXY_PORT = Number(process.env.CMS_PROXY_PORT ?? 8601);
const SITE_PORT = Number(process.env.CMS_SITE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const SCREENSHOTS = process.env.CMS_SCREENSHOTS ? path.resolve(root, process.env.CMS_SCREENSHOTS) : undefined;
const config = parse(fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8")) as {
  backend: { repo?: string };
  collections: { name: string; fields?: DecapField[]; files?: { fields: DecapField[] }[] }[];
};
const formOf = (name: string) => {
  const c = config.collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0].fields;
};
const form = formOf("programs");
const orders = config.collections.map((c) => fieldOrder(c.fields ?? c.files![0].fields));
const content = loadContent(path.join(root, "content"), root);
const source = readSourceNumbers(path.join(root, SOURCE_DIR)).digits;
const digits = (n: string) => n.replace(/\D/g, "");
/** A form field's accessible name: its label, with Decap's 「(任意)」 after an optional one (or 「(この番号では必須)」 once it is not). */
/** A content file's front-matter as written (file relative to the project root). */
const raw = (file: string) => {
  const fm = parseFrontMatter(fs.readFileSync(path.join(root, file), "utf8"));
  if (!fm.ok) throw new Error(file);
  return fm.data as Record<string, unknown>;
};

/** A valid number the guidebook lacks, made from one it has by changing the last digit. */
const changedNumber = (from: string) =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => from.replace(/\d$/, (last) => String((Number(last) + d) % 10))).find((n) => checkJapanesePhone(n).ok && !source.has(digits(n)))!;
const edition = settings.edition;
const today = japanToday(new Date());
/** (y): the program reviewed in the new year, the first whose main number is the guidebook's; the review changes that number. */
const reviewed = programs.find((p) => source.has(digits(callNumbers(mainDesk(p))[0].number)))!;
const reviewedBefore = callNumbers(mainDesk(reviewed))[0].number;
const reviewedAfter = changedNumber(reviewedBefore);
/** (a): another desk whose first number is the guidebook's and has no confirmation yet; the new number is a valid one the guidebook lacks. */
const numbered = content.programs.find((p) => p.slug !== reviewed.slug && !p.contacts[0].confirmed && source.has(digits(p.contacts[0].tel[0].number)))!;
const before = numbered.contacts[0].tel[0].number;
const after = changedNumber(before);
const confirmation = { date: today, method: "電話で確認", note: "代表番号から担当課につないでもらい確認" };
/** 「この内容を確認しました」 for the current edition: a changed number is a fact its review covers (lib/content/review/). */
const review = { edition, date: today, method: "電話" as const, department: "商工労働部 商工政策課" };
/** (b): another program with offices, given one more. */
const officed = content.programs.find((p) => p !== numbered && p.slug !== reviewed.slug && p.offices?.length)!;
const newHours: Required<Pick<HoursFields, "days" | "open" | "close" | "closedOn">> = {
  days: ["月", "火", "水", "木", "金"],
  open: "08:30",
  close: "17:15",
  closedOn: ["祝日", "年末年始"],
};
/** An office's name must be in the names table (its reading and English; a name it lacks is refused: cms-editor.test.ts). */
const newOffice = {
  // a name no desk, office or venue is called by, so that its row on the page is its own
  name: content.names!.names.find((n) => n.reading && n.en && !JSON.stringify(content.programs.map((p) => [p.contacts, p.offices, p.schedule])).includes(`"${n.name}"`))!.name,
  municipality: content.areas!.municipalities[0].name,
  hours: newHours,
};
/** (c): a new program, its required fields taken from an existing one. */
const reference = content.programs.find((p) => p !== numbered && p !== officed)!;
const NEW_SLUG = "cms-form-test";
const newTitle = `${reference.title}（編集画面の試験）`;
/** (d): a linked item in the consultation flow. */
const flowFile = content.flow!.file;
const flowItem = { text: "編集画面の試験の項目", link: `/programs/${officed.slug}` };
/** (e): a program with a fax, whose fax is typed in full-width and whose body gets a number. */
const faxed = content.programs.find((p) => p !== numbered && p.slug !== reviewed.slug && p.contacts.some((c) => c.fax))!;
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, "－");
/** A file nobody committed, lying in the working copy the editor is started from. */
const UNTRACKED = "メモ（まだコミットしていない）.md";

/** What the form says about a page as staff changed it: the check before saving, run here on the same data. */
function expectedIssues(file: string, collection: string, edit: (data: Data) => void) {
  const data = JSON.parse(JSON.stringify(fromFile(fs.readFileSync(path.join(root, file), "utf8"), orders))) as Data;
  edit(data);
  const fields = formOf(collection);
  return checkBeforeSaving({ file, data, order: fieldOrder(fields), fields: fields as never, today: japanToday(new Date()), sourceDigits: source }).issues;
}

test.describe.configure({ mode: "serial" });

let work: string;
let repo: string;
let base: string;
let yearStarted: { status: number; output: string };
let backend: Awaited<ReturnType<typeof startLocalBackend>>;
let page: Page;
const branches: string[] = [];
const violations: string[] = [];
const consoleErrors: string[] = [];
const englishSeen = new Map<string, string>();
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

test.beforeAll(async ({ browser }) => {
  ({ work, repo } = projectCopy(root, "cms-e2e-"));
  // The guidebook's own edition, as before any year was started on the site.
  fs.writeFileSync(path.join(repo, "content/settings/site.md"), "---\n# yaml-language-server: $schema=../../schemas/settings.schema.json\nedition: 2023\n---\n");
  fs.rmSync(path.join(repo, "docs/editions"), { recursive: true, force: true });
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  // The year begun as staff begin it, and committed, before the editor opens: its checks are the first test's.
  yearStarted = script(repo, "scripts/edition-start.ts", String(edition));
  if (yearStarted.status === 0) {
    git("add", "-A");
    git("commit", "-q", "-m", "edition");
  }
  base = git("rev-parse", "main");
  fs.writeFileSync(path.join(repo, UNTRACKED), "作業中のメモ。編集画面が保存しても、コミットされず、消えもしないこと。\n");
  backend = await startLocalBackend({ repo, port: PROXY_PORT });

  // Its own context (not browser.newPage) so that axe can run in it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  page = await context.newPage();
  page.on("console", (m) => {
    if (m.text().startsWith("CSP ")) violations.push(m.text());
    else if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.log(`CSP ${e.effectiveDirective} ${e.blockedURI}`)),
  );
  await page.goto(`/admin?local_backend=${PROXY_PORT}`);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByRole("link", { name: /制度/ }).first()).toBeVisible();
  await expect(page.getByText(numbered.title).first()).toBeVisible();
  await noteEnglish("the list");
  await shot("cms-collection");
});

test.afterAll(async () => {
  // Every process this spec started is stopped even if closing the browser fails.
  await Promise.allSettled([page?.context().close(), backend?.stop(), stopBuild?.(), merged?.server.stop()]);
  if (process.env.CMS_BACKEND_LOG) fs.writeFileSync(process.env.CMS_BACKEND_LOG, backend?.log() ?? "");
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Opens an entry; waits until its form is there. */
async function open(hash: string, collection = "programs") {
  // A fresh page load: a hash change alone would keep the previous entry's editor state.
  await page.goto("about:blank");
  await page.goto(`/admin?local_backend=${PROXY_PORT}#/collections/${collection}/${hash}`);
  // Decap first reads the entry and every open review branch through decap-server: slow on a busy machine.
  await expect(page.getByRole("button", { name: "保存", exact: true })).toBeVisible({ timeout: 20_000 });
}

/**
 * Makes the form count as changed without changing what the file says: a
 * letter typed into a field the file leaves out, and taken back. Decap now
 * holds an empty answer there (so 保存 is enabled); the file leaves it out.
 */
async function touch(file: string) {
  const data = raw(file);
  const empty = form.find((f) => f.widget === "string" && f.required === false && f.name !== FILE_NAME_FIELD && data[f.name] === undefined);
  expect(empty, `${file} has an optional text left out`).toBeDefined();
  const box = page.getByRole("textbox", { name: named(empty!.label) });
  await box.pressSequentially("x");
  await box.press("Backspace");
  await expect(page.getByRole("button", { name: "保存", exact: true })).toBeEnabled();
}

/** The panel that says why a save was refused; it stays until it is closed. */
const panel = () => page.locator("#aomori-refusal");

/**
 * English words of the interface on the screen now, read as a screen reader
 * would meet them too (labels, descriptions, live regions), noted with where
 * they were seen. Words that are content (in content/ or in the form's
 * configuration: slugs, URLs, DX) and the names of keys and formats are not
 * the interface's.
 */
const CONTENT_WORDS = new Set(
  [fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8"), ...content.programs.map((p) => fs.readFileSync(path.join(root, p.file), "utf8"))]
    .flatMap((t) => t.match(/[A-Za-z]+/g) ?? [])
    .concat(["FAX", "URL", "Markdown", "GitHub", "Enter", "Esc", "Tab", "Backspace", "Ctrl"]),
);
async function noteEnglish(where: string) {
  const words = await page.evaluate(() => {
    const found = new Set<string>();
    const add = (text: string | null) => {
      for (const m of (text ?? "").matchAll(/[A-Za-z]{2,}/g)) found.add(m[0]);
    };
    const shown = (el: Element | null) => !!el && el.checkVisibility() && !el.closest("script, style, noscript");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (shown(n.parentElement)) add(n.textContent);
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-roledescription]")) {
      if (shown(el)) for (const a of ["aria-label", "title", "placeholder", "alt", "aria-roledescription"]) add(el.getAttribute(a));
    }
    for (const el of document.querySelectorAll("[aria-describedby], [aria-labelledby]")) {
      if (!shown(el)) continue;
      for (const id of `${el.getAttribute("aria-describedby") ?? ""} ${el.getAttribute("aria-labelledby") ?? ""}`.split(/\s+/).filter(Boolean)) add(document.getElementById(id)?.textContent ?? null);
    }
    for (const el of document.querySelectorAll("[aria-live], [role=status], [role=log], [role=alert]")) add(el.textContent);
    return [...found];
  });
  for (const w of words) if (!CONTENT_WORDS.has(w) && !englishSeen.has(w)) englishSeen.set(w, where);
}

/** Saves through the editorial workflow and returns the branch it created. */
async function save(slug: string, collection = "programs"): Promise<string> {
  await page.getByRole("button", { name: "保存", exact: true }).click();
  const branch = `cms/${collection}/${slug}`;
  await expect.poll(() => git("branch", "--list", branch)).toContain(branch);
  await expect(page.getByRole("button", { name: "保存", exact: true })).toBeDisabled();
  await expect(panel()).toHaveCount(0);
  if (!branches.includes(branch)) branches.push(branch);
  return branch;
}

/** The lines a branch changes in a file, as the pull request's diff shows them. */
function changedLines(branch: string, file: string): string[] {
  return git("diff", "--unified=0", `main...${branch}`, "--", file)
    .split("\n")
    .filter((l) => /^[-+](?![-+]{2} )/.test(l));
}

/** The branch's files beside the repository, as a reviewer's checkout of the pull request would have them. */
function checkout(branch: string): string {
  const dir = path.join(work, branch.replace(/\//g, "-"));
  fs.mkdirSync(dir);
  // An export, not a worktree: decap-server must stay free to check the branch out again.
  execFileSync("sh", ["-c", `git archive ${branch} | tar -x -C "${dir}"`], { cwd: repo });
  return dir;
}

function loadIn(dir: string) {
  const loaded = loadContent(path.join(dir, "content"), dir);
  expect(loaded.issues.map((i) => `${i.file} ${i.field ?? ""} ${i.message}`)).toEqual([]);
  return loaded;
}

/** A script of the repository, run in a checkout as the pull-request workflow runs it; its exit status and output. */
function script(dir: string, file: string, ...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), file, ...args], {
      cwd: dir,
      encoding: "utf8",
      // The branch's files, compared with main of the same repository (content:diff).
      env: { ...process.env, GIT_DIR: path.join(repo, ".git"), GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "", GITHUB_OUTPUT: "" },
      stdio: "pipe",
    });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

/** A screenshot for the guide (CMS_SCREENSHOTS): the window, or the part of the form from one control's label to another control. */
async function shot(name: string, from?: Locator, to: Locator | undefined = from) {
  if (!SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // The window's upper part: the toolbar and the first fields (or a message) say enough, in a small file.
  if (!from || !to) return void (await page.screenshot({ path: file, scale: "css", clip: { x: 0, y: 0, width: 1280, height: 600 } }));
  const viewport = page.viewportSize()!;
  await from.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const height = (await to.boundingBox())!.y + 120 - (await from.boundingBox())!.y;
  // A window tall enough for the whole part, for the moment of the screenshot.
  if (height + 200 > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) + 200 });
  await from.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
  const top = Math.max(0, a.y - 50);
  const left = Math.max(0, Math.min(a.x, b.x) - 30);
  const right = Math.max(a.x + a.width, b.x + b.width) + 30;
  await page.screenshot({ path: file, scale: "css", clip: { x: left, y: top, width: Math.min(800, right - left), height: b.y + b.height + 50 - top } });
  await page.setViewportSize(viewport);
}

/** Controls present now are marked, so that the ones a click adds are the unmarked ones. */
async function markPresent(): Promise<Locator> {
  await page.locator("input, button").evaluateAll((els) => els.forEach((el) => el.setAttribute("data-before", "")));
  return page.locator(":not([data-before])");
}

async function pick(combobox: Locator, labels: readonly string[]) {
  for (const label of labels) {
    await combobox.fill(label);
    await combobox.press("Enter");
  }
}

test(`npm run edition:start -- ${edition}: the year is current, its checklist written, every program 要確認`, async ({ request }) => {
  expect(yearStarted.status, yearStarted.output).toBe(0);
  const written = loadContent(path.join(repo, "content"), repo);
  expect(written.issues).toEqual([]);
  expect(written.settings).toEqual({ edition, started: today });
  const checklist = fs.readFileSync(path.join(repo, `docs/editions/${edition}.md`), "utf8");
  expect(checklist).toContain(`確認済みは 0/${programs.length} 件`);
  expect(checklist.match(/^## \d+\. /gm)).toHaveLength(programs.length);
  // The site under test is built from the same content: every program 要確認 (its first screen: first-screen.spec.ts), 0/N on the updates page.
  const updates = await (await request.get(UPDATES_PATH)).text();
  expect(updates).toContain(progressText(editionProgress(programs, edition)));
  expect(programs.every((p) => p.freshness.state === "unreviewed")).toBe(true);
});

test("every program saved as it was opened writes nothing: the form gives back each file byte for byte", async () => {
  test.setTimeout(240_000);
  const title = page.getByRole("textbox", { name: named(field(form, "title").label) });
  // One load of the editor for all of them, walked as staff walk it: back to the list, the next
  // entry (a fresh load per entry took four times as long). Leaving a touched form, Decap asks
  // whether to leave without saving; staff answer yes.
  const leave = (d: Dialog) => void d.accept();
  page.on("dialog", leave);
  try {
    for (const [i, p] of content.programs.entries()) {
      if (i === 0) await open(`entries/${p.slug}`);
      else {
        await page.locator('a[href="#/collections/programs"]').first().click();
        await page.locator(`a[href="#/collections/programs/entries/${p.slug}"]`).first().click();
      }
      await expect(title, p.slug).toHaveValue(p.title, { timeout: 20_000 });
      await touch(p.file);
      await page.getByRole("button", { name: "保存", exact: true }).click();
      await expect(panel().getByRole("heading"), p.slug).toHaveText("保存しませんでした");
      await expect(panel()).toContainText("変わっていない");
      // Closed, so that the next entry's refusal is its own.
      await panel().getByRole("button", { name: "閉じる" }).click();
      await expect(panel()).toHaveCount(0);
    }
  } finally {
    page.off("dialog", leave);
  }
  await noteEnglish("a program, saved unchanged");
  expect(git("branch", "--list", "cms/*")).toBe("");
});

test("(y) a program reviewed in the new year with one number changed: refused without the review record, saved with the change recorded", async () => {
  await open(`entries/${reviewed.slug}`);
  await page.locator(`input[value="${reviewedBefore}"]`).first().evaluate((el) => el.setAttribute("data-changed-number", ""));
  await page.locator("[data-changed-number]").fill(reviewedAfter);
  // The number's own record (a number not in the guidebook), as in (a).
  const record = field(field(form, "contacts").fields!, "confirmed");
  await page.getByLabel(named(field(record.fields!, "date").label)).first().fill(today);
  await pick(page.getByRole("combobox", { name: named(field(record.fields!, "method").label) }).first(), ["電話で確認"]);

  // Without a review record of the edition, the form refuses in the rule's words.
  await page.getByRole("button", { name: "保存", exact: true }).click();
  const refusal = page.getByText(/に変更しましたが、令和\d+年度の確認の記録がありません/).first();
  await expect(refusal).toBeVisible();
  await refusal.click();
  expect(git("branch", "--list", `cms/programs/${reviewed.slug}`)).toBe("");

  // 「この内容を確認しました」: the review record's fields, as the schema makes them.
  await fillReview(page, field(form, "reviews"), review);
  const branch = await save(reviewed.slug);
  // The file as saved: the review, with the change listed by the form itself.
  const saved = parseFrontMatter(git("show", `${branch}:${reviewed.file}`));
  expect(saved.ok && (saved.data as { reviews: unknown }).reviews).toEqual([{ ...review, changes: [{ field: "contacts[0].tel[0].number", before: reviewedBefore, after: reviewedAfter }] }]);
});

/** The reviewed program's branch alone, as its pull request's checks see it. */
let reviewedCheckout: string | undefined;

test("(y) the reviewed program's branch passes the pull-request checks, and its comment lists the change", () => {
  reviewedCheckout = checkout(`cms/programs/${reviewed.slug}`);
  for (const [file, args] of [["scripts/validate-content.ts"], ["scripts/content-diff.ts", "main"]] as const) {
    const r = script(reviewedCheckout, file, ...(args ? [args] : []));
    expect(r.status, r.output).toBe(0);
  }
  const comment = script(reviewedCheckout, "scripts/review-comment.ts", "main");
  expect(comment.output).toContain(`確認済み 1/${programs.length}`);
  expect(comment.output).toContain(`| ${reviewedBefore} | ${reviewedAfter} | ${review.date}（${REVIEW_METHOD_PHRASES[review.method]}） |`);
});

test("(y) npm run review:due lists the reviewed program on and after its due date, and not before", () => {
  expect(reviewedCheckout, "the branch was checked out").toBeDefined();
  const dir = reviewedCheckout!;
  const due = loadContent(path.join(dir, "content"), dir).programs.find((p) => p.slug === reviewed.slug)!;
  const nextYear = `${review.edition + 1}-04-01`;
  expect(due.nextReview ?? nextYear).toBe(nextYear);
  const listed = (day: string) => script(dir, "scripts/review-due.ts", "--today", day).output.includes(`| ${reviewed.title} |`);
  expect(listed(`${review.edition + 1}-03-31`)).toBe(false);
  expect(listed(nextYear)).toBe(true);
});

test("(a) a desk's number changed: refused until its record is filled in, then one line and the record, saved twice", async () => {
  const contacts = field(form, "contacts");
  const record = field(contacts.fields!, "confirmed");
  await open(`entries/${numbered.slug}`);
  await noteEnglish("a program");
  await shot("cms-entry");
  // Marked, since its value (by which it is found) is about to change.
  await page.locator(`input[value="${before}"]`).first().evaluate((el) => el.setAttribute("data-changed-number", ""));
  const number = page.locator("[data-changed-number]");
  await number.fill(after);
  await page.evaluate(() => window.scrollTo(0, 0));

  // Without the record the form refuses to save, with validation's words, at the number, and says the record is now required.
  const [expected, ...none] = expectedIssues(numbered.file, "programs", (data) => {
    ((data.contacts as Data[])[0].tel as Data[])[0].number = after;
  });
  expect(none).toEqual([]);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(panel()).toContainText(expected.message);
  await expect(panel()).toContainText(expected.place);
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(number).toHaveAccessibleDescription(new RegExp(expected.message.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(number).toBeInViewport();
  await expect(page.locator(`label:has-text("${record.label}")`).first()).toContainText("この番号では必須");
  await noteEnglish("a refused save");
  await shot("cms-refused");
  // Still there after Decap's own notices have gone (8 s).
  await page.waitForTimeout(9_000);
  await expect(panel()).toBeVisible();
  await panel().getByRole("button", { name: "閉じる" }).click();
  await expect(panel()).toHaveCount(0);
  expect(git("branch", "--list", `cms/programs/${numbered.slug}`)).toBe("");

  const date = page.getByLabel(named(field(record.fields!, "date").label)).first();
  await date.fill(confirmation.date);
  const method = page.getByRole("combobox", { name: named(field(record.fields!, "method").label) }).first();
  await pick(method, [confirmation.method]);
  const note = method.locator("xpath=following::input[@type='text'][1]");
  await note.fill("代表番号から");
  await shot("cms-confirmation", number, note);
  await fillReview(page, field(form, "reviews"), review);
  const branch = await save(numbered.slug);
  await noteEnglish("a saved draft");
  await shot("cms-saved");

  // The pull request shows the number's line and the record, then the edition's review record with the change listed, nothing else.
  const file = `content/programs/${numbered.slug}.md`;
  expect(git("diff", "--name-only", `main...${branch}`)).toBe(file);
  const lines = changedLines(branch, file);
  expect(lines.slice(0, 6)).toEqual([
    `-      - number: ${before}`,
    `+      - number: ${after}`,
    "+    confirmed:",
    `+      date: ${confirmation.date}`,
    `+      method: ${confirmation.method}`,
    "+      note: 代表番号から",
  ]);
  expect(lines.slice(6).every((l) => l.startsWith("+")), lines.join("\n")).toBe(true);
  const written = parseFrontMatter(git("show", `${branch}:${file}`));
  expect(written.ok && (written.data as { reviews: unknown }).reviews).toEqual([{ ...review, changes: [{ field: "contacts[0].tel[0].number", before, after }] }]);

  // A second save of the same draft.
  await note.fill(confirmation.note);
  await save(numbered.slug);
  expect(git("rev-list", "--count", `main..${branch}`)).toBe("2");
  expect(git("rev-parse", "main")).toBe(base);
  const dir = checkout(branch);
  const saved = loadIn(dir).programs.find((p) => p.slug === numbered.slug)!;
  expect(saved.contacts[0].tel[0].number).toBe(after);
  expect(saved.contacts[0].confirmed).toEqual(confirmation);

  // The pull-request checks on that branch: validation and the phone audit pass, and the summary lists the change first, with its record.
  const validate = script(dir, "scripts/validate-content.ts");
  expect(validate.status, validate.output).toBe(0);
  const audit = script(dir, "scripts/audit-phones.ts");
  expect(audit.status, audit.output).toBe(0);
  expect(audit.output).toContain(`${after}`);
  expect(audit.output).toContain(`確認済み ${confirmedText(confirmation)}`);
  const diff = script(dir, "scripts/content-diff.ts", "main");
  expect(diff.status, diff.output).toBe(0);
  const firstSection = diff.output.split("\n## ")[1];
  expect(firstSection).toMatch(/^⚠️ 電話・FAX番号の変更（1件）/);
  const row = firstSection.split("\n").find((l) => l.includes(`${before} → ${after}`));
  expect(row, diff.output).toContain(`確認済み ${confirmedText(confirmation)}「${confirmation.note}」`);
});

test("(e) a number in the body and a full-width fax out of sight: refused in validation's words, the fax scrolled to, marked and put right with one tap", async () => {
  const contactIndex = faxed.contacts.findIndex((c) => c.fax);
  const fax = faxed.contacts[contactIndex].fax!;
  const phone = faxed.contacts[0].tel[0].number;
  const addition = `\nお問い合わせは ${phone} へ。`;
  await open(`entries/${faxed.slug}`);
  const faxInput = page.locator(`input[value="${fax}"]`).first();
  await faxInput.evaluate((el) => el.setAttribute("data-fax", ""));
  await page.locator("[data-fax]").fill(fullWidth(fax));
  const body = page.getByRole("textbox", { name: named("本文") });
  const text = await body.inputValue();
  await body.fill(text + addition);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator("[data-fax]")).not.toBeInViewport();

  const expected = expectedIssues(faxed.file, "programs", (data) => {
    (data.contacts as Data[])[contactIndex].fax = fullWidth(fax);
    data.body = `${String(data.body)}${addition}`;
  });
  expect(expected.map((i) => i.path?.[0])).toEqual(["contacts", "body"]);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  for (const issue of expected) await expect(panel()).toContainText(issue.message);
  await expect(page.locator("[data-fax]")).toBeInViewport();
  await expect(page.locator("[data-fax]")).toHaveAttribute("aria-invalid", "true");
  await expect(body).toHaveAttribute("aria-invalid", "true");
  await noteEnglish("a refused save with a fix offered");

  await panel().getByRole("button", { name: `半角の「${fax}」に直す` }).click();
  await expect(page.locator("[data-fax]")).toHaveValue(fax);
  await expect(page.locator("[data-fax]")).not.toHaveAttribute("aria-invalid");
  await body.fill(text);
  // Put right, the page is as it was: nothing to save, and no draft.
  await expect(page.getByRole("button", { name: "保存", exact: true })).toBeDisabled();
  expect(git("branch", "--list", `cms/programs/${faxed.slug}`)).toBe("");
});

test("(b) an office with its hours added to an existing program: days, times and closures picked", async () => {
  const offices = field(form, "offices");
  const hours = field(offices.fields!, "hours");
  const label = (name: string, fields = hours.fields!) => field(fields, name).label;
  await open(`entries/${officed.slug}`);
  const fresh = await markPresent();
  await page.getByRole("button", { name: `${offices.label_singular}を追加`, exact: true }).click();
  const officeName = page.getByRole("textbox", { name: named(label("name", offices.fields!)) }).and(fresh);
  await officeName.fill(newOffice.name);
  await pick(page.getByRole("combobox", { name: named(label("municipality", offices.fields!)) }).and(fresh), [newOffice.municipality]);
  await page.getByRole("button", { name: "開く" }).and(fresh).first().click();
  await pick(page.getByRole("combobox", { name: named(label("days")) }).and(fresh), newOffice.hours.days);
  const time = (name: string) => page.getByLabel(named(label(name))).and(page.locator("input[type=time]")).and(fresh);
  await time("open").fill(newOffice.hours.open);
  await time("close").fill(newOffice.hours.close);
  const closedOn = page.getByRole("combobox", { name: named(label("closedOn")) }).and(fresh);
  await pick(closedOn, newOffice.hours.closedOn);
  // Beside the fields, the sentence the page will show, from the page's own code.
  const sentence = page.locator(".aomori-hours-sentence").last();
  await expect(sentence).toHaveText(`ページに出る受付時間: ${hoursText(newOffice.hours)}`);
  await noteEnglish("an office's hours");
  await shot("cms-hours", page.getByRole("textbox", { name: named(label("name", offices.fields!)) }).and(fresh), sentence);
  // An office is a fact the edition's review covers.
  await fillReview(page, field(form, "reviews"), review);
  const branch = await save(officed.slug);

  const saved = loadIn(checkout(branch)).programs.find((p) => p.slug === officed.slug)!;
  expect(saved.offices).toHaveLength(officed.offices!.length + 1);
  expect(saved.offices!.at(-1)).toEqual({ ...newOffice, hours: { ...newOffice.hours, text: hoursText(newOffice.hours) } });
  expect(saved.offices!.slice(0, -1)).toEqual(officed.offices);
});

test("(c) a new program through the form: the saved file validates", async () => {
  const values: Record<string, unknown> = {
    ...raw(reference.file),
    title: newTitle,
    source: { ...(raw(reference.file).source as object), number: Math.max(...content.programs.map((p) => p.source.number)) + 1 },
  };
  await open("new");
  await page.getByRole("textbox", { name: new RegExp(`^${field(form, FILE_NAME_FIELD).label}`) }).fill(NEW_SLUG);
  await fillRequired(form, values);
  const branch = await save(NEW_SLUG);

  const dir = checkout(branch);
  const saved = loadIn(dir).programs.find((p) => p.slug === NEW_SLUG)!;
  expect(saved.title).toBe(newTitle);
  expect(saved.categories).toEqual(reference.categories);
  expect(saved.contacts[0].tel[0].number).toBe(reference.contacts[0].tel[0].number);
  const written = fs.readFileSync(path.join(dir, "content/programs", `${NEW_SLUG}.md`), "utf8");
  expect(written).not.toContain(FILE_NAME_FIELD);
  // Begun from the collection's template, as every file is.
  expect(written.split("\n")[1]).toBe(fs.readFileSync(path.join(root, reference.file), "utf8").split("\n")[1]);
});

test("(d) a flow item with a link added: the items written as plain text stay plain text", async () => {
  const flowForm = formOf("flow");
  const items = field(field(field(flowForm, "stages").fields!, "boxes").fields!, "items");
  const [textLabel, linkLabel] = items.fields!.map((f) => f.label);
  const before = raw(flowFile) as { stages: { boxes: { title: string; items?: unknown[] }[] }[] };
  // The first box that has items, found in content; its position in the form is its position among all boxes.
  const boxes = before.stages.flatMap((s) => s.boxes);
  const at = boxes.findIndex((b) => b.items?.length);
  await open("entries/flow", "flow");
  const fresh = await markPresent();
  await page.getByRole("button", { name: `${items.label_singular}を追加`, exact: true }).nth(at).click();
  await page.getByRole("textbox", { name: named(textLabel) }).and(fresh).fill(flowItem.text);
  await pick(page.getByRole("combobox", { name: named(linkLabel) }).and(fresh), [`${officed.title}（${flowItem.link}）`]);
  const branch = await save("flow", "flow");

  const dir = checkout(branch);
  expect(loadIn(dir).flow!.stages.flatMap((s) => s.boxes)[at].items).toEqual([...boxes[at].items!, flowItem]);
  const written = parseFrontMatter(fs.readFileSync(path.join(dir, flowFile), "utf8"));
  // Byte for byte the same items elsewhere: plain text stays plain text.
  expect(written.ok && (written.data as typeof before).stages.flatMap((s) => s.boxes).filter((_, i) => i !== at)).toEqual(boxes.filter((_, i) => i !== at));
});

test("(f) a saved draft taken through its status to publishing: it reaches the editor's branch, not main", async () => {
  page.once("dialog", (d) => void d.accept());
  await open("entries/flow", "flow");
  const status = page.getByRole("button", { name: /^状態: / });
  await expect(status).toHaveText("状態: 下書き");
  for (const next of ["確認待ち", "公開待ち"]) {
    await status.click();
    await page.getByRole("menuitem", { name: next }).click();
    await expect(status).toHaveText(`状態: ${next}`);
  }
  await noteEnglish("a draft's status");
  await page.getByRole("button", { name: "公開", exact: true }).click();
  await page.getByRole("menuitem", { name: "今すぐ公開" }).click();
  await expect(page.getByText("公開しました。")).toBeVisible();
  await noteEnglish("a published page");
  await expect.poll(() => git("branch", "--list", "cms/flow/flow")).toBe("");
  branches.splice(branches.indexOf("cms/flow/flow"), 1);
  expect(git("diff", "--name-only", `main..${LOCAL_BACKEND_BRANCH}`)).toBe(flowFile);
  expect(git("rev-parse", "main")).toBe(base);
});

test("the working copy is left alone: a file nobody committed is neither committed nor lost, and nothing there changed", () => {
  expect(fs.readFileSync(path.join(repo, UNTRACKED), "utf8")).toContain("作業中のメモ");
  expect(git("log", "--all", "--format=%H", "--", UNTRACKED)).toBe("");
  expect(git("-c", "core.quotepath=false", "status", "--porcelain", "--untracked-files=all")).toBe(`?? ${UNTRACKED}`);
  expect(git("rev-parse", "--abbrev-ref", "HEAD")).toBe("main");
  expect(backend.worktree.startsWith(path.join(repo, ".git"))).toBe(true);
});

test("another program's address pasted into the same tab shows that program", async () => {
  await open(`entries/${numbered.slug}`);
  const title = page.getByRole("textbox", { name: named(field(form, "title").label) });
  await expect(title).toHaveValue(numbered.title);
  await page.evaluate((slug) => (location.hash = `#/collections/programs/entries/${slug}`), officed.slug);
  await expect(title).toHaveValue(officed.title, { timeout: 20_000 });
});

test("no English word of the interface and no console error on the way: list, open, edit, refuse, save, status, publish", () => {
  expect(Object.fromEntries(englishSeen)).toEqual({});
  expect(consoleErrors).toEqual([]);
});

/** The saved branches merged and built once; started before the editor's own checks below, which run meanwhile. */
let siteBuild: Promise<string> | undefined;
let stopBuild: (() => Promise<void>) | undefined;
/** That build, served, and its content as the site reads it. */
let merged: { server: RunningServer; content: ReturnType<typeof resolveContent> } | undefined;

test("the saved branches and the published one merge cleanly, as their pull requests would, and start building", () => {
  expect(branches).toHaveLength(4);
  // In a clone; the result exported without .git, so that the build finds this project's node_modules.
  const merged = path.join(work, "merged");
  const site = path.join(work, "site");
  execFileSync("git", ["clone", "-q", repo, merged]);
  execFileSync("git", ["-c", "user.name=CMS test", "-c", "user.email=cms-test@example.invalid", "merge", "-q", "--no-edit", ...[...branches, LOCAL_BACKEND_BRANCH].map((b) => `origin/${b}`)], { cwd: merged });
  expect(execFileSync("git", ["diff", "--name-only", "HEAD", base], { cwd: merged, encoding: "utf8" }).trim().split("\n").sort()).toEqual(
    [...[reviewed.slug, numbered.slug, officed.slug, NEW_SLUG].map((slug) => `content/programs/${slug}.md`), flowFile].sort(),
  );
  fs.mkdirSync(site);
  execFileSync("sh", ["-c", `git archive HEAD | tar -x -C "${site}"`], { cwd: merged });
  const build = startBuild(site);
  stopBuild = build.stop;
  siteBuild = build.done;
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

test("without a repository configured (CMS_REPO) and no local backend, /admin says plainly that it cannot save", async () => {
  test.skip(!!config.backend.repo, "this build names a repository");
  const other = await page.context().newPage();
  try {
    // A port where no decap-server answers.
    await other.goto(`/admin?local_backend=${PROXY_PORT + 1}`);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("この編集画面は、まだ保存先が設定されていません");
    await expect(other.getByText("CMS_REPO")).toBeVisible();
  } finally {
    await other.close();
  }
});

/**
 * What axe finds in Decap's own interface, which this project cannot change
 * (decap-cms 3.16.3): reported here, not hidden. Anything else — an unlabelled
 * field, a hint that is not associated, a control our configuration adds —
 * fails the test.
 */
const DECAP_OWN: Record<string, string> = {
  "color-contrast": "the header's and the sidebar's active links and the account menu (Decap's colours)",
  "aria-command-name": "the drag handle of every list item (dnd-kit, no name)",
  "button-name": "the fold and remove buttons of every list item (icons without a name)",
  region: "the editor's toolbar and form sit outside any landmark",
};

test("axe on /admin: every field has its label; what remains is Decap's own interface", async () => {
  test.setTimeout(120_000);
  const screens = ["programs", `programs/entries/${officed.slug}`, "needs/new", "flow/entries/flow"];
  const found = new Map<string, Set<string>>();
  // One load of the editor, then each screen by its address, as a bookmark would open it.
  await page.goto("about:blank");
  await page.goto(`/admin?local_backend=${PROXY_PORT}`);
  for (const screen of screens) {
    await page.evaluate((hash) => (location.hash = hash), `#/collections/${screen}`);
    const ready = screen.includes("/") ? page.getByRole("button", { name: "保存", exact: true }) : page.getByRole("link", { name: numbered.title, exact: false }).first();
    await expect(ready, screen).toBeVisible({ timeout: 20_000 });
    expect(page.frames(), "no frame that axe, run in the page, would not see").toHaveLength(1);
    for (const id of (await axe(page)).violated) {
      if (!found.has(id)) found.set(id, new Set());
      found.get(id)!.add(screen);
    }
  }
  for (const [id, where] of found) test.info().annotations.push({ type: "axe (Decap)", description: `${id} on ${[...where].join(", ")}: ${DECAP_OWN[id] ?? "?"}` });
  expect([...found.keys()].filter((id) => !(id in DECAP_OWN))).toEqual([]);
});

test("the merged branches build for real, and the pages show what was saved", async ({ browser }) => {
  test.setTimeout(300_000);
  expect(siteBuild, "the build was started").toBeDefined();
  const site = await siteBuild!;
  const loaded = loadIn(site);
  merged = {
    server: await startNext(SITE_PORT, { dir: site }),
    content: resolveContent({ ...loaded, flow: loaded.flow!, areas: loaded.areas!, settings: loaded.settings!, names: loaded.names! }),
  };
  const { origin } = merged.server;
  {
    const visitor = await browser.newPage();
    try {
      // (a) The new number is the one called, with the date it was confirmed.
      await visitor.goto(`${origin}/programs/${numbered.slug}`);
      await expect(visitor.locator(`a[href="tel:${digits(after)}"]`).first()).toBeVisible();
      await expect(visitor.locator(`a[href="tel:${digits(before)}"]`)).toHaveCount(0);
      await expect(visitor.getByText(`最終確認: ${confirmedText(confirmation)}`).first()).toBeVisible();

      // (b) The office, its hours as the site words them, and open now on a weekday morning and not on a Saturday.
      for (const [when, status] of [
        ["2026-11-25T10:00:00+09:00", /受付中/],
        ["2026-11-28T10:00:00+09:00", /受付時間外/],
      ] as const) {
        await visitor.clock.setFixedTime(new Date(when));
        await visitor.goto(`${origin}/programs/${officed.slug}`);
        const row = visitor.locator("tr", { has: visitor.getByRole("rowheader", { name: newOffice.name }) });
        await expect(row).toContainText(hoursText(newOffice.hours));
        const open = row.locator("[data-open-status]");
        await expect(open).not.toHaveAttribute("data-open-status", "pending");
        await expect(open, when).toHaveText(status);
      }

      // (d) The flow's new item links to its page.
      await visitor.goto(`${origin}/flow`);
      await expect(visitor.getByRole("link", { name: flowItem.text })).toHaveAttribute("href", flowItem.link);

      // (c) The new program on its need's page and in the search.
      const need = content.needs.find((n) => n.slug === reference.categories[0])!;
      await visitor.goto(`${origin}/needs/${need.slug}`);
      await expect(visitor.locator(`main a[href="/programs/${NEW_SLUG}"]`).first()).toBeVisible();
      await visitor.goto(`${origin}/search?q=${encodeURIComponent("編集画面の試験")}`);
      await expect(visitor.locator("main article h2").first()).toHaveText(newTitle);
      const res = await visitor.goto(`${origin}/programs/${NEW_SLUG}`);
      expect(res?.status()).toBe(200);
      await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(newTitle);
    } finally {
      await visitor.close();
    }
  }
});

test("(y) built and served: the reviewed program's line beside its new number, the year's progress, the change in its needs' feeds", async ({ browser, baseURL }) => {
  expect(merged, "the merged build is served").toBeDefined();
  const { server, content: after } = merged!;
  const SCREEN = { width: 390, height: 844 };
  const visitor = await browser.newPage({ viewport: SCREEN, isMobile: true, hasTouch: true });
  try {
    const shots = test.info().outputPath();
    // Before (the site under test) and after, at 390 px.
    for (const [when, origin] of [
      ["before", baseURL!],
      ["after", server.origin],
    ] as const) {
      await visitor.goto(`${origin}${programPath(reviewed.slug)}`);
      await waitForHydration(visitor);
      const note = visitor.locator("main [data-freshness]").first();
      await expect(note).toHaveText(when === "before" ? freshnessText(reviewed.freshness) : freshnessText({ state: "reviewed", ...review }));
      const box = (await note.boundingBox())!;
      expect(box.y + box.height, `${when}: the line ends inside the first screen`).toBeLessThan(SCREEN.height);
      await expect(visitor.locator("main a[href^='tel:']").first()).toHaveAttribute("href", `tel:${digits(when === "before" ? reviewedBefore : reviewedAfter)}`);
      await visitor.screenshot({ path: path.join(shots, `program-${when}-390.png`) });
    }
    // A program no branch changed still says where its facts come from.
    const changed = [reviewed.slug, numbered.slug, officed.slug];
    const other = after.programs.find((p) => !changed.includes(p.slug) && p.slug !== NEW_SLUG)!;
    await visitor.goto(`${server.origin}${programPath(other.slug)}`);
    await expect(visitor.locator("main [data-freshness]").first()).toHaveText(freshnessText(other.freshness));

    // The programs reviewed this year are the ones the walk reviewed: (y), and (a) and (b), whose changes a review covers.
    expect(after.programs.filter((p) => p.freshness.state === "reviewed").map((p) => p.slug).sort()).toEqual([...changed].sort());
    await visitor.goto(`${server.origin}${UPDATES_PATH}`);
    await waitForHydration(visitor);
    await expect(visitor.locator("[data-progress]")).toHaveText(progressText(editionProgress(after.programs, edition)));
    await expect(visitor.locator(`tr[data-program="${reviewed.slug}"]`)).toContainText("確認済み");
    await expect(visitor.locator("main")).toContainText(`${reviewedBefore} → ${reviewedAfter}`);
    expect((await axe(visitor)).violations).toEqual([]);

    for (const need of reviewed.needs) {
      const res = await visitor.request.get(`${server.origin}${needFeedPath(need.slug)}`);
      expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const entry = readAtom(await res.text()).entries.find((e) => e.text.includes(`${reviewedBefore} → ${reviewedAfter}`));
      expect(entry?.title, need.slug).toBe(`${reviewed.title}: 電話番号を変更（${fiscalYearLabel(review.edition)}の確認）`);
      expect(entry!.text).toContain(`${review.department}`);
    }
  } finally {
    await visitor.close();
  }
});

/**
 * Fills every required field of a form from an existing program's values, by
 * the labels and widgets in the generated configuration, so the test follows
 * the schema wherever it goes.
 */
async function fillRequired(fields: DecapField[], values: Record<string, unknown>) {
  for (const f of fields) {
    if (f.required === false || f.name === "body" || f.name === SAVE_CHECK_FIELD) continue;
    const value = values[f.name];
    if (f.widget === "object") {
      await fillRequired(f.fields!, value as Record<string, unknown>);
    } else if (f.widget === "list") {
      // A list with a minimum starts with that many empty items on a new entry.
      const first = f.fields?.find((x) => x.required !== false && x.widget === "string");
      if (!first || (await page.getByLabel(named(first.label)).count()) === 0) {
        await page.getByRole("button", { name: `${f.label_singular ?? f.label}を追加`, exact: true }).last().click();
      }
      if (f.fields) await fillRequired(f.fields, (value as Record<string, unknown>[])[0]);
    } else if (f.widget === "select") {
      await pick(
        page.getByRole("combobox", { name: named(f.label) }),
        [value].flat().map((v) => f.options!.find((o) => o.value === String(v))!.label),
      );
    } else {
      await page.getByLabel(named(f.label)).fill(String(value));
    }
  }
}
