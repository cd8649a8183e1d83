import { parse } from "yaml";
import { COLLECTIONS, newFileTemplate, type Collection } from "../../content/collections";
import type { Data, FieldOrder } from "../../content/front-matter-writer";
import { japanToday } from "../../content/schedule-status";
import type { NameEntry } from "../../content/schema";
import { FILE_NAME_FIELD, FRONT_MATTER_FORMAT, LOCAL_BACKEND_BRANCH, NO_MEDIA_LIBRARY, SAVE_CHECK_FIELD } from "./constants";
import { fieldsDecapRefused } from "./form-dom";
import type { FormField } from "./form-words";
import { fieldOrder, fromFile, toFile } from "./front-matter-format";
import { answerMissingDrafts, mendThePage, quietRefusedSaves, reloadOnAnotherEntry } from "./page-fixes";
import { STAFF_PHRASES, withStaffPhrases } from "./phrases";
import { clearRefusal, showRefusal } from "./refusal-panel";
import { registerReviewCheck, withChangesRecorded } from "./review-check";
import { checkBeforeSaving, type SaveCheck } from "./save-check";
import { registerObjectWidgets, registerSaveCheckWidget } from "./widgets";

/**
 * The script /admin loads (bundled to public/admin/admin.js by
 * scripts/build-admin.ts). It starts Decap CMS by hand so that, before the
 * first screen, the interface is in the staff's Japanese, files are read and
 * written the way the site reads and writes them, and a save is checked with
 * the check `npm run validate` runs on a file, refused with its words
 * (the save check: widgets.ts, save-check.ts, refusal-panel.ts).
 */

type Collections = { name: string; folder?: string; fields?: FormField[]; files?: { name: string; file: string; fields: FormField[] }[] }[];
type Config = { backend: { repo?: string; branch?: string }; collections: Collections; local_backend?: { url: string }; [key: string]: unknown };
type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown; toJS(): unknown };
type DecapCms = Parameters<typeof registerObjectWidgets>[0] & {
  init(options: { config: Config }): void;
  getLocale(locale: string): Record<string, never> | undefined;
  registerLocale(locale: string, phrases: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(c: string): unknown; toFile(d: unknown, keys?: string[]): string }): void;
  registerMediaLibrary(library: { name: string; init(): unknown }): void;
} & Parameters<typeof registerReviewCheck>[0];

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** Written in at build time (scripts/build-admin.ts): the digits of every number in the guidebook's text. */
declare const SOURCE_PHONE_DIGITS: string[];

/** The panel's heading, which Decap's short notices point to (phrases.ts). */
const PANEL_TITLE = "保存できなかった理由";

window.CMS_MANUAL_INIT = true;
quietRefusedSaves();
reloadOnAnotherEntry();
const script = document.createElement("script");
script.src = "/admin/decap-cms.js";
script.addEventListener("load", () => void start());
document.head.append(script);

async function start() {
  const cms = window.CMS;
  if (!cms) throw new Error("decap-cms.js did not load");
  const config = parse(await (await fetch("/admin/config.yml", { cache: "no-cache" })).text()) as Config;

  // A second local backend (e.g. a test's) on another port: `/admin/?local_backend=8601`.
  // Decap uses a local backend only when /admin itself is on localhost or 127.0.0.1.
  const port = new URLSearchParams(location.search).get("local_backend");
  if (port && /^\d{2,5}$/.test(port)) config.local_backend = { url: `http://127.0.0.1:${port}/api/v1` };

  const local = await localBackendAnswers(config);
  if (!config.backend.repo && !local) {
    notice(
      "この編集画面は、まだ保存先が設定されていません",
      "変更を保存する GitHub のリポジトリが、このサイトのビルドで設定されていません（環境変数 CMS_REPO）。サイトを管理する担当者に、CMS_REPO に「所有者/リポジトリ名」を設定してビルドし直すよう依頼してください。" +
        "このパソコンで試すときは、npm run cms:local を実行してからこのページを開き直してください。",
    );
    return;
  }
  if (local && config.local_backend) {
    // The local backend works in a worktree of its own, on a branch of its own (scripts/lib/cms-local-backend.ts).
    config.backend.branch = LOCAL_BACKEND_BRANCH;
    answerMissingDrafts(config.local_backend.url, (collection, slug) => {
      const c = config.collections.find((x) => x.name === collection);
      // every collection of this site is written as .md (collections.ts)
      return c?.folder ? `${c.folder}/${slug}.md` : c?.files?.find((f) => f.name === slug)?.file;
    });
  }

  cms.registerLocale("ja", withStaffPhrases(cms.getLocale("ja"), STAFF_PHRASES));
  // No images on this site: a media library that offers nothing, which also takes the media button out of the header.
  cms.registerMediaLibrary({ name: NO_MEDIA_LIBRARY, init: () => ({ show: () => undefined, hide: () => undefined, enableStandalone: () => false }) });
  registerObjectWidgets(cms);
  mendThePage();

  const forms = config.collections.map((c) => formOf(c));
  cms.registerCustomFormat(FRONT_MATTER_FORMAT, "md", {
    fromFile: (content) => fromFile(content, forms.map((f) => f.order)),
    // Decap passes a file's top-level field names; they tell which form (and so which order and first lines) it came from.
    toFile: (data, keys) => {
      const form = forms.find((f) => sameKeys(f.order, keys));
      return toFile(data as Data, form?.order, form?.template);
    },
  });

  const sourceDigits = new Set(SOURCE_PHONE_DIGITS);
  const refusal = refusals();
  registerSaveCheckWidget(cms, (entry) => {
    const outcome = checkEntry(entry as Immutable, forms, sourceDigits);
    refusal.found(outcome);
    if (outcome.issues.length) return `直すところが ${outcome.issues.length} か所あります。画面の下の「${PANEL_TITLE}」を見てください。`;
    if (outcome.unchanged) return UNCHANGED;
    return undefined;
  });

  registerReviewCheck(cms);

  cms.init({ config: { ...config, load_config_file: false } });
}

type Form = { name: string; folder: string; fields: FormField[]; order: FieldOrder; template?: string };

function formOf(c: Collections[number]): Form {
  const fields = c.fields ?? c.files?.[0]?.fields ?? [];
  const collection: Collection | undefined = (COLLECTIONS as Record<string, Collection>)[c.name];
  return {
    name: c.name,
    folder: c.folder ?? c.files?.[0]?.file.replace(/\/[^/]+$/, "") ?? "",
    fields,
    order: fieldOrder(fields),
    template: collection ? newFileTemplate(collection) : undefined,
  };
}

const sameKeys = (order: FieldOrder, keys: string[] = []) => order.length === keys.length && order.every((f, i) => f.name === keys[i]);

/** The check of the page as it stands: the file it would write, checked as validation checks it. */
function checkEntry(entry: Immutable, forms: Form[], sourceDigits: ReadonlySet<string>): SaveCheck {
  const form = forms.find((f) => f.name === entry.get("collection"));
  const typed = (entry.get("data") as Immutable).toJS() as Data;
  // A program's changed facts are recorded in the edition's review record when it saves (review-check.ts): checked as they will be written.
  const data = form?.name === "programs" ? withChangesRecorded(entry.get("raw"), typed) : typed;
  if (!form) return { text: "", unchanged: false, issues: [] };
  const isNew = !!entry.get("newRecord");
  const name = isNew ? data[FILE_NAME_FIELD] : entry.get("slug");
  if (!name) return { text: "", unchanged: false, issues: [{ path: [FILE_NAME_FIELD], place: "", message: "ファイル名（ページの URL）を入力してください（例: business-matching）" }] };
  const path = entry.get("path");
  const file = !isNew && typeof path === "string" && path ? path : `${form.folder}/${String(name)}.md`;
  return checkBeforeSaving({ file, data, order: form.order, template: form.template, fields: form.fields, today: japanToday(new Date()), sourceDigits, edition: CURRENT_EDITION, names: NAMES_TABLE });
}

/** Written in at build time (scripts/build-admin.ts): the current edition, from content/settings/, and the names table (content/names/). */
declare const CURRENT_EDITION: number;
declare const NAMES_TABLE: NameEntry[];

const UNCHANGED = "このページは開いたときから変わっていないので、保存するものがありません。";

/**
 * After 保存 is pressed, Decap has asked every field whether the page may be
 * saved (the save check among them) and marked the fields that said no, all
 * before it saves anything. A moment later the panel lists what was found:
 * the save check's problems with their fields, and any field Decap's own
 * checks marked (a field left empty, too few items), so that one out of
 * sight is not missed.
 */
function refusals() {
  let last: SaveCheck | undefined;
  document.addEventListener(
    "click",
    (event) => {
      const button = (event.target as Element | null)?.closest("button");
      if (!button || button.textContent?.trim() !== STAFF_PHRASES.editor.editorToolbar.save) return;
      last = undefined;
      clearRefusal();
      setTimeout(() => {
        const decap = fieldsDecapRefused(document)
          .filter(({ field }) => !field.label.htmlFor.startsWith(`${SAVE_CHECK_FIELD}-`))
          .map(({ field, messages }) => ({ field, place: field.label.firstChild?.textContent ?? "", message: messages.join(" ") }));
        const items = [...decap, ...(last?.issues ?? [])];
        if (items.length) showRefusal(document, PANEL_TITLE, items);
        else if (last?.unchanged) showRefusal(document, "保存しませんでした", [], UNCHANGED);
      }, 300);
    },
    true,
  );
  return { found: (check: SaveCheck) => (last = check) };
}

/** Whether Decap will use the local backend: /admin is on this computer and decap-server answers (Decap asks the same way). */
async function localBackendAnswers(config: Config): Promise<boolean> {
  if (!config.local_backend || !["localhost", "127.0.0.1"].includes(location.hostname)) return false;
  try {
    const res = await fetch(config.local_backend.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' });
    return res.ok;
  } catch {
    return false;
  }
}

function notice(title: string, text: string) {
  const main = document.createElement("main");
  main.className = "aomori-notice";
  const h1 = document.createElement("h1");
  h1.textContent = title;
  const p = document.createElement("p");
  p.textContent = text;
  main.append(h1, p);
  document.body.append(main);
}
