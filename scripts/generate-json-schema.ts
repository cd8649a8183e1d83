import fs from "node:fs";
import path from "node:path";
import { JSON_SCHEMA_FILES, jsonSchemaText } from "../lib/content/json-schema";
import { loadContent } from "../lib/content/load";

/** `npm run schema`: rewrites schemas/*.json from lib/content/schema.ts and the needs in content/needs/. */
const root = path.resolve(__dirname, "..");
const { needs } = loadContent(path.join(root, "content"), root);
for (const file of JSON_SCHEMA_FILES) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), jsonSchemaText(file, { needs }));
  console.log(`wrote ${file}`);
}
