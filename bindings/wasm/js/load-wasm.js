// Instantiates one of the package's WebAssembly modules through its wasm-bindgen glue
// (`--target web`), for every entry and every condition (browser and Node): the `…-manual.js`
// modules call it from their `init()` and `initSync()`, and the entries that load themselves
// (index.js, validate.js, import.js and their `.node.js` twins) call those.
//
// It imports nothing, so no bundler ever sees a Node module here. The source of a module is
// what the user passed (a URL, the bytes, a fetch Response or a promise of one, or a compiled
// WebAssembly.Module) or the entry's default URL, next to the entry's JS file. What comes back
// from a URL is checked before it is compiled, so that a missing file, an HTML page served in
// its place (a dev server's fallback, when a bundler moved the JS but not the .wasm) or a wrong
// file gives an error that names the URL and the likely fix, not a bare CompileError.

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const GUIDE = 'README, "Using it with your bundler"';

/** The error every failed load throws: says which module, from where, what went wrong, what to do. */
function loadError(entry, file, where, what, fix, cause) {
  const error = new Error(
    `${entry}: cannot load its WebAssembly module ${file}${where ? ` from ${where}` : ""}: ${what}. ${fix}`,
    cause ? { cause } : undefined,
  );
  if (where) error.url = where;
  return error;
}

/** What to do when the module is not at the URL the JS expected it. */
function misplacedFix(entry, file, url) {
  if (/\/\.vite\/deps(?:_[^/]*)?\//.test(url)) {
    return `Vite's dev server pre-bundled "${entry}" into node_modules/.vite/deps without its .wasm files: ` +
      `add optimizeDeps: { exclude: ["kehoach"] } to vite.config.js (${GUIDE}).`;
  }
  return `The .wasm file must be served next to the JS that imports it, and a bundler probably moved ` +
    `the JS without it: copy ${file} next to the bundle (esbuild: cp node_modules/kehoach/*.wasm to the ` +
    `output directory), or pass its URL or bytes to init() from "${entry}/manual" (${GUIDE}).`;
}

function isThenable(value) {
  return value !== null && (typeof value === "object" || typeof value === "function") && typeof value.then === "function";
}

function isResponse(value) {
  return value !== null && typeof value === "object" && typeof value.arrayBuffer === "function" &&
    typeof value.status === "number" && typeof value.headers?.get === "function";
}

/** The bytes checked: a WebAssembly module, or an error that says what they are instead. */
function checkBytes(bytes, entry, file, where, contentType) {
  const view = bytes instanceof ArrayBuffer
    ? new Uint8Array(bytes)
    : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (MAGIC.every((byte, at) => view[at] === byte)) return bytes;
  const head = Array.from(view.subarray(0, 4), (byte) => byte.toString(16).padStart(2, "0")).join(" ");
  const text = new TextDecoder().decode(view.subarray(0, 64)).trimStart().toLowerCase();
  const type = contentType ? `, content-type ${contentType}` : "";
  if (text.startsWith("<") || /text\/html/i.test(contentType ?? "")) {
    throw loadError(entry, file, where,
      `the server answered with an HTML page (first bytes ${head}${type}), not the .wasm file`,
      where ? misplacedFix(entry, file, where) : `Pass the module's own bytes (${GUIDE}).`);
  }
  throw loadError(entry, file, where,
    `this is not a WebAssembly module (first bytes ${head}${type}, expected 00 61 73 6d)`,
    `Serve the package's own ${file}, unchanged (${GUIDE}).`);
}

/** A Response checked: an error for a failed request, the Response itself when it can be
 * compiled as it streams (application/wasm), otherwise its bytes, checked. */
async function checkResponse(response, entry, file, where) {
  where = where || response.url || "";
  if (!response.ok) {
    const fix = response.status === 404
      ? misplacedFix(entry, file, where)
      : `Check that the server gives the file to this page (${GUIDE}).`;
    throw loadError(entry, file, where, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`, fix);
  }
  const contentType = response.headers.get("content-type");
  if (/^application\/wasm\b/i.test(contentType ?? "") && typeof WebAssembly.instantiateStreaming === "function") {
    return response;
  }
  // A wrong MIME type only costs streaming compilation: the bytes are checked and used.
  return checkBytes(new Uint8Array(await response.arrayBuffer()), entry, file, where, contentType);
}

/** Reads a file: URL in Node (the default source of an entry imported without the "node" export
 * condition), with no import a bundler could see. */
function readFileUrl(url, entry, file, sync) {
  const fs = globalThis.process?.getBuiltinModule?.("node:fs");
  if (!fs) {
    throw loadError(entry, file, url.href, "this runtime cannot read file: URLs",
      `In Node, import "${entry}" (it loads itself), or pass the bytes: init({ wasm: await readFile(…) }) (${GUIDE}).`);
  }
  return sync ? fs.readFileSync(url) : fs.promises.readFile(url);
}

/** The source turned into what the glue's init takes: bytes, a WebAssembly.Module or a Response. */
async function resolve(source, entry, file) {
  if (isThenable(source)) source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return checkBytes(source, entry, file, "");
  if (isResponse(source)) return checkResponse(source, entry, file, "");
  if (typeof source === "string" || (source && typeof source.href === "string")) {
    const base = globalThis.document?.baseURI ?? globalThis.location?.href;
    const url = new URL(String(source), base);
    if (url.protocol === "file:") return checkBytes(await readFileUrl(url, entry, file, false), entry, file, url.href);
    let response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw loadError(entry, file, url.href, `the request failed (${error.message})`,
        `Check the URL and, under a Content-Security-Policy, that connect-src allows it (${GUIDE}).`, error);
    }
    return checkResponse(response, entry, file, url.href);
  }
  throw new TypeError(`${entry}: init({ wasm }) takes a URL, the module's bytes, a fetch Response (or a promise of one) or a WebAssembly.Module; got ${Object.prototype.toString.call(source)}`);
}

/**
 * Loads a module into its glue: `source`, or `defaultUrl` when it is undefined.
 * @param {string} entry the package entry, e.g. "kehoach/validate" (for messages)
 * @param {(options: { module_or_path: unknown }) => Promise<unknown>} glueInit the glue's default export
 * @param {unknown} source what the user passed, or undefined
 * @param {URL} defaultUrl the .wasm next to the entry
 */
export async function loadWasm(entry, glueInit, source, defaultUrl) {
  const file = defaultUrl.pathname.slice(defaultUrl.pathname.lastIndexOf("/") + 1);
  const where = source === undefined ? defaultUrl.href : typeof source === "string" || typeof source?.href === "string" ? String(source) : "";
  const input = await resolve(source === undefined ? defaultUrl : source, entry, file);
  try {
    await glueInit({ module_or_path: input });
  } catch (error) {
    throw loadError(entry, file, where, `it did not compile or link (${error.message})`,
      `Serve the package's own ${file}, unchanged, from the same version of ${entry} (${GUIDE}); ` +
        `under a Content-Security-Policy, script-src needs 'wasm-unsafe-eval'.`, error);
  }
}

/**
 * Loads a module into its glue synchronously: `source` must be the bytes or a
 * WebAssembly.Module; in Node it may be undefined (the file next to the entry is read).
 */
export function loadWasmSync(entry, glueInitSync, source, defaultUrl) {
  const file = defaultUrl.pathname.slice(defaultUrl.pathname.lastIndexOf("/") + 1);
  if (source === undefined && defaultUrl.protocol === "file:") source = readFileUrl(defaultUrl, entry, file, true);
  if (!(source instanceof WebAssembly.Module)) {
    if (!(source instanceof ArrayBuffer || ArrayBuffer.isView(source))) {
      throw new TypeError(`${entry}: initSync({ wasm }) takes the module's bytes or a WebAssembly.Module` +
        ` (a URL or a Response needs await init({ wasm }))`);
    }
    checkBytes(source, entry, file, "");
  }
  try {
    glueInitSync({ module: source });
  } catch (error) {
    throw loadError(entry, file, "", `it did not compile or link (${error.message})`,
      `Pass the package's own ${file}, unchanged, from the same version of ${entry} (${GUIDE}).`, error);
  }
}
