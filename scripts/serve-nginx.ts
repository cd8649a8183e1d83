import { startNginx } from "./lib/nginx-server";
import { stopOnExit } from "./lib/next-server";

/**
 * `npm run serve:nginx`: the export (npm run export) served by nginx in the
 * foreground at http://127.0.0.1:$PORT (default 8080) until Ctrl-C, from the
 * project's own configuration and a scratch folder (nothing in /etc/nginx).
 */
async function main() {
  const server = await startNginx({ port: Number(process.env.PORT ?? 8080), foreground: true });
  stopOnExit(server);
  console.log(`nginx: ${server.origin}/ (export ${process.env.EXPORT_DIR ?? "out"}/, prefix ${server.prefix}) — Ctrl-C で停止`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
