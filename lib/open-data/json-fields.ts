import { z } from "zod";
import { programSchema } from "@/lib/content/schema";
import { JSON_EXTRA_FIELDS } from "./programs";

/**
 * The fields of programs.json, read from the content schema itself so that a
 * field added to content/ is documented on /data the moment it is published.
 * Descriptions come from the schema's .describe(); the few containers the
 * schema leaves undescribed are named here.
 */
const BY_PATH: Record<string, string> = {
  contacts: "担当窓口の一覧",
  "details[].label": "項目名",
  "details[].value": "内容",
  offices: "事務所・会場の一覧",
  schedule: "日程表",
  "schedule.note": "日程についての注記（例: 開催日は変更になる場合があります）",
  "schedule.venues": "開催地区の一覧",
  links: "関連リンク",
  source: "出典",
  "source.number": "ガイドブックの項目番号",
};
/** Keys that mean the same wherever they appear (contacts[].hours, offices[].hours…). */
const BY_KEY: Record<string, string> = {
  tel: "電話番号の一覧",
  hours: "受付時間",
  open: "受付開始時刻（HH:MM）",
  close: "受付終了時刻（HH:MM）",
  fax: "FAX 番号",
  note: "補足",
  municipality: "市町村（例: 青森市）",
};

export type JsonField = { path: string; type: string; required: boolean; description: string };

type JsonSchemaNode = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
};

function walk(node: JsonSchemaNode, prefix: string, out: JsonField[]) {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const type = child.type ?? child.anyOf?.map((a) => a.type).join(" | ") ?? "any";
    out.push({
      path,
      type: type === "array" && child.items?.type ? `${child.items.type}[]` : type,
      required: node.required?.includes(key) ?? false,
      description: child.description ?? BY_PATH[path] ?? BY_KEY[key] ?? "",
    });
    if (child.properties) walk(child, path, out);
    if (child.items?.properties) walk(child.items, `${path}[]`, out);
  }
}

/** Each program's fields as written in content/ (its front-matter). */
export function programJsonFields(): JsonField[] {
  const schema = z.toJSONSchema(programSchema, { io: "output", unrepresentable: "any" }) as JsonSchemaNode;
  const fields: JsonField[] = [];
  walk(schema, "", fields);
  return fields;
}

/** What programs.json adds to each program beyond its front-matter. */
export function addedJsonFields(): JsonField[] {
  return JSON_EXTRA_FIELDS.map((f) => ({ path: f.name, type: f.type, required: f.required, description: f.description }));
}
