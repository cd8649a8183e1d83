import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { readChoices } from "../content/choices";
import { COLLECTIONS, type ChoiceLists, type Collection, type Collections } from "../content/collections";
import { parseSiteUrl } from "../site/config";
import { decapFields, type DecapField, type FormOptions } from "./decap-fields";
import { FILE_NAME_FIELD, FRONT_MATTER_FORMAT, LOCAL_BACKEND_DEFAULT_PORT, NO_MEDIA_LIBRARY, SAVE_CHECK_FIELD, SAVE_CHECK_WIDGET } from "./admin/constants";

/**
 * The Decap CMS configuration behind /admin, generated from the collections'
 * schemas and form options (lib/content/collections.ts) and from content
 * (`npm run cms:config` writes public/admin/config.yml; a test fails when it
 * is stale). Nothing in it is written by hand.
 *
 * Deployment settings come from the environment at build time, never from a
 * default: CMS_REPO (owner/name of the GitHub repository saves go to) and
 * CMS_OAUTH_BASE_URL (the OAuth service editors sign in through; README).
 */

/** Where the generated configuration lives; /admin fetches it from there. */
export const CMS_CONFIG_FILE = "public/admin/config.yml";

/** File names are page URLs; the loader (lib/content/load.ts) accepts only these. */
const SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** The GitHub repository saves go to, from CMS_REPO; undefined when the deployment has not named one. */
export function cmsRepository(value = process.env.CMS_REPO): string | undefined {
  const repo = value?.trim();
  if (!repo) return undefined;
  if (!REPOSITORY.test(repo)) throw new Error(`CMS_REPO「${repo}」は GitHub のリポジトリを owner/name の形で書いてください`);
  return repo;
}

export function buildCmsConfig(projectRoot: string, collections: Collections = COLLECTIONS): Record<string, unknown> {
  const contentDir = path.join(projectRoot, "content");
  const choices = readChoices(projectRoot, collections);
  const repo = cmsRepository();
  const oauthBaseUrl = process.env.CMS_OAUTH_BASE_URL;
  // Read when the file is written, like CMS_OAUTH_BASE_URL: the committed file is the one without any deployment's settings.
  const siteUrl = parseSiteUrl(process.env.SITE_URL);
  return {
    locale: "ja",
    backend: {
      name: "github",
      // Without it /admin says plainly that saving to GitHub is not set up (admin/main.ts); the local backend still works.
      ...(repo ? { repo } : {}),
      branch: "main",
      // Where editors sign in with GitHub: an OAuth client run by the site's operator (README, Deploying).
      ...(oauthBaseUrl ? { base_url: oauthBaseUrl.replace(/\/$/, "") } : {}),
      commit_messages: {
        create: "{{collection}}「{{slug}}」を追加（編集画面から）",
        update: "{{collection}}「{{slug}}」を更新（編集画面から）",
        delete: "{{collection}}「{{slug}}」を削除（編集画面から）",
        uploadMedia: "ファイル「{{path}}」を追加（編集画面から）",
        deleteMedia: "ファイル「{{path}}」を削除（編集画面から）",
      },
    },
    // Only honoured when /admin itself is opened on this computer (localhost or 127.0.0.1): see scripts/cms-local.ts.
    local_backend: { url: `http://127.0.0.1:${LOCAL_BACKEND_DEFAULT_PORT}/api/v1` },
    // Saving opens a branch and a pull request; nothing reaches the site before review and the checks.
    publish_mode: "editorial_workflow",
    // The site shows no images (lib/content/body.ts refuses them): no media folder, no media tab.
    media_library: { name: NO_MEDIA_LIBRARY },
    ...(siteUrl ? { site_url: siteUrl } : {}),
    show_preview_links: false,
    editor: { preview: false },
    collections: Object.entries<Collection>(collections).map(([name, c]) => collectionConfig(name, c, formOptions(c, choices), contentDir, projectRoot)),
  };
}

function formOptions({ form }: Collection, lists: ChoiceLists): FormOptions {
  const choices = Object.entries(form.choices ?? {}).map(([field, list]) => [field, lists[list]] as const);
  return { choices: Object.fromEntries(choices), adjust: form.adjust };
}

function collectionConfig(name: string, c: Collection, options: FormOptions, contentDir: string, projectRoot: string): Record<string, unknown> {
  const fields = [...decapFields(c.schema, options), bodyField(), saveCheckField()];
  const folder = path.relative(projectRoot, path.join(contentDir, c.folder)).split(path.sep).join("/");
  if (c.count === "one") {
    const file = fs.readdirSync(path.join(contentDir, c.folder)).find((f) => f.endsWith(".md"));
    if (!file) throw new Error(`content/${c.folder}/ に .md ファイルがありません`);
    return {
      name,
      label: c.label,
      extension: "md",
      format: FRONT_MATTER_FORMAT,
      // Deleting from the form would commit straight to main, past review; a file is removed by a pull request on GitHub.
      delete: false,
      files: [{ name, label: c.label, file: `${folder}/${file}`, fields }],
    };
  }
  const identifier = fields.find((f) => f.widget === "string" && f.required !== false);
  return {
    name,
    label: c.label,
    label_singular: c.label,
    folder,
    extension: "md",
    format: FRONT_MATTER_FORMAT,
    create: true,
    delete: false,
    slug: `{{fields.${FILE_NAME_FIELD}}}`,
    // In the list of entries: the title and the file name (Decap's {{slug}} there would be the title again).
    ...(identifier ? { identifier_field: identifier.name, summary: `{{fields.${identifier.name}}}（{{filename}}）` } : {}),
    fields: [fileNameField(c.folder), ...fields],
  };
}

/**
 * A new file needs a name, and the name is not part of the front matter:
 * the CMS uses this field for the file name and never writes it (admin/front-matter-format.ts).
 */
function fileNameField(folder: string): DecapField {
  return {
    name: FILE_NAME_FIELD,
    label: "ファイル名（ページの URL）",
    widget: "string",
    required: false,
    hint: `新しく作るときだけ入力します。半角の小文字英数字とハイフン（例: business-matching）。/${folder}/business-matching のような URL になります。作った後は変えられません`,
    pattern: [SLUG_PATTERN, "半角の小文字英数字とハイフンだけで書いてください（例: business-matching）"],
  };
}

/**
 * The body as plain text: the Markdown is what the site renders (lib/markdown/),
 * and a text area has a label screen readers announce, where Decap's Markdown
 * editor is an unlabelled rich-text box.
 */
function bodyField(): DecapField {
  return {
    name: "body",
    label: "本文",
    widget: "text",
    required: false,
    hint: "Markdown で書きます。見出しは「## 」、箇条書きは「- 」。HTML タグと電話番号は書けません（電話番号は上の欄に）",
  };
}

/** The whole page checked as validation checks a file, when 保存 is pressed (admin/widgets.ts); it holds no value. */
function saveCheckField(): DecapField {
  return { name: SAVE_CHECK_FIELD, label: "保存の前の確認", widget: SAVE_CHECK_WIDGET };
}

export function cmsConfigText(projectRoot: string): string {
  const config = buildCmsConfig(projectRoot);
  const header = [
    "# Generated by `npm run cms:config` from lib/content/collections.ts, lib/content/schema/ and content/. Do not edit by hand.",
    ...((config.backend as { repo?: string }).repo
      ? []
      : ["# backend.repo: CMS_REPO was not set, so /admin on a public host says it cannot save; the local backend (npm run cms:local) works."]),
  ];
  return `${header.join("\n")}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
