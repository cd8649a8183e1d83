import path from "node:path";
import { LOCAL_BACKEND_DEFAULT_PORT } from "../lib/cms/admin/constants";
import { startLocalBackend } from "./lib/cms-local-backend";
import { stopOnExit } from "./lib/next-server";

/**
 * `npm run cms:local -- [repository]`: the form editor without GitHub, on this
 * computer. Starts Decap's local backend on a git repository (default: this
 * one); open /admin of a server on localhost (`npm run dev` or `npm start`).
 * Saving commits to a branch cms/<collection>/<file> in that repository, the
 * same branch the GitHub backend would open a pull request from.
 */
const repo = path.resolve(process.argv[2] ?? path.resolve(__dirname, ".."));
const port = Number(process.env.CMS_LOCAL_PORT ?? LOCAL_BACKEND_DEFAULT_PORT);
void startLocalBackend({ repo, port }).then((server) => {
  stopOnExit(server);
  const query = port === LOCAL_BACKEND_DEFAULT_PORT ? "" : `?local_backend=${port}`;
  console.log(`編集画面の保存先（decap-server）: ${repo}（${server.origin}）`);
  console.log(`サイトを npm run dev か npm start で動かし、http://127.0.0.1:3000/admin${query} を開いてください。保存は ${repo} のブランチ cms/… になります（Ctrl+C で停止）`);
});
