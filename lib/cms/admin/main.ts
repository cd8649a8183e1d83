import { parse } from "yaml";
import { missingConfirmations } from "./confirmation-check";
import { FILE_NAME_FIELD, FRONT_MATTER_FORMAT } from "./constants";
import { fieldOrder, fromFile, toFile, type FieldOrder } from "./front-matter-format";
import { withJapanesePhrases } from "./ja-phrases";
import { registerReviewCheck } from "./review-check";

/**
 * The script /admin loads (bundled to public/admin/admin.js by
 * scripts/build-admin.ts). It starts Decap CMS by hand so that, before the
 * first screen, the interface is fully Japanese, files are read and written
 * the way the site reads them, and a save that the build would refuse for a
 * missing confirmation record is stopped with the build's own words.
 */

type Field = { name: string; fields?: Field[] };
type Collection = { name: string; fields?: Field[]; files?: { name: string; fields: Field[] }[] };
type Config = { backend: { repo?: string }; collections: Collection[]; local_backend?: { url: string }; [key: string]: unknown };
type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown; toJS(): unknown };
type DecapCms = {
  init(options: { config: Config }): void;
  getLocale(locale: string): Record<string, never> | undefined;
  registerLocale(locale: string, phrases: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(c: string): unknown; toFile(d: unknown, keys?: string[]): string }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
};

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** Written in at build time (scripts/build-admin.ts): digits of every number in the guidebook text, and what the form calls a number's confirmation record. */
declare const SOURCE_PHONE_DIGITS: string[];
declare const CONFIRMATION_RECORD_LABEL: string;

/** An error Decap shows as it is, without "Error: " in front. */
class Refusal extends Error {
  toString() {
    return this.message;
  }
}

window.CMS_MANUAL_INIT = true;
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

  if (!config.backend.repo && !(await localBackendAnswers(config))) {
    notice(
      "この編集画面は、まだ保存先が設定されていません",
      "変更を保存する GitHub のリポジトリが、このサイトのビルドで設定されていません（環境変数 CMS_REPO）。サイトを管理する担当者に、CMS_REPO に「所有者/リポジトリ名」を設定してビルドし直すよう依頼してください。" +
        "このパソコンで試すときは、npm run cms:local を実行してからこのページを開き直してください。",
    );
    return;
  }

  cms.registerLocale("ja", withJapanesePhrases(cms.getLocale("ja")));

  const orders = config.collections.flatMap((c) => (c.files ? c.files.map((f) => fieldOrder(f.fields)) : c.fields ? [fieldOrder(c.fields)] : []));
  // Decap passes a file's top-level field names; they tell which form (and so which nested order) it came from.
  const orderFor = (keys: string[] = []): FieldOrder => orders.find((o) => o.length === keys.length && o.every((f, i) => f.name === keys[i])) ?? [];
  cms.registerCustomFormat(FRONT_MATTER_FORMAT, "md", {
    fromFile: (content) => fromFile(content, orders),
    toFile: (data, keys) => toFile(data as Record<string, unknown>, orderFor(keys)),
  });

  const sourceDigits = new Set(SOURCE_PHONE_DIGITS);
  cms.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      if (entry.get("newRecord") && !entry.getIn(["data", FILE_NAME_FIELD])) {
        throw new Refusal("ファイル名（ページの URL）を入力してください（例: business-matching）");
      }
      const missing = missingConfirmations((entry.get("data") as Immutable).toJS(), sourceDigits, CONFIRMATION_RECORD_LABEL);
      if (missing.length) throw new Refusal(missing.join(" "));
      return undefined;
    },
  });

  registerReviewCheck(cms);
  cms.init({ config: { ...config, load_config_file: false } });
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
  main.style.cssText = "max-width: 40rem; margin: 3rem auto; padding: 0 1rem; font: 1rem/1.8 sans-serif; color: #1a1a1a";
  const h1 = document.createElement("h1");
  h1.textContent = title;
  h1.style.fontSize = "1.5rem";
  const p = document.createElement("p");
  p.textContent = text;
  main.append(h1, p);
  document.body.append(main);
}
