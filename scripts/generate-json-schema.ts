import fs from "node:fs";
import path from "node:path";
import { readChoices } from "../lib/content/choices";
import { jsonSchemaFiles, jsonSchemaText } from "../lib/content/json-schema";

/** `npm run schema`: rewrites schemas/*.json from lib/content/collections.ts, its schemas and the choices content holds (the needs). */
const root = path.resolve(__dirname, "..");
const choices = readChoices(root);
for (const file of jsonSchemaFiles()) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), jsonSchemaText(file, choices));
  console.log(`wrote ${file}`);
}
