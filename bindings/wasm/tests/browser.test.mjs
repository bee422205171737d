// The built package in a real browser page: headless Chromium loads tests/browser.html from a
// local server, which imports /pkg/index.js, then /pkg/validate.js, then /pkg/import.js, with
// no bundler, and posts its results back (and what the page had fetched before each import).
// Skipped, saying so, where Chromium is not installed (Debian: apt-get install chromium).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

import { example, exampleText, pkg } from "./helpers.mjs";
import { version } from "../pkg/index.node.js";

const chromium = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (candidate) => candidate && existsSync(candidate),
);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/** Serves the page, the built package and the example; resolves with the page's report. */
function serve() {
  let deliver;
  const result = new Promise((resolve) => {
    deliver = resolve;
  });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    if (request.method === "POST" && url.pathname === "/result") {
      let body = "";
      for await (const chunk of request) body += chunk;
      response.end();
      deliver(JSON.parse(body));
      return;
    }
    const page = url.pathname === "/" ? new URL("browser.html", import.meta.url) : null;
    const built = /^\/pkg\/[\w.-]+$/.test(url.pathname) ? new URL(url.pathname.slice(5), pkg) : null;
    try {
      let body;
      if (url.pathname === "/example.json") body = exampleText;
      else if (page || built) body = await readFile(page ?? built);
      else throw new Error("not found");
      response.setHeader("content-type", types[path.extname(page ? "browser.html" : url.pathname)]);
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, result }));
  });
}

test("the package works in a browser page without a bundler, and kehoach/validate and kehoach/import load only when imported", { skip: !chromium && "Chromium not installed" }, async () => {
  const { server, result } = await serve();
  const profile = await mkdtemp(path.join(tmpdir(), "kehoach-chromium-"));
  const browser = spawn(
    chromium,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      `http://127.0.0.1:${server.address().port}/`,
    ],
    { stdio: "ignore", detached: true },
  );
  const exited = new Promise((resolve) => browser.once("exit", resolve));
  try {
    const report = await Promise.race([
      result,
      exited.then((code) => ({ failure: `Chromium exited (${code}) before the page reported` })),
      new Promise((resolve) =>
        setTimeout(() => resolve({ failure: "no report from the page in 60 s" }), 60_000).unref(),
      ),
    ]);
    assert.equal(report.failure, undefined, report.failure);
    assert.equal(report.version, version);
    assert.equal(report.schemaTitle, "Plan");
    assert.deepEqual(report.parsed, example);
    assert.deepEqual(report.error, {
      isError: true,
      isTrap: false,
      message: report.error?.message,
      path: "/document/colour",
    });
    assert.match(report.error.message, /unknown key `colour`/);
    assert.ok(report.beforeValidate.includes("/pkg/kehoach_wasm_bg.wasm"), report.beforeValidate);
    assert.ok(
      !report.beforeValidate.some((file) => /validate|import/.test(file)),
      `the main entry fetched ${report.beforeValidate}`,
    );
    assert.ok(report.beforeImport.includes("/pkg/kehoach_validate_bg.wasm"), report.beforeImport);
    assert.ok(!report.beforeImport.some((file) => file.includes("import")), `kehoach/validate fetched ${report.beforeImport}`);
    assert.ok(report.codes.includes("DOC015"), report.codes.join());
    assert.ok(report.afterImport.includes("/pkg/kehoach_import_bg.wasm"), report.afterImport);
    assert.equal(report.importedNumber, "11/KH-SVHTTDL");
  } finally {
    if (browser.exitCode === null) {
      // Chromium's helpers share its process group, which this test started.
      try {
        process.kill(-browser.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await exited;
    }
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
