// The entry exports exactly what index.d.ts declares, and the declarations carry the types
// generated from Rust (not `any`).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as kehoach from "../pkg/index.js";
import { pkg } from "./helpers.mjs";

const dts = await readFile(new URL("index.d.ts", pkg), "utf8");

test("runtime exports and declared values are the same names", () => {
  const declared = [...dts.matchAll(/^export (?:declare )?(?:function|const) (\w+)/gm)].map(
    (match) => match[1],
  );
  assert.deepEqual(Object.keys(kehoach).sort(), [...new Set(declared)].sort());
  assert.ok(!("initSync" in kehoach) && !("default" in kehoach), "glue init is private");
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
