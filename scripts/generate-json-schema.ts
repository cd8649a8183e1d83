import fs from "node:fs";
import path from "node:path";
import { JSON_SCHEMAS, jsonSchemaText } from "../lib/content/json-schema";

/** `npm run schema`: rewrites schemas/*.json from lib/content/schema.ts. */
const root = path.resolve(__dirname, "..");
for (const file of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), jsonSchemaText(file));
  console.log(`wrote ${file}`);
}
