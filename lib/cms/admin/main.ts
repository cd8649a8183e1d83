import { parse } from "yaml";
import { FILE_NAME_FIELD, FRONT_MATTER_FORMAT } from "./constants";
import { fieldOrder, fromFile, toFile, type FieldOrder } from "./front-matter-format";
import { withMissingPhrases } from "./ja-phrases";

/**
 * The script /admin loads (bundled to public/admin/admin.js by
 * scripts/build-admin.ts). It starts Decap CMS by hand so that, before the
 * first screen, the interface is fully Japanese and files are read and written
 * the way the site reads them.
 */

type Field = { name: string; fields?: Field[]; field?: Field };
type Collection = { name: string; fields?: Field[]; files?: { name: string; fields: Field[] }[] };
type Config = { collections: Collection[]; local_backend?: unknown; [key: string]: unknown };
type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown };
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

  cms.registerLocale("ja", withMissingPhrases(cms.getLocale("ja")));

  const orders = config.collections.flatMap((c) =>
    c.files ? c.files.map((f) => fieldOrder(f.fields)) : c.fields ? [fieldOrder(c.fields)] : [],
  );
  // Decap passes a file's top-level field names; they tell which form (and so which nested order) it came from.
  const orderFor = (keys: string[] = []): FieldOrder =>
    orders.find((o) => o.length === keys.length && o.every((f, i) => f.name === keys[i])) ?? [];
  cms.registerCustomFormat(FRONT_MATTER_FORMAT, "md", {
    fromFile,
    toFile: (data, keys) => toFile(data as Record<string, unknown>, orderFor(keys)),
  });

  cms.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      if (entry.get("newRecord") && !entry.getIn(["data", FILE_NAME_FIELD])) {
        throw new Error("ファイル名（ページの URL）を入力してください（例: business-matching）");
      }
      return undefined;
    },
  });

  cms.init({ config: { ...config, load_config_file: false } });
}
