import path from "node:path";
import { parseArgs } from "node:util";
import { japanToday } from "../lib/content/schedule-status";
import { startEdition } from "./lib/edition-start";

/** `npm run edition:start -- 2027 [--today YYYY-MM-DD]`: see scripts/lib/edition-start.ts. */
const { values, positionals } = parseArgs({ options: { today: { type: "string" } }, allowPositionals: true });
const result = startEdition(path.resolve(__dirname, ".."), Number(positionals[0]), values.today ?? japanToday(new Date()));
if (result.ok) console.log(result.message);
else {
  console.error(result.message);
  process.exit(1);
}
