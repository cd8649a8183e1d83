import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { CMS_CONFIG_FILE } from "@/lib/cms/config";
import type { DecapField } from "@/lib/cms/decap-fields";
import { fiscalYearLabel } from "@/lib/content/edition";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { callNumbers, mainDesk } from "@/lib/content/model";
import { readSourceNumbers, SOURCE_DIR } from "@/lib/content/phone-audit";
import { REVIEW_METHOD_PHRASES } from "@/lib/content/review-methods";
import { editionProgress, freshnessText, progressText } from "@/lib/content/reviews";
import { japanToday } from "@/lib/content/schedule-status";
import { checkJapanesePhone } from "@/lib/phone/number";
import { needFeedPath, UPDATES_PATH } from "@/lib/open-data/feed";
import { programPath } from "@/lib/site/paths";
import { startLocalBackend } from "@/scripts/lib/cms-local-backend";
import { startNext, type RunningServer } from "@/scripts/lib/next-server";
import { readAtom } from "../support/atom";
import { field, fillReview, named } from "../support/cms-form";
import { axe, waitForHydration } from "../support/browser";
import { startBuild } from "../support/copy-build";
import { projectCopy } from "../support/project-copy";
import { programs, settings } from "../support/content";

/**
 * A fiscal year from start to first review, on a copy of this working tree
 * (the checkout's content/ is never written):
 * 1. `npm run edition:start -- 2026` in the copy, from the guidebook's own
 *    edition: the settings and the year's checklist are written;
 * 2. one program reviewed through /admin (this build's editor, on Decap's
 *    local git backend serving the copy) with one number changed: the form
 *    refuses to save without a review record, then records the change itself;
 * 3. the saved branch as its pull request's checks see it (validation, the
 *    content diff with the review rule, the comment), then built for real and
 *    served: the program's line beside its number, progress 1/N on the
 *    updates page (axe-clean), the change in its need's Atom feed, and
 *    `npm run review:due` before and after the program's due date.
 * The build of the unchanged content (the site under test) is the "before":
 * every program 要確認, 0/N (checked here and by first-screen.spec.ts).
 *
 * Ports: the site under test is E2E_PORT; the copy's build is served on
 * E2E_PORT+2 and its decap-server listens on E2E_PORT+3 (cms.spec.ts uses
 * E2E_PORT+1 and CMS_PROXY_PORT, so both can run at once).
 */
const root = path.resolve(__dirname, "../..");
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const SITE_PORT = E2E_PORT + 2;
const PROXY_PORT = E2E_PORT + 3;
const SCREEN = { width: 390, height: 844 };
const today = japanToday(new Date());
const source = readSourceNumbers(path.join(root, SOURCE_DIR)).digits;
const digits = (n: string) => n.replace(/\D/g, "");
const config = parse(fs.readFileSync(path.join(root, CMS_CONFIG_FILE), "utf8")) as { collections: { name: string; fields?: DecapField[] }[] };
const form = config.collections.find((c) => c.name === "programs")!.fields!;
const reviewsField = field(form, "reviews");

/** The program to review: the first whose main number is the guidebook's; its new number a valid one the guidebook lacks. */
const target = programs.find((p) => source.has(digits(callNumbers(mainDesk(p))[0].number)))!;
const before = callNumbers(mainDesk(target))[0].number;
const after = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => before.replace(/\d$/, (last) => String((Number(last) + d) % 10))).find((n) => checkJapanesePhone(n).ok && !source.has(digits(n)))!;
const review = { edition: settings.edition, date: today, method: "電話" as const, department: "商工労働部 商工政策課" };
const expectedLine = freshnessText({ state: "reviewed", ...review });

test.describe.configure({ mode: "serial" });

let work: string;
let repo: string;
let git: (...args: string[]) => string;
let backend: Awaited<ReturnType<typeof startLocalBackend>> | undefined;
let site: RunningServer | undefined;
let page: Page;
/** A script of the project, run in a copy as npm would run it there; its exit status and output. */
function script(dir: string, file: string, ...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), file, ...args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GIT_DIR: path.join(repo, ".git"), GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "", GITHUB_OUTPUT: "" },
      stdio: "pipe",
    });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

test.beforeAll(async ({ browser }) => {
  ({ work, repo, git } = projectCopy(root, "editions-e2e-"));
  // The guidebook's own edition, as before any year was started on the site.
  fs.writeFileSync(path.join(repo, "content/settings/site.md"), "---\n# yaml-language-server: $schema=../../schemas/settings.schema.json\nedition: 2023\n---\n");
  fs.rmSync(path.join(repo, "docs/editions"), { recursive: true, force: true });
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  page = await context.newPage();
});

test.afterAll(async () => {
  await Promise.allSettled([page?.context().close(), backend?.stop(), site?.stop(), stopBuild?.()]);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test(`npm run edition:start -- ${settings.edition}: the year is current, its checklist written, every program 要確認`, async ({ request }) => {
  const started = script(repo, "scripts/edition-start.ts", String(settings.edition));
  expect(started.status, started.output).toBe(0);
  const written = loadContent(path.join(repo, "content"), repo);
  expect(written.issues).toEqual([]);
  expect(written.settings).toEqual({ edition: settings.edition, started: today });
  const checklist = fs.readFileSync(path.join(repo, `docs/editions/${settings.edition}.md`), "utf8");
  expect(checklist).toContain(`確認済みは 0/${programs.length} 件`);
  expect(checklist.match(/^## \d+\. /gm)).toHaveLength(programs.length);
  git("add", "-A");
  git("commit", "-q", "-m", "edition");

  // The site under test is built from the same content: every program 要確認 (its first screen: first-screen.spec.ts), 0/N on the updates page.
  expect(settings.edition).toBe(written.settings!.edition);
  const updates = await (await request.get(UPDATES_PATH)).text();
  expect(updates).toContain(progressText(editionProgress(programs, settings.edition)));
  expect(programs.every((p) => p.freshness.state === "unreviewed")).toBe(true);
});

test("a program reviewed through /admin with one number changed: refused without the review record, saved with the change recorded", async () => {
  backend = await startLocalBackend({ repo, port: PROXY_PORT });
  await page.goto(`/admin?local_backend=${PROXY_PORT}`);
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.goto(`/admin?local_backend=${PROXY_PORT}#/collections/programs/entries/${target.slug}`);
  await expect(page.getByRole("button", { name: "保存" })).toBeVisible({ timeout: 20_000 });

  await page.locator(`input[value="${before}"]`).first().evaluate((el) => el.setAttribute("data-changed-number", ""));
  await page.locator("[data-changed-number]").fill(after);
  // The number's own record (a number not in the guidebook), as before.
  const record = field(field(form, "contacts").fields!, "confirmed");
  await page.getByLabel(named(field(record.fields!, "date").label)).first().fill(review.date);
  const method = page.getByRole("combobox", { name: named(field(record.fields!, "method").label) }).first();
  await method.fill("電話で確認");
  await method.press("Enter");

  // Without a review record of the edition, the form refuses in the rule's words.
  await page.getByRole("button", { name: "保存" }).click();
  const refusal = page.getByText(/に変更しましたが、令和\d+年度の確認の記録がありません/).first();
  await expect(refusal).toBeVisible();
  await refusal.click();
  expect(git("branch", "--list", `cms/programs/${target.slug}`)).toBe("");

  // 「この内容を確認しました」: the review record's fields, as the schema makes them.
  await fillReview(page, reviewsField, review);
  await page.getByRole("button", { name: "保存" }).click();
  const branch = `cms/programs/${target.slug}`;
  await expect.poll(() => git("branch", "--list", branch), { timeout: 20_000 }).toContain(branch);
  // Saved once the button is disabled again (the branch exists before its commit does).
  await expect(page.getByRole("button", { name: "保存" })).toBeDisabled({ timeout: 20_000 });

  // The file as saved: the review, with the change listed by the form itself.
  const saved = parseFrontMatter(git("show", `${branch}:${target.file}`));
  expect(saved.ok && (saved.data as { reviews: unknown }).reviews).toEqual([{ ...review, changes: [{ field: "contacts[0].tel[0].number", before, after }] }]);
});

let siteBuild: Promise<string> | undefined;
let stopBuild: (() => Promise<void>) | undefined;

test("the saved branch passes the pull-request checks, its comment lists the change, and it starts building", () => {
  const branch = `cms/programs/${target.slug}`;
  const dir = path.join(work, "site");
  fs.mkdirSync(dir);
  execFileSync("sh", ["-c", `git archive ${branch} | tar -x -C "${dir}"`], { cwd: repo });
  for (const [file, args] of [["scripts/validate-content.ts"], ["scripts/content-diff.ts", "main"]] as const) {
    const r = script(dir, file, ...(args ? [args] : []));
    expect(r.status, r.output).toBe(0);
  }
  const comment = script(dir, "scripts/review-comment.ts", "main");
  expect(comment.output).toContain(`確認済み 1/${programs.length}`);
  expect(comment.output).toContain(`| ${before} | ${after} | ${review.date}（${REVIEW_METHOD_PHRASES[review.method]}） |`);

  const build = startBuild(dir);
  stopBuild = build.stop;
  siteBuild = build.done;
});

test("npm run review:due lists the program on and after its due date, and not before", () => {
  const dir = path.join(work, "site");
  const due = loadContent(path.join(dir, "content"), dir).programs.find((p) => p.slug === target.slug)!;
  const nextYear = `${review.edition + 1}-04-01`;
  expect(due.nextReview ?? nextYear).toBe(nextYear);
  const listed = (day: string) => script(dir, "scripts/review-due.ts", "--today", day).output.includes(`| ${target.title} |`);
  expect(listed(`${review.edition + 1}-03-31`)).toBe(false);
  expect(listed(nextYear)).toBe(true);
});

test("built and served: the line beside its number, progress 1/N, the change in its need's feed", async ({ browser }) => {
  test.setTimeout(600_000);
  const dir = await siteBuild!;
  site = await startNext(SITE_PORT, { dir });
  const visitor = await browser.newPage({ viewport: SCREEN, isMobile: true, hasTouch: true });
  try {
    const shots = test.info().outputPath();
    // Before (the site under test) and after, at 390 px.
    for (const [when, origin] of [
      ["before", `http://127.0.0.1:${E2E_PORT}`],
      ["after", site.origin],
    ] as const) {
      await visitor.goto(`${origin}${programPath(target.slug)}`);
      await waitForHydration(visitor);
      const note = visitor.locator("main [data-freshness]").first();
      await expect(note).toHaveText(when === "before" ? freshnessText(target.freshness) : expectedLine);
      const box = (await note.boundingBox())!;
      expect(box.y + box.height, `${when}: the line ends inside the first screen`).toBeLessThan(SCREEN.height);
      await expect(visitor.locator("main a[href^='tel:']").first()).toHaveAttribute("href", `tel:${digits(when === "before" ? before : after)}`);
      await visitor.screenshot({ path: path.join(shots, `program-${when}-390.png`) });
    }
    // Another program still says where its facts come from.
    const other = programs.find((p) => p !== target)!;
    await visitor.goto(`${site.origin}${programPath(other.slug)}`);
    await expect(visitor.locator("main [data-freshness]").first()).toHaveText(freshnessText(other.freshness));

    await visitor.goto(`${site.origin}${UPDATES_PATH}`);
    await waitForHydration(visitor);
    await expect(visitor.locator("[data-progress]")).toHaveText(`確認済み 1/${programs.length}`);
    await expect(visitor.locator(`tr[data-program="${target.slug}"]`)).toContainText("確認済み");
    await expect(visitor.locator("main")).toContainText(`${before} → ${after}`);
    expect((await axe(visitor)).violations).toEqual([]);

    for (const need of target.needs) {
      const res = await visitor.request.get(`${site.origin}${needFeedPath(need.slug)}`);
      expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const entry = readAtom(await res.text()).entries.find((e) => e.text.includes(`${before} → ${after}`));
      expect(entry?.title, need.slug).toBe(`${target.title}: 電話番号を変更（${fiscalYearLabel(review.edition)}の確認）`);
      expect(entry!.text).toContain(`${review.department}`);
    }
  } finally {
    await visitor.close();
  }
});
