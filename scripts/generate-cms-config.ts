import fs from "node:fs";
import path from "node:path";
import { CMS_CONFIG_FILE, cmsConfigText } from "../lib/cms/config";

/** `npm run cms:config`: rewrites public/admin/config.yml (the /admin forms) from lib/content/schema.ts and content/. */
const root = path.resolve(__dirname, "..");
void cmsConfigText(root).then((text) => {
  fs.writeFileSync(path.join(root, CMS_CONFIG_FILE), text);
  console.log(`wrote ${CMS_CONFIG_FILE}`);
});
