// The manual entries' loading options, type-checked with the DOM's types (tsconfig.dom.json in
// the bundler suite): a URL, a string, a fetch Response or its promise, bytes, a compiled module.

import { init, initSync, parsePlan } from "kehoach/manual";
import type { WasmSource } from "kehoach/manual";
import { init as initValidate, validatePlan } from "kehoach/validate/manual";
import { initSync as initImportSync, importPlanText } from "kehoach/import/manual";
import type { Diagnostic, Plan } from "kehoach";

declare const bytes: Uint8Array;

await init({ wasm: new URL("/assets/kehoach_wasm_bg.wasm", location.href) });
await init({ wasm: "/assets/kehoach_wasm_bg.wasm" });
await init({ wasm: fetch("/assets/kehoach_wasm_bg.wasm") });
await init({ wasm: await fetch("/assets/kehoach_wasm_bg.wasm") });
await init();
await initValidate({ wasm: bytes.buffer as ArrayBuffer });
initSync({ wasm: new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>) });
initImportSync({ wasm: bytes });
const sources: WasmSource[] = [bytes, "x", new URL("x", location.href)];

const plan: Plan = parsePlan("{}");
const diagnostics: Diagnostic[] = validatePlan(plan);
const draft: Plan = importPlanText("Số: 1/KH").plan;

// @ts-expect-error: the source goes in an options object
await init("/assets/kehoach_wasm_bg.wasm");
// @ts-expect-error: so does initSync's
initSync(bytes);
// (The DOM declares WebAssembly.Module as an empty interface, which any value fits, so a wrong
// source inside { wasm } is caught at run time: a TypeError that lists what init takes.)

export { sources, diagnostics, draft };
