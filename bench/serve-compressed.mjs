// Serves a built site as GitHub Pages does for the measurements of bench/lighthouse.sh: index.html for a folder,
// each file with its media type, text compressed with gzip. Only for measuring; the preview command is the
// site's own server.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const [root, port] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml", ".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8" };

createServer(async (request, response) => {
  let path = join(root, normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)));
  if (!path.startsWith(root)) { response.writeHead(403).end(); return; }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    const type = types[extname(path)] ?? "application/octet-stream";
    const text = /^(text|image\/svg|application\/(json|xml))/.test(type);
    response.writeHead(200, { "Content-Type": type, ...(text ? { "Content-Encoding": "gzip" } : {}) });
    response.end(text ? gzipSync(body) : body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(Number(port), "127.0.0.1");
