// The entry of the npm package `kehoach`: loads the WebAssembly module once, then exports the
// bindings, ready to call (no init step for users).
//
// One ES module serves Node 20, browsers and bundlers (docs/npm-package.md says why):
// wasm-bindgen's `--target web` glue instantiates the module from a URL next to this file.
// Browsers fetch it, and bundlers see `new URL("…", import.meta.url)` and ship the file.
// Node cannot fetch `file:` URLs, so there the bytes are read with `node:fs`; the import is
// dynamic and in a branch browsers never take, and bundlers are told to leave it alone.
//
// The exports are listed by name (not `export *`) so the glue's own init functions stay
// private; tests/exports.test.mjs checks this list against the generated index.d.ts.

import init, * as glue from "./kehoach_wasm.js";

const wasmUrl = new URL("./kehoach_wasm_bg.wasm", import.meta.url);

if (wasmUrl.protocol === "file:" && typeof process === "object" && process.versions?.node) {
  const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ "node:fs/promises");
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

/** The version of kehoach, e.g. `"0.1.0"`. */
export const version = glue.version();

export const { evaluate, importPlanText, parsePlan, renderReport, validatePlan } = glue;

// The schema is plain data, generated into the package as JS: it costs the wasm nothing.
export { planSchema } from "./plan-schema.js";
