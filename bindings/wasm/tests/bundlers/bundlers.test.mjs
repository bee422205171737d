// The packed package (npm pack of pkg/) in the tools frontends use, each in a fresh project
// with the tarball installed: the Vite 7 and 8 dev servers and `vite build`, webpack 5, esbuild, Rollup,
// no bundler (an import map), a Web Worker loading the modules explicitly, Node ESM, Node
// CommonJS and TypeScript (moduleResolution bundler and nodenext, strict). Every browser case
// opens its page in one shared headless Chromium and checks real results: the example plan's
// diagnostic codes, a quota row of its Q1 evaluation, its report's title and an import.
//
// What a user writes for each tool is the README's (bindings/wasm/README.md, "Using it with
// your bundler"): the blocks marked `<!-- bundler-test: FILE -->` are written into the
// projects as FILE, exactly as the README has them, and the top README must have the same
// blocks. The tools come from ./package.json and its lock (npm ci, see scripts/test.sh); they
// are linked into each project's node_modules, and nothing is downloaded here.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../../..");
const pkg = path.resolve(here, "../../pkg");
const tools = path.join(here, "node_modules");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

// --- what the README says a user writes ----------------------------------------------------

/** The README's marked blocks: { "vite.config.js": "…", … }. */
function snippets(readme) {
  const found = {};
  for (const match of readme.matchAll(/<!-- bundler-test: ([\w.-]+) -->\n```\w*\n([\s\S]*?)```/g)) {
    found[match[1]] = match[2];
  }
  return found;
}
const packageReadme = snippets(await readFile(path.resolve(here, "../../README.md"), "utf8"));
const topReadme = snippets(await readFile(path.join(repo, "README.md"), "utf8"));
const snippet = (name) => {
  assert.ok(packageReadme[name], `bindings/wasm/README.md has no block marked bundler-test: ${name}`);
  return packageReadme[name];
};

// --- what every case must give -------------------------------------------------------------

const data = {
  plan: await readFile(path.join(repo, "examples/plans/lang-son-2023.json"), "utf8"),
  log: await readFile(path.join(repo, "examples/activities/lang-son-2023.jsonl"), "utf8"),
  seed: await readFile(path.join(repo, "examples/plans/lang-son-2023.seed.txt"), "utf8"),
};
const { version } = JSON.parse(await readFile(path.join(pkg, "package.json"), "utf8"));
const expectedTitle = "BÁO CÁO: Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính quý I năm 2023";

function checkResults(result, what) {
  assert.equal(result.failure, undefined, `${what}: ${result.failure}`);
  assert.equal(result.version, version, what);
  assert.deepEqual(result.codes, ["DOC015", "DOC008"], what);
  assert.deepEqual(
    [result.row.period, result.row.required, result.row.achieved, result.row.status],
    ["2023-02", 4, 3, "short"],
    what,
  );
  assert.equal(result.title, expectedTitle, what);
  assert.equal(result.number, "/KH-SVHTTDL", what);
}

// --- projects ------------------------------------------------------------------------------

const work = await mkdtemp(path.join(tmpdir(), "kehoach-bundlers-"));
let tarball;

/** A fresh project: package.json, the packed package installed, the tools linked, the files. */
async function project(name, files, linked = []) {
  const dir = path.join(work, name);
  await mkdir(path.join(dir, "public/data"), { recursive: true });
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: `kehoach-${name}`, private: true, type: "module" }));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", tarball], { cwd: dir });
  await mkdir(path.join(dir, "node_modules/.bin"), { recursive: true });
  for (const link of linked) {
    // "vite=vite8": the tools' vite8 (an npm alias) as the project's vite.
    const [name, tool = name] = link.split("=");
    await mkdir(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
    await symlink(path.join(tools, tool), path.join(dir, "node_modules", name), "dir");
    const manifest = JSON.parse(await readFile(path.join(tools, tool, "package.json"), "utf8"));
    const bins = typeof manifest.bin === "string" ? { [name]: manifest.bin } : (manifest.bin ?? {});
    for (const [bin, file] of Object.entries(bins)) {
      await symlink(path.join(tools, tool, file), path.join(dir, "node_modules/.bin", bin));
    }
  }
  await writeFile(path.join(dir, "public/data/plan.json"), data.plan);
  await writeFile(path.join(dir, "public/data/log.jsonl"), data.log);
  await writeFile(path.join(dir, "public/data/seed.txt"), data.seed);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** Runs a shell command line in a project, its node_modules/.bin first on PATH, offline. */
function shell(dir, line) {
  return run("bash", ["-euo", "pipefail", "-c", line], {
    cwd: dir,
    env: { ...process.env, PATH: `${path.join(dir, "node_modules/.bin")}:${process.env.PATH}`, npm_config_offline: "true" },
    maxBuffer: 16 << 20,
  });
}

// --- serving and the browser ---------------------------------------------------------------

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".jsonl": "application/x-ndjson",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** A static server over the first of `roots` that has the file, answering /data/ from public/. */
function serve(...roots) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let file = decodeURIComponent(url.pathname);
    if (file.endsWith("/")) file += "index.html";
    for (const root of roots) {
      const full = path.join(root, path.normalize(file));
      if (!full.startsWith(root)) break;
      try {
        const body = await readFile(full);
        response.setHeader("content-type", types[path.extname(full)] ?? "application/octet-stream");
        response.end(body);
        return;
      } catch {
        // The next root.
      }
    }
    response.statusCode = 404;
    response.end("not found");
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let browser;

/** Opens `url`, waits for the page's globalThis.kehoachResult (or a page error), returns it
 * with the .wasm and .js files the page fetched and their sizes. */
async function openPage(url, failed = (errors) => errors.length > 0) {
  const page = await browser.newPage();
  const errors = [];
  const fetched = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", async (response) => {
    const name = new URL(response.url()).pathname;
    if (/\.(?:wasm|js|mjs)$/.test(name) && response.status() === 200) {
      fetched.push({ name, bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
    }
  });
  try {
    await page.goto(url);
    const result = await Promise.race([
      page.waitForFunction(() => globalThis.kehoachResult, null, { timeout: 60_000 }).then((handle) => handle.jsonValue()),
      new Promise((resolve) => {
        const poll = setInterval(() => {
          if (failed(errors)) {
            clearInterval(poll);
            resolve({ failure: errors.join("\n"), errors });
          }
        }, 100);
        page.once("close", () => clearInterval(poll));
      }),
    ]);
    return { ...result, fetched };
  } finally {
    await page.close();
  }
}

const shipped = [];
/** Records what a build ships (every .js and .wasm file under dist/) for the summary. */
async function weigh(tool, dist) {
  let js = 0;
  let wasm = 0;
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const { size } = await stat(path.join(entry.parentPath, entry.name));
    if (entry.name.endsWith(".wasm")) wasm += size;
    else if (/\.m?js$/.test(entry.name)) js += size;
  }
  shipped.push(`${tool}: ${wasm} bytes wasm + ${js} bytes js`);
}

/** Weighs the build in `dir/dist` as `tool` (unless `tool` is null), then serves it (with
 * `dir/public` when `publicDir`) and checks the page's results as `what`. */
async function weighAndCheck(dir, tool, what, { publicDir }) {
  const dist = path.join(dir, "dist");
  if (tool) await weigh(tool, dist);
  const server = await (publicDir ? serve(dist, path.join(dir, "public")) : serve(dist));
  try {
    checkResults(await openPage(`http://127.0.0.1:${server.address().port}/`), what);
  } finally {
    server.close();
  }
}

const page = `<!doctype html>
<meta charset="utf-8">
<title>kehoach</title>
`;

before(async () => {
  await run("npm", ["pack", "--silent", "--pack-destination", work, pkg]);
  tarball = path.join(work, (await readdir(work)).find((file) => file.endsWith(".tgz")));
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
  if (shipped.length) console.log(`what each build ships:\n  ${shipped.join("\n  ")}`);
});

const app = await readFile(path.join(here, "app.js"), "utf8");

test("the README's snippets are the same in bindings/wasm/README.md and the top README", () => {
  assert.ok(Object.keys(packageReadme).length >= 5, Object.keys(packageReadme).join());
  assert.deepEqual(topReadme, packageReadme);
});

test("Vite 7 dev server, with the README's vite.config.js", async () => {
  const dir = await project("vite-dev", {
    "vite.config.js": snippet("vite.config.js"),
    "index.html": `${page}<script type="module" src="/main.js"></script>\n`,
    "main.js": app,
  }, ["vite"]);
  const { createServer: createViteServer } = await import("vite");
  const server = await createViteServer({ root: dir, configFile: path.join(dir, "vite.config.js"), logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  await server.listen();
  try {
    const result = await openPage(server.resolvedUrls.local[0]);
    checkResults(result, "vite dev");
    assert.ok(result.fetched.some((file) => file.name.endsWith("/node_modules/kehoach/kehoach_wasm_bg.wasm")), JSON.stringify(result.fetched));
  } finally {
    await server.close();
  }
});

test("Vite 7 dev server without the snippet: the error names the URL and the snippet", async () => {
  const dir = await project("vite-dev-bare", {
    "index.html": `${page}<script type="module" src="/main.js"></script>\n`,
    "main.js": app,
  }, ["vite"]);
  const { createServer: createViteServer } = await import("vite");
  const server = await createViteServer({ root: dir, configFile: false, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  await server.listen();
  try {
    // (Vite may reload the page once, when it discovers dependencies: wait for kehoach's error.)
    const result = await openPage(server.resolvedUrls.local[0], (errors) => errors.some((error) => error.startsWith("kehoach:")));
    assert.ok(result.errors, `the page worked: ${JSON.stringify(result)}`);
    assert.match(
      result.errors.find((error) => error.startsWith("kehoach:")),
      /^kehoach: cannot load its WebAssembly module kehoach_wasm_bg\.wasm from http:\/\/127\.0\.0\.1:\d+\/node_modules\/\.vite\/deps\/kehoach_wasm_bg\.wasm: the server answered with an HTML page \(first bytes 3c 21 64 6f, content-type text\/html\), not the \.wasm file\. Vite's dev server pre-bundled "kehoach" into node_modules\/\.vite\/deps without its \.wasm files: add optimizeDeps: \{ exclude: \["kehoach"\] \} to vite\.config\.js/m,
    );
    assert.ok(snippet("vite.config.js").includes('optimizeDeps: { exclude: ["kehoach"] }'), "the error's fix is the README's");
  } finally {
    await server.close();
  }
});

test("Vite 7 vite build: with no config, and with the README's vite.config.js", async () => {
  const dir = await project("vite-build", {
    "index.html": `${page}<script type="module" src="/main.js"></script>\n`,
    "main.js": app,
  }, ["vite"]);
  for (const config of [null, snippet("vite.config.js")]) {
    if (config) await writeFile(path.join(dir, "vite.config.js"), config);
    const { stdout, stderr } = await shell(dir, "npx vite build --emptyOutDir --logLevel warn");
    assert.doesNotMatch(stdout + stderr, /externalized|warn/i, "vite build warned");
    // Weighed once, with the README's config.
    await weighAndCheck(dir, config ? "vite build" : null, `vite build, ${config ? "with" : "without"} vite.config.js`, { publicDir: false });
  }
});

test("Vite 8 (Rolldown): the dev server with no config and with the README's vite.config.js, and vite build", async () => {
  const dir = await project("vite8", {
    "index.html": `${page}<script type="module" src="/main.js"></script>\n`,
    "main.js": app,
  }, ["vite=vite8"]);
  const { createServer: createViteServer, version: viteVersion } = await import("vite8");
  assert.match(viteVersion, /^8\./);
  for (const config of [null, snippet("vite.config.js")]) {
    if (config) await writeFile(path.join(dir, "vite.config.js"), config);
    const server = await createViteServer({
      root: dir,
      configFile: config ? path.join(dir, "vite.config.js") : false,
      logLevel: "error",
      server: { host: "127.0.0.1", port: 0 },
    });
    await server.listen();
    try {
      checkResults(await openPage(server.resolvedUrls.local[0]), `vite 8 dev, ${config ? "with" : "without"} vite.config.js`);
    } finally {
      await server.close();
    }
  }
  const { stdout, stderr } = await shell(dir, "npx vite build --logLevel warn");
  assert.doesNotMatch(stdout + stderr, /externalized|warn/i, "vite build warned");
  await weighAndCheck(dir, "vite 8 build", "vite 8 build", { publicDir: false });
});

test("webpack 5 (production; nothing kehoach-specific in its config)", async () => {
  const dir = await project("webpack", {
    "src/index.js": app,
    "dist/index.html": `${page}<script src="main.js"></script>\n`,
  }, ["webpack"]);
  const webpack = (await import("webpack")).default;
  // webpack's own defaults, written out: no experiments (top-level await is on since 5.83).
  const config = { mode: "production", context: dir, entry: "./src/index.js", output: { path: path.join(dir, "dist") } };
  const stats = await new Promise((resolve, reject) => webpack(config, (error, result) => (error ? reject(error) : resolve(result))));
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual([info.errors, info.warnings], [[], []]);
  await weighAndCheck(dir, "webpack", "webpack", { publicDir: true });
});

test("esbuild, with the README's command line", async () => {
  const dir = await project("esbuild", {
    "main.js": app,
    "dist/index.html": `${page}<script type="module" src="main.js"></script>\n`,
  }, ["esbuild"]);
  await shell(dir, snippet("esbuild.sh"));
  await weighAndCheck(dir, "esbuild", "esbuild", { publicDir: true });
});

test("esbuild, --loader:.wasm=file and the manual entries, as the README's esbuild-file.js", async () => {
  const rest = app
    .replace('import { evaluate, parsePlan, planSchema, version } from "kehoach";', 'import { evaluate, planSchema, version } from "kehoach/manual";')
    .replace('import { renderReport } from "kehoach/report";', `import reportWasm from "kehoach/kehoach_report_bg.wasm";
import { init as initReport, renderReport } from "kehoach/report/manual";
await initReport({ wasm: new URL(reportWasm, import.meta.url) });`)
    .replace('import { validatePlan } from "kehoach/validate";', `import validateWasm from "kehoach/kehoach_validate_bg.wasm";
import { init as initValidate, validatePlan } from "kehoach/validate/manual";
await initValidate({ wasm: new URL(validateWasm, import.meta.url) });`)
    .replace('import { importPlanText } from "kehoach/import";', `import importWasm from "kehoach/kehoach_import_bg.wasm";
import { init as initImport, importPlanText } from "kehoach/import/manual";
await initImport({ wasm: new URL(importWasm, import.meta.url) });`);
  assert.doesNotMatch(rest, /from "kehoach(?:\/validate|\/import)?";/, "every entry is a manual one");
  const dir = await project("esbuild-file", {
    "main.js": `${snippet("esbuild-file.js")}\n${rest}`,
    "dist/index.html": `${page}<script type="module" src="main.js"></script>\n`,
  }, ["esbuild"]);
  await shell(dir, "npx esbuild main.js --bundle --format=esm --loader:.wasm=file --outdir=dist --log-level=warning");
  const wasm = (await readdir(path.join(dir, "dist"))).filter((file) => file.endsWith(".wasm")).sort();
  assert.deepEqual(wasm.map((file) => file.replace(/-[A-Z0-9]{8}\.wasm$/, "-HASH.wasm")), ["kehoach_import_bg-HASH.wasm", "kehoach_report_bg-HASH.wasm", "kehoach_validate_bg-HASH.wasm", "kehoach_wasm_bg-HASH.wasm"]);
  await weighAndCheck(dir, "esbuild --loader:.wasm=file", "esbuild, --loader:.wasm=file", { publicDir: true });
});

test("Rollup, with the README's rollup.config.mjs", async () => {
  const dir = await project("rollup", {
    "rollup.config.mjs": snippet("rollup.config.mjs"),
    "main.js": app,
    "dist/index.html": `${page}<script type="module" src="main.js"></script>\n`,
  }, ["rollup", "@rollup/plugin-node-resolve", "@web/rollup-plugin-import-meta-assets"]);
  const { stderr } = await shell(dir, "npx rollup -c --silent");
  assert.equal(stderr.trim(), "");
  await weighAndCheck(dir, "rollup", "rollup", { publicDir: true });
});

test("no bundler: a page with the README's import map", async () => {
  const dir = await project("plain", {
    "index.html": `${page}${snippet("index.html")}<script type="module" src="/main.js"></script>\n`,
    "main.js": app,
  });
  const server = await serve(dir, path.join(dir, "public"));
  try {
    const result = await openPage(`http://127.0.0.1:${server.address().port}/`);
    checkResults(result, "no bundler");
    const wasm = result.fetched.filter((file) => file.name.endsWith(".wasm")).map((file) => file.name).sort();
    assert.deepEqual(wasm, ["/node_modules/kehoach/kehoach_import_bg.wasm", "/node_modules/kehoach/kehoach_report_bg.wasm", "/node_modules/kehoach/kehoach_validate_bg.wasm", "/node_modules/kehoach/kehoach_wasm_bg.wasm"]);
  } finally {
    server.close();
  }
});

test("a Web Worker loads each module itself (kehoach/manual): a compiled module, a Response, bytes", async () => {
  const dir = await project("worker", {
    "worker.js": await readFile(path.join(here, "worker.js"), "utf8"),
    "dist/index.html": `${page}<script type="module">
const data = {};
for (const name of ["plan.json", "log.jsonl", "seed.txt"]) data[name.split(".")[0]] = await (await fetch("/data/" + name)).text();
const wasm = (name) => new URL("/wasm/" + name, location.href).href;
const module = await WebAssembly.compileStreaming(fetch(wasm("kehoach_wasm_bg.wasm")));
const worker = new Worker("worker.js", { type: "module" });
worker.onmessage = ({ data }) => { globalThis.kehoachResult = data; };
worker.onerror = (event) => { globalThis.kehoachResult = { failure: "worker: " + event.message }; };
worker.postMessage({ module, reportUrl: wasm("kehoach_report_bg.wasm"), validateUrl: wasm("kehoach_validate_bg.wasm"), importUrl: wasm("kehoach_import_bg.wasm"), data });
</script>
`,
  }, ["esbuild"]);
  // The wasm files where the page chooses (here /wasm/), not next to the bundle.
  await shell(dir, "npx esbuild worker.js --bundle --format=esm --outdir=dist --log-level=warning && mkdir dist/wasm && cp node_modules/kehoach/*.wasm dist/wasm/");
  const server = await serve(path.join(dir, "dist"), path.join(dir, "public"));
  try {
    const result = await openPage(`http://127.0.0.1:${server.address().port}/`);
    checkResults(result, "worker");
    assert.equal(result.early, 'kehoach/validate: validatePlan() was called before the WebAssembly module was loaded: await init() (or initSync()) from "kehoach/validate/manual" first');
    assert.match(result.html, /^kehoach\/import: cannot load its WebAssembly module kehoach_import_bg\.wasm from http:\/\/127\.0\.0\.1:\d+\/index\.html: the server answered with an HTML page \(first bytes 3c 21 64 6f, content-type text\/html; charset=utf-8\), not the \.wasm file\. The \.wasm file must be served next to the JS/);
    assert.ok(!result.fetched.some((file) => file.name === "/kehoach_wasm_bg.wasm"), "the worker fetched the default URL");
  } finally {
    server.close();
  }
});

const nodeProgram = (imports) => `${imports}
import { readFile } from "node:fs/promises";
const plan = parsePlan(await readFile("plan.json", "utf8"));
const log = await readFile("log.jsonl", "utf8");
console.log(JSON.stringify({
  version,
  codes: validatePlan(plan, { lang: "en" }).map((diagnostic) => diagnostic.code),
  row: evaluate(plan, log, "2023-Q1").quotas[0].rows[1],
  title: ((report) => report.title + ": " + report.subject)(JSON.parse(renderReport(plan, log, "2023-Q1", { format: "json" }))),
  number: importPlanText(await readFile("seed.txt", "utf8"), { lang: "en" }).plan.document.number,
}));
`;

test("Node 20: ESM imports by name; CommonJS gets ERR_REQUIRE_ASYNC_MODULE from require(), and await import() or the manual entries work", async () => {
  const dir = await project("node", {
    "main.mjs": nodeProgram(`import { evaluate, parsePlan, version } from "kehoach";
import { renderReport } from "kehoach/report";
import { validatePlan } from "kehoach/validate";
import { importPlanText } from "kehoach/import";`),
    "manual.mjs": nodeProgram(`import { evaluate, initSync, parsePlan, version } from "kehoach/manual";
import { initSync as initReportSync, renderReport } from "kehoach/report/manual";
import { init, validatePlan } from "kehoach/validate/manual";
import { init as initImport, importPlanText } from "kehoach/import/manual";
initSync();
initReportSync();
await init();
await initImport({ wasm: await readFile(new URL(import.meta.resolve("kehoach/kehoach_import_bg.wasm"))) });`),
    "main.cjs": `const { readFileSync } = require("node:fs");
try {
  require("kehoach");
  console.log(JSON.stringify({ code: "loaded" }));
} catch (error) {
  console.log(JSON.stringify({ code: error.code }));
}
${snippet("node.cjs")}
const plan = readFileSync("plan.json", "utf8");
console.log(JSON.stringify({ codes: validatePlan(plan).map((diagnostic) => diagnostic.code) }));
main().catch((error) => { console.error(error); process.exitCode = 1; });
async function main() {
  const { evaluate, parsePlan, version } = await import("kehoach");
  const { renderReport } = await import("kehoach/report");
  const { importPlanText } = await import("kehoach/import");
  const log = readFileSync("log.jsonl", "utf8");
  const parsed = parsePlan(plan);
  console.log(JSON.stringify({
    version,
    codes: validatePlan(parsed).map((diagnostic) => diagnostic.code),
    row: evaluate(parsed, log, "2023-Q1").quotas[0].rows[1],
    title: ((report) => report.title + ": " + report.subject)(JSON.parse(renderReport(parsed, log, "2023-Q1", { format: "json" }))),
    number: importPlanText(readFileSync("seed.txt", "utf8")).plan.document.number,
  }));
}
`,
    "plan.json": data.plan,
    "log.jsonl": data.log,
    "seed.txt": data.seed,
  });
  checkResults(JSON.parse((await run(process.execPath, ["main.mjs"], { cwd: dir })).stdout), "node esm");
  checkResults(JSON.parse((await run(process.execPath, ["manual.mjs"], { cwd: dir })).stdout), "node esm, manual entries");
  const cjs = await run(process.execPath, ["main.cjs"], { cwd: dir });
  const lines = cjs.stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(lines[0], { code: "ERR_REQUIRE_ASYNC_MODULE" });
  assert.deepEqual(lines[1], { codes: ["DOC015", "DOC008"] });
  checkResults(lines[2], "node cjs, await import()");
  assert.match(cjs.stderr, /^(?:\(node:\d+\) ExperimentalWarning: .*\n.*\n)?$/, cjs.stderr);
});

test("TypeScript: moduleResolution bundler and nodenext, strict, against the installed package", async () => {
  const consumer = await readFile(path.resolve(here, "../consumer.ts"), "utf8");
  const manual = await readFile(path.join(here, "manual-consumer.ts"), "utf8");
  const common = { strict: true, noEmit: true, target: "es2022", skipLibCheck: false, noUnusedLocals: true };
  const dir = await project("typescript", {
    "consumer.ts": consumer,
    "manual-consumer.ts": manual,
    "tsconfig.bundler.json": JSON.stringify({ compilerOptions: { ...common, module: "esnext", moduleResolution: "bundler", lib: ["es2022"], types: [] }, files: ["consumer.ts"] }),
    "tsconfig.nodenext.json": JSON.stringify({ compilerOptions: { ...common, module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"], types: [] }, files: ["consumer.ts"] }),
    "tsconfig.node16.json": JSON.stringify({ compilerOptions: { ...common, module: "node16", moduleResolution: "node16", lib: ["es2022"], types: [] }, files: ["consumer.ts"] }),
    "tsconfig.dom.json": JSON.stringify({ compilerOptions: { ...common, module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [] }, files: ["manual-consumer.ts"] }),
  }, ["typescript"]);
  for (const config of ["bundler", "nodenext", "node16", "dom"]) {
    await shell(dir, `npx tsc -p tsconfig.${config}.json`).catch((error) => {
      assert.fail(`tsc -p tsconfig.${config}.json:\n${error.stdout}${error.stderr}`);
    });
  }
});
