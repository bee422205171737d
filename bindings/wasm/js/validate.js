// The entry `kehoach/validate`: the plan validator, a WebAssembly module of its own so that pages
// which only evaluate and report never download the rules, and pages which only check plans
// never download the evaluation (docs/npm-package.md). Loads it once, like index.js loads the
// main module, and exports its one function, ready to call.
//
// tests/exports.test.mjs checks these exports against the generated validate.d.ts.

import init, * as glue from "./kehoach_validate.js";
import { loadWasm } from "./load-wasm.js";

await loadWasm(init, new URL("./kehoach_validate_bg.wasm", import.meta.url));

export const { validatePlan } = glue;
