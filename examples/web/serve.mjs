// Serves the dashboard and the built npm package on 127.0.0.1, so the page works with the
// network off: `node examples/web/serve.mjs [port]` (port 0 picks a free one).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};
// Only these folders are served: the page, the package, and the example data.
const allowed = ["examples/web/", "examples/plans/", "examples/activities/", "examples/province/", "bindings/wasm/pkg/"];

export function startServer(port = 0) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      let path = decodeURIComponent(url.pathname).replace(/^\/+/, "");
      if (path === "") {
        response.writeHead(302, { location: "/examples/web/" });
        response.end();
        return;
      }
      if (path.endsWith("/")) path += "index.html";
      const file = normalize(join(root, path));
      const relative = file.slice(root.length + 1).split(sep).join("/");
      if (!file.startsWith(root + sep) || !allowed.some((prefix) => relative.startsWith(prefix))) {
        response.writeHead(404).end("not found");
        return;
      }
      await stat(file);
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, "127.0.0.1", () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const server = await startServer(port);
  const { port: bound } = server.address();
  console.log(`kehoach dashboard: http://127.0.0.1:${bound}/examples/web/`);
}
