import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

/**
 * A static file server on loopback for the benchmark, gzip-compressing text
 * as a production server would (Pagefind's own files are compressed already
 * and go out as they are). It counts every byte it sends, headers included,
 * so "bytes before the first result" is what crossed the wire.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export type BenchServer = {
  origin: string;
  sent: () => number;
  reset: () => void;
  /** Off: every response says no-store, so a page that loads again loads everything again (workers included). */
  caching: (on: boolean) => void;
  close: () => Promise<void>;
};

export async function serve(root: string): Promise<BenchServer> {
  let sent = 0;
  let cacheable = true;
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)];
    let body: Buffer = fs.readFileSync(file);
    const headers: Record<string, string> = { "content-type": type ?? "application/octet-stream", "cache-control": cacheable ? "public, max-age=31536000, immutable" : "no-store" };
    if (type && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
      let z = gzipped.get(file);
      if (!z) gzipped.set(file, (z = zlib.gzipSync(body)));
      body = z;
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    sent += body.length + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 17);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => sent,
    reset: () => {
      sent = 0;
    },
    caching: (on) => {
      cacheable = on;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
