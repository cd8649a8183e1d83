import fs from "node:fs";
import path from "node:path";
import { CMS_CONFIG_FILE, cmsConfigText } from "../lib/cms/config";

/** `npm run cms:config`: rewrites public/admin/config.yml (the /admin forms) from lib/content/collections.ts, its schemas and content/. */
const root = path.resolve(__dirname, "..");
fs.writeFileSync(path.join(root, CMS_CONFIG_FILE), cmsConfigText(root));
console.log(`wrote ${CMS_CONFIG_FILE}`);
