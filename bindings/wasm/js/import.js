// The entry `kehoach/import`: the plan importer, a WebAssembly module of its own so that users
// of the main entry `kehoach` never download it (docs/npm-package.md). Loads it once, like
// index.js loads the main module, and exports its one function, ready to call.
//
// tests/exports.test.mjs checks these exports against the generated import.d.ts.

import init, * as glue from "./kehoach_import.js";
import { loadWasm } from "./load-wasm.js";

await loadWasm(init, new URL("./kehoach_import_bg.wasm", import.meta.url));

export const { importPlanText } = glue;
