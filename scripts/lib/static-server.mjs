// A plain static file server for the load test's comparison column: the same
// built files, held in memory and sent as they are, the way a CDN edge or
// nginx would serve them. Run as its own process so it never shares an event
// loop with the load generator.
//
//   node scripts/lib/static-server.mjs <port> '{"/": "/abs/index.html", ...}'
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const TYPES = { ".html": "text/html; charset=utf-8", ".json": "application/json", ".js": "text/javascript", ".css": "text/css" };
const [port, mapping] = process.argv.slice(2);
const files = new Map(
  Object.entries(JSON.parse(mapping)).map(([url, file]) => [
    url,
    { body: fs.readFileSync(file), type: TYPES[path.extname(file)] ?? "application/octet-stream" },
  ]),
);

http
  .createServer((req, res) => {
    const f = files.get(new URL(req.url ?? "/", "http://x").pathname);
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": f.type, "Content-Length": f.body.length, "Cache-Control": "public, max-age=300" });
    res.end(f.body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
