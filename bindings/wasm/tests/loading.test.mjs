// The loader's checks and errors (load-wasm.js, through the manual entries): what a page gets
// when the .wasm is missing, replaced by an HTML page, served with the wrong type, or not
// WebAssembly at all, and a function called before its module is loaded. A local server plays
// the misconfigured host. This file runs in its own process, so nothing is loaded before it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";

import { pkg } from "./helpers.mjs";
import { init, initSync, validatePlan } from "../pkg/validate-manual.js";
import { init as initImport, importPlanText } from "../pkg/import-manual.js";

const wasm = await readFile(new URL("kehoach_validate_bg.wasm", pkg));
const server = createServer((request, response) => {
  const route = {
    "/index.html": ["text/html; charset=utf-8", "<!doctype html><title>app</title>"],
    "/.vite/deps/kehoach_validate_bg.wasm": ["text/html", "<!DOCTYPE html>\n<html>"],
    "/plain.wasm": ["text/plain", wasm],
    "/not-wasm.wasm": ["application/octet-stream", "PK\u0003\u0004zip"],
  }[request.url];
  if (!route) {
    response.statusCode = 404;
    response.end("not found");
    return;
  }
  response.setHeader("content-type", route[0]);
  response.end(route[1]);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
test.after(() => server.close());

test("a function called before its module is loaded says what to do", () => {
  assert.throws(() => validatePlan("{}"), {
    message: 'kehoach/validate: validatePlan() was called before the WebAssembly module was loaded: await init() (or initSync()) from "kehoach/validate/manual" first',
  });
});

test("an HTML page in place of the .wasm: the error names the URL, the bytes, and the bundler fix", async () => {
  await assert.rejects(init({ wasm: `${base}/index.html` }), (error) => {
    assert.equal(error.url, `${base}/index.html`);
    assert.equal(
      error.message,
      `kehoach/validate: cannot load its WebAssembly module kehoach_validate_bg.wasm from ${base}/index.html: ` +
        "the server answered with an HTML page (first bytes 3c 21 64 6f, content-type text/html; charset=utf-8), not the .wasm file. " +
        "The .wasm file must be served next to the JS that imports it, and a bundler probably moved the JS without it: " +
        "copy kehoach_validate_bg.wasm next to the bundle (esbuild: cp node_modules/kehoach/*.wasm to the output directory), " +
        'or pass its URL or bytes to init() from "kehoach/validate/manual" (README, "Using it with your bundler").',
    );
    return true;
  });
  await assert.rejects(init({ wasm: new URL(`${base}/.vite/deps/kehoach_validate_bg.wasm`) }), {
    message: /Vite's dev server pre-bundled "kehoach\/validate" into node_modules\/\.vite\/deps without its \.wasm files: add optimizeDeps: \{ exclude: \["kehoach"\] \} to vite\.config\.js/,
  });
});

test("a 404, a file that is not WebAssembly, bytes that do not compile, a wrong source type", async () => {
  await assert.rejects(init({ wasm: `${base}/missing.wasm` }), {
    message: new RegExp(`^kehoach/validate: cannot load its WebAssembly module kehoach_validate_bg\\.wasm from ${base}/missing\\.wasm: the server answered 404 Not Found\\. The \\.wasm file must be served next to the JS`),
  });
  await assert.rejects(init({ wasm: fetch(`${base}/not-wasm.wasm`) }), {
    message: /: this is not a WebAssembly module \(first bytes 50 4b 03 04, content-type application\/octet-stream, expected 00 61 73 6d\)\. Serve the package's own kehoach_validate_bg\.wasm, unchanged/,
  });
  const broken = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff]);
  await assert.rejects(init({ wasm: broken }), (error) => {
    assert.match(error.message, /^kehoach\/validate: cannot load its WebAssembly module kehoach_validate_bg\.wasm: it did not compile or link \(/);
    assert.ok(error.cause instanceof WebAssembly.CompileError);
    return true;
  });
  assert.throws(() => initSync({ wasm: "kehoach_validate_bg.wasm" }), TypeError);
  await assert.rejects(init({ wasm: 42 }), TypeError);
});

test("after failures, a right source loads: served as text/plain (checked, then compiled from bytes)", async () => {
  await init({ wasm: `${base}/plain.wasm` });
  assert.ok(validatePlan(await readFile(new URL("../../../examples/plans/lang-son-2023.json", import.meta.url), "utf8")).length > 0);
  await init({ wasm: `${base}/missing.wasm` }); // loaded already: returns at once, fetches nothing
});

test("init() with no source, in Node, reads the file next to the entry", async () => {
  await initImport();
  assert.equal(importPlanText("Số: 11/KH-SVHTTDL").plan.document.number, "11/KH-SVHTTDL");
});
