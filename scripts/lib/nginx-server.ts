import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { quote } from "../../lib/export/nginx-config";
import { freePort, groupStopper, ROOT, waitFor, type RunningServer } from "./next-server";

/**
 * nginx in the foreground on loopback, serving an export (npm run export)
 * with the configuration the export wrote, from a scratch prefix folder that
 * holds its pid, log and temp files, so it needs nothing from /etc/nginx and
 * runs the same as root or as a normal user. Only the listen address differs
 * from out/nginx/site.conf.
 */
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export function exportDir(): string {
  return path.resolve(ROOT, process.env.EXPORT_DIR ?? "out");
}

export function siteConfigFor(dir: string, listen: string): string {
  const file = path.join(dir, "nginx", "site.conf");
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} がありません。先に npm run build と npm run export を実行してください`);
  const conf = fs.readFileSync(file, "utf8");
  if (!/^ {4}listen [^;]+;$/m.test(conf)) throw new Error(`${path.relative(ROOT, file)} に listen の行がありません。npm run export をやり直してください`);
  return conf.replace(/^ {4}listen [^;]+;$/m, `    listen ${listen};`);
}

/**
 * `port` 0 or absent: a free one. `site`: the server configuration for a
 * listen address (default: the export's). Resolves once nginx answers.
 */
export async function startNginx({
  port,
  site = (listen) => siteConfigFor(exportDir(), listen),
  foreground = false,
  readyPath = "/",
}: { port?: number; site?: (listen: string) => string; foreground?: boolean; readyPath?: string } = {}): Promise<RunningServer & { prefix: string }> {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx（${NGINX}）がありません。root で bash scripts/ensure-nginx.sh を実行してください`);
  const p = port || (await freePort(""));
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "site-nginx-"));
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(conf, nginxMainConfig(site(`127.0.0.1:${p}`), prefix));
  const child = spawn(NGINX, ["-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log")], {
    stdio: foreground ? "inherit" : ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const stopGroup = groupStopper(child);
  const stop = async () => {
    await stopGroup();
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${p}`;
  const errorLog = path.join(prefix, "error.log");
  const logged = () => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, "utf8") : "");
  // nginx up but unable to serve (a file it may not read) answers with an error for ever; its log says why at once.
  await waitFor(`${origin}${readyPath}`, () => child.exitCode !== null || /\[(error|crit|alert|emerg)\]/.test(logged())).catch(async (e) => {
    const log = logged();
    await stop();
    throw new Error(`nginx did not serve ${readyPath} at ${origin}: ${log ? "its error log says" : e instanceof Error ? e.message : e}\n${stderr}${log}`);
  });
  return { origin, stop, prefix };
}

/**
 * A whole nginx.conf around the site, for one foreground nginx run from a
 * scratch prefix (npm run serve:nginx, the tests). Its workers run as whoever
 * started it: nginx started by root would hand them to an unprivileged user
 * (nobody), who cannot enter a checkout only root may (a clone under /root,
 * mode 0700), so as root they stay root, as any other user's stay that user.
 * On loopback, in the foreground, they read nothing their starter could not.
 * A host's own nginx (README, Deploying) keeps its own `user` and includes
 * only site.conf, which names none.
 */
function nginxMainConfig(siteConfig: string, prefix: string): string {
  return [
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "daemon off;",
    "master_process on;",
    "worker_processes 1;",
    `pid ${quote(`${prefix}/nginx.pid`)};`,
    `error_log ${quote(`${prefix}/error.log`)} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    "    access_log off;",
    // as Debian's /etc/nginx/nginx.conf has them, so a plain file is served here as on a fresh install
    "    sendfile on;",
    "    tcp_nopush on;",
    "    keepalive_requests 100000;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${quote(`${prefix}/${t}`)};`),
    siteConfig
      .split("\n")
      .map((l) => (l ? `    ${l}` : l))
      .join("\n"),
    "}",
    "",
  ].join("\n");
}
