import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { COLLECTION_NAMES, COLLECTIONS, type Collection } from "../content/collections";
import { parseIssuesUrl, parseSiteUrl } from "../site/config";
import { readContentOptions, type ContentOptions } from "./content-options";
import { decapFields, type DecapField, type OptionSources } from "./decap-fields";
import { FILE_NAME_FIELD, FRONT_MATTER_FORMAT, LOCAL_BACKEND_DEFAULT_PORT } from "./admin/constants";

/**
 * The Decap CMS configuration behind /admin, generated from the Zod schema and
 * from content (`npm run cms:config` writes public/admin/config.yml; a test
 * fails when the committed file is stale). Nothing in it is written by hand.
 */

/** Which fields offer a choice read from content, by collection and dotted field path. */
function optionSources(o: ContentOptions): Record<string, OptionSources> {
  return {
    programs: {
      categories: o.needs,
      "offices.municipality": o.municipalities,
      "schedule.venues.municipality": o.municipalities,
      related: o.programs,
    },
    needs: {},
    flow: { generalDesks: o.programs },
    areas: { "municipalities.region": o.regions },
  };
}

/** Where the generated configuration lives; /admin fetches it from there. */
export const CMS_CONFIG_FILE = "public/admin/config.yml";

/** File names are page URLs; the loader (lib/content/load.ts) accepts only these. */
const SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

/** The GitHub repository staff's changes go to, from the site's issue link (one place names it). */
export function repositoryOf(issuesUrl: string): string {
  const m = /^https:\/\/github\.com\/([^/]+\/[^/]+)\//.exec(issuesUrl);
  if (!m) throw new Error(`ISSUES_URL (${issuesUrl}) から GitHub のリポジトリ名を読み取れません`);
  return m[1];
}

export async function buildCmsConfig(projectRoot: string): Promise<Record<string, unknown>> {
  const contentDir = path.join(projectRoot, "content");
  const sources = optionSources(await readContentOptions(contentDir));
  const oauthBaseUrl = process.env.CMS_OAUTH_BASE_URL;
  // Read when the file is written, like CMS_OAUTH_BASE_URL: the committed file is the one without any deployment's settings.
  const issuesUrl = parseIssuesUrl(process.env.ISSUES_URL);
  const siteUrl = parseSiteUrl(process.env.SITE_URL);
  return {
    locale: "ja",
    backend: {
      name: "github",
      // The repository is the one the site's issue link names (lib/site/config.ts); a build configured with none names none.
      ...(issuesUrl ? { repo: repositoryOf(issuesUrl) } : {}),
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
    media_folder: "public/uploads",
    ...(siteUrl ? { site_url: siteUrl } : {}),
    show_preview_links: false,
    editor: { preview: false },
    collections: COLLECTION_NAMES.map((name) =>
      collectionConfig(name, COLLECTIONS[name], sources[name] ?? {}, contentDir, projectRoot),
    ),
  };
}

function collectionConfig(
  name: string,
  c: Collection,
  sources: OptionSources,
  contentDir: string,
  projectRoot: string,
): Record<string, unknown> {
  const fields = [...decapFields(c.schema, sources), bodyField()];
  const folder = path.relative(projectRoot, path.join(contentDir, c.folder)).split(path.sep).join("/");
  if (c.count === "one") {
    const file = fs.readdirSync(path.join(contentDir, c.folder)).find((f) => f.endsWith(".md"));
    if (!file) throw new Error(`content/${c.folder}/ に .md ファイルがありません`);
    return {
      name,
      label: c.label,
      extension: "md",
      format: FRONT_MATTER_FORMAT,
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
    slug: `{{fields.${FILE_NAME_FIELD}}}`,
    ...(identifier ? { identifier_field: identifier.name, summary: `{{fields.${identifier.name}}}（{{slug}}）` } : {}),
    fields: [fileNameField(), ...fields],
  };
}

/**
 * A new file needs a name, and the name is not part of the front matter:
 * the CMS uses this field for the file name and never writes it (admin/front-matter-format.ts).
 */
function fileNameField(): DecapField {
  return {
    name: FILE_NAME_FIELD,
    label: "ファイル名（ページの URL）",
    widget: "string",
    required: false,
    hint: "新しく作るときだけ入力します。半角の小文字英数字とハイフン（例: business-matching）。/programs/business-matching のような URL になります。作った後は変えられません",
    pattern: [SLUG_PATTERN, "半角の小文字英数字とハイフンだけで書いてください（例: business-matching）"],
  };
}

function bodyField(): DecapField {
  return {
    name: "body",
    label: "本文",
    widget: "markdown",
    required: false,
    modes: ["raw"],
    hint: "Markdown で書きます。見出しは「## 」、箇条書きは「- 」。HTML タグと電話番号は書けません（電話番号は上の欄に）",
  };
}

export async function cmsConfigText(projectRoot: string): Promise<string> {
  const config = await buildCmsConfig(projectRoot);
  const header = "# Generated by `npm run cms:config` from lib/content/schema.ts and content/. Do not edit by hand.\n";
  return header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}
