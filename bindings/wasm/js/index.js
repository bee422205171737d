// The entry of the npm package `kehoach`: loads the WebAssembly module once, then exports the
// bindings, ready to call (no init step for users).
//
// One ES module serves Node 20, browsers and bundlers (docs/npm-package.md says why):
// wasm-bindgen's `--target web` glue instantiates the module from a URL next to this file
// (load-wasm.js). Browsers fetch it, and bundlers see `new URL("…", import.meta.url)` and ship
// the file. The validator and the importer are modules of their own behind `kehoach/validate`
// (validate.js) and `kehoach/import` (import.js), which this entry does not load.
//
// The exports are listed by name (not `export *`) so the glue's own init functions stay
// private; tests/exports.test.mjs checks this list against the generated index.d.ts.

import init, * as glue from "./kehoach_wasm.js";
import { loadWasm } from "./load-wasm.js";

await loadWasm(init, new URL("./kehoach_wasm_bg.wasm", import.meta.url));

/** The version of kehoach, e.g. `"0.1.0"`. */
export const version = glue.version();

export const { evaluate, parsePlan, renderReport } = glue;

// The schema is plain data, generated into the package as JS: it costs the wasm nothing.
export { planSchema } from "./plan-schema.js";
