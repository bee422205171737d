// The entry exports exactly what index.d.ts declares, and the declarations carry the types
// generated from Rust (not `any`).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as kehoach from "../pkg/index.js";
import * as importer from "../pkg/import.js";
import { pkg } from "./helpers.mjs";

const dts = await readFile(new URL("index.d.ts", pkg), "utf8");
const importDts = await readFile(new URL("import.d.ts", pkg), "utf8");

/** The names of the functions and constants a declaration file exports. */
function declaredValues(text) {
  return [...new Set([...text.matchAll(/^export (?:declare )?(?:function|const) (\w+)/gm)].map((match) => match[1]))].sort();
}

test("runtime exports and declared values are the same names", () => {
  assert.deepEqual(Object.keys(kehoach).sort(), declaredValues(dts));
  assert.ok(!("initSync" in kehoach) && !("default" in kehoach), "glue init is private");
  assert.deepEqual(Object.keys(importer).sort(), declaredValues(importDts));
  assert.deepEqual(Object.keys(importer), ["importPlanText"]);
});

test("the main entry does not load the importer, which is only in kehoach/import", async () => {
  assert.ok(!("importPlanText" in kehoach));
  // What `import … from "kehoach"` loads: the entry, its glue, the loader and the schema.
  for (const file of ["index.js", "kehoach_wasm.js", "load-wasm.js", "plan-schema.js"]) {
    const source = await readFile(new URL(file, pkg), "utf8");
    assert.doesNotMatch(source, /["'`][^"'`]*(?:kehoach_import|\/import\.js)/, `${file} names the importer's files`);
  }
  const manifest = JSON.parse(await readFile(new URL("package.json", pkg), "utf8"));
  assert.deepEqual(manifest.exports["./import"], { types: "./import.d.ts", default: "./import.js" });
});

test("kehoach/import declares no types of its own: they are the main entry's", () => {
  assert.doesNotMatch(importDts, /^export (?:interface|type) \w/m);
  assert.match(importDts, /^import type \{ [\w, ]*\bImportResult\b[\w, ]* \} from "\.\/index\.js";$/m);
  assert.match(importDts, /^export function importPlanText\(text: string, options\?: \{ lang\?: "vi" \| "en" \}\): ImportResult;$/m);
  assert.match(dts, /^export interface ImportResult \{\n(?:.*\n)*?\s+plan: Plan;\n(?:.*\n)*?\s+diagnostics: Diagnostic\[\];/m);
});

test("declarations use the generated model types", () => {
  for (const name of ["Plan", "Document", "Form", "Quota", "Audience", "LegalBasis", "Unit"]) {
    assert.match(dts, new RegExp(`^export interface ${name} \\{`, "m"), name);
  }
  assert.match(dts, /^export type FormKind = "meeting" \| "website-article" \|/m);
  assert.match(dts, /^export function parsePlan\(plan: Plan \| string\): Plan;$/m);
  assert.match(dts, /^export function planSchema\(\): Record<string, unknown>;$/m);
  assert.match(dts, /^export const version: string;$/m);
  assert.doesNotMatch(dts, /:\s*any\b|\bany\[\]|<any>/, "a declaration fell back to any");
});
