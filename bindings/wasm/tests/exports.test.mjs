// Each entry exports exactly what its .d.ts declares, the declarations carry the types generated
// from Rust (not `any`), each entry loads only its own module, its manual twin exports the same
// plus init and initSync, and the export conditions keep Node imports out of browser files.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import * as kehoach from "../pkg/index.node.js";
import * as reporter from "../pkg/report.node.js";
import * as validator from "../pkg/validate.node.js";
import * as importer from "../pkg/import.node.js";
import * as wordImporter from "../pkg/import-docx.node.js";
import * as docx from "../pkg/docx.node.js";
import * as consolidator from "../pkg/consolidate.node.js";
import * as consolidatedReporter from "../pkg/consolidated-report.node.js";
import * as kehoachBrowser from "../pkg/index.js";
import * as kehoachManual from "../pkg/index-manual.js";
import * as reporterManual from "../pkg/report-manual.js";
import * as validatorManual from "../pkg/validate-manual.js";
import * as importerManual from "../pkg/import-manual.js";
import * as wordImporterManual from "../pkg/import-docx-manual.js";
import * as docxManual from "../pkg/docx-manual.js";
import * as consolidatorManual from "../pkg/consolidate-manual.js";
import * as consolidatedReporterManual from "../pkg/consolidated-report-manual.js";
import { pkg } from "./helpers.mjs";

const dts = await readFile(new URL("index.d.ts", pkg), "utf8");
const reportDts = await readFile(new URL("report.d.ts", pkg), "utf8");
const validateDts = await readFile(new URL("validate.d.ts", pkg), "utf8");
const importDts = await readFile(new URL("import.d.ts", pkg), "utf8");
const importDocxDts = await readFile(new URL("import-docx.d.ts", pkg), "utf8");
const docxDts = await readFile(new URL("docx.d.ts", pkg), "utf8");
const consolidateDts = await readFile(new URL("consolidate.d.ts", pkg), "utf8");
const consolidatedReportDts = await readFile(new URL("consolidated-report.d.ts", pkg), "utf8");
const manifest = JSON.parse(await readFile(new URL("package.json", pkg), "utf8"));

/** The names of the functions and constants a declaration file exports. */
function declaredValues(text) {
  return [...new Set([...text.matchAll(/^export (?:declare )?(?:function|const) (\w+)/gm)].map((match) => match[1]))].sort();
}

/** What importing an entry loads: the entry, its glue, the shared loader (and the schema). */
const entries = [
  { name: "kehoach", file: "index", files: ["index.js", "index.node.js", "index-manual.js", "kehoach_wasm.js", "load-wasm.js", "plan-schema.js"], module: "kehoach_wasm" },
  { name: "kehoach/report", file: "report", files: ["report.js", "report.node.js", "report-manual.js", "kehoach_report.js", "load-wasm.js"], module: "kehoach_report" },
  { name: "kehoach/validate", file: "validate", files: ["validate.js", "validate.node.js", "validate-manual.js", "kehoach_validate.js", "load-wasm.js"], module: "kehoach_validate" },
  { name: "kehoach/import", file: "import", files: ["import.js", "import.node.js", "import-manual.js", "kehoach_import.js", "load-wasm.js"], module: "kehoach_import" },
  { name: "kehoach/import-docx", file: "import-docx", files: ["import-docx.js", "import-docx.node.js", "import-docx-manual.js", "kehoach_import_docx.js", "load-wasm.js"], module: "kehoach_import_docx" },
  { name: "kehoach/docx", file: "docx", files: ["docx.js", "docx.node.js", "docx-manual.js", "kehoach_docx.js", "load-wasm.js"], module: "kehoach_docx" },
  { name: "kehoach/consolidate", file: "consolidate", files: ["consolidate.js", "consolidate.node.js", "consolidate-manual.js", "kehoach_consolidate.js", "load-wasm.js"], module: "kehoach_consolidate" },
  { name: "kehoach/consolidated-report", file: "consolidated-report", files: ["consolidated-report.js", "consolidated-report.node.js", "consolidated-report-manual.js", "kehoach_consolidated_report.js", "load-wasm.js"], module: "kehoach_consolidated_report" },
];

test("runtime exports and declared values are the same names", () => {
  assert.deepEqual(Object.keys(kehoach).sort(), declaredValues(dts));
  assert.deepEqual(Object.keys(kehoach).sort(), ["evaluate", "parsePlan", "planSchema", "version"]);
  for (const entry of [kehoach, reporter, validator, importer, wordImporter, docx, consolidator, consolidatedReporter]) {
    assert.ok(!("initSync" in entry) && !("default" in entry), "glue init is private");
  }
  assert.deepEqual(Object.keys(reporter).sort(), declaredValues(reportDts));
  assert.deepEqual(Object.keys(reporter), ["renderReport"]);
  assert.deepEqual(Object.keys(validator).sort(), declaredValues(validateDts));
  assert.deepEqual(Object.keys(validator), ["validatePlan"]);
  assert.deepEqual(Object.keys(importer).sort(), declaredValues(importDts));
  assert.deepEqual(Object.keys(importer).sort(), ["importPlanText"]);
  assert.deepEqual(Object.keys(wordImporter).sort(), declaredValues(importDocxDts));
  assert.deepEqual(Object.keys(wordImporter).sort(), ["importPlanDocx"]);
  assert.deepEqual(Object.keys(docx).sort(), declaredValues(docxDts));
  assert.deepEqual(Object.keys(docx).sort(), ["planDocx", "reportDocx"]);
  assert.deepEqual(Object.keys(consolidator).sort(), declaredValues(consolidateDts));
  assert.deepEqual(Object.keys(consolidator), ["consolidate"]);
  assert.deepEqual(Object.keys(consolidatedReporter).sort(), declaredValues(consolidatedReportDts));
  assert.deepEqual(Object.keys(consolidatedReporter), ["renderConsolidated"]);
});

test("each entry loads only its own module: no entry names another's files", async () => {
  for (const entry of entries) {
    const others = entries.filter((other) => other !== entry).map((other) => other.module);
    // A module's name ends at its glue's ".js" or its "_bg.wasm" (kehoach_consolidate is a
    // prefix of kehoach_consolidated_report).
    const pattern = new RegExp(`["'\`][^"'\`]*(?:${others.join("|")})(?:\\.js|_bg\\.wasm)`);
    for (const file of entry.files) {
      const source = await readFile(new URL(file, pkg), "utf8");
      assert.doesNotMatch(source, pattern, `${file} (of ${entry.name}) names another entry's module`);
    }
  }
  for (const file of ["index.js", "index.node.js", "index-manual.js", "kehoach_wasm.js", "load-wasm.js", "plan-schema.js"]) {
    const source = await readFile(new URL(file, pkg), "utf8");
    assert.doesNotMatch(source, /["'`][^"'`]*\/(?:report|validate|import|docx|consolidate|consolidated-report)\.js/, `${file} names a secondary entry`);
  }
});

test("export conditions: types first, Node files for node, browser files for browser and default, manual twins for all", async () => {
  for (const { name, file } of entries) {
    const subpath = name === "kehoach" ? "." : `./${name.slice("kehoach/".length)}`;
    assert.deepEqual(Object.entries(manifest.exports[subpath]), [
      ["types", `./${file}.d.ts`],
      ["node", `./${file}.node.js`],
      ["browser", `./${file}.js`],
      ["default", `./${file}.js`],
    ]);
    assert.deepEqual(manifest.exports[subpath === "." ? "./manual" : `${subpath}/manual`], {
      types: `./${file}-manual.d.ts`,
      default: `./${file}-manual.js`,
    });
  }
  // What a browser bundler reads, from an entry down to the glue: no Node module, no fetch in Node files.
  for (const { file, module } of entries) {
    for (const browserFile of [`${file}.js`, `${file}-manual.js`, "load-wasm.js", `${module}.js`]) {
      const source = await readFile(new URL(browserFile, pkg), "utf8");
      assert.doesNotMatch(source, /\bimport\s*\(?\s*["'`]node:|\brequire\(/, `${browserFile} imports a Node module`);
    }
    const nodeSource = await readFile(new URL(`${file}.node.js`, pkg), "utf8");
    assert.match(nodeSource, /^import \{ readFile \} from "node:fs\/promises";$/m);
    assert.match(nodeSource, /^await init\(\{ wasm: await readFile\(/m);
  }
});

test("the manual twins: the same functions plus init and initSync, which throw a clear error before loading", async () => {
  assert.deepEqual(Object.keys(kehoachBrowser).sort(), Object.keys(kehoach).sort());
  assert.deepEqual(Object.keys(kehoachManual).sort(), [...Object.keys(kehoach), "init", "initSync"].sort());
  assert.deepEqual(Object.keys(reporterManual).sort(), ["init", "initSync", "renderReport"]);
  assert.deepEqual(Object.keys(validatorManual).sort(), ["init", "initSync", "validatePlan"]);
  assert.deepEqual(Object.keys(importerManual).sort(), ["importPlanText", "init", "initSync"]);
  assert.deepEqual(Object.keys(wordImporterManual).sort(), ["importPlanDocx", "init", "initSync"]);
  assert.deepEqual(Object.keys(docxManual).sort(), ["init", "initSync", "planDocx", "reportDocx"]);
  assert.deepEqual(Object.keys(consolidatorManual).sort(), ["consolidate", "init", "initSync"]);
  assert.deepEqual(Object.keys(consolidatedReporterManual).sort(), ["init", "initSync", "renderConsolidated"]);
  for (const manual of ["index", "report", "validate", "import", "import-docx", "docx", "consolidate", "consolidated-report"]) {
    const text = await readFile(new URL(`${manual}-manual.d.ts`, pkg), "utf8");
    assert.match(text, new RegExp(`^export \\* from "\\./${manual}\\.js";$`, "m"));
    assert.match(text, /^export function init\(options\?: InitOptions\): Promise<void>;$/m);
    assert.match(text, /^export function initSync\(options\?: InitSyncOptions\): void;$/m);
  }
  // Loaded already (the self-loading entries above share the modules): init returns at once.
  await kehoachManual.init({ wasm: "https://example.invalid/never-fetched.wasm" });
  assert.equal(kehoachManual.version, kehoach.version);
});

test("the secondary entries declare no types of their own: they are the main entry's", () => {
  for (const text of [reportDts, validateDts, importDts, docxDts, consolidateDts, consolidatedReportDts]) {
    assert.doesNotMatch(text, /^export (?:interface|type) \w/m);
  }
  assert.match(validateDts, /^import type \{ Diagnostic, Plan \} from "\.\/index\.js";$/m);
  assert.match(validateDts, /^export function validatePlan\(plan: Plan \| string, options\?: \{ lang\?: "vi" \| "en" \}\): Diagnostic\[\];$/m);
  assert.match(importDts, /^import type \{ [\w, ]*\bImportResult\b[\w, ]* \} from "\.\/index\.js";$/m);
  assert.match(importDts, /^export function importPlanText\(text: string, options\?: \{ lang\?: "vi" \| "en" \}\): ImportResult;$/m);
  assert.match(dts, /^export interface ImportResult \{\n(?:.*\n)*?\s+plan: Plan;\n(?:.*\n)*?\s+diagnostics: Diagnostic\[\];/m);
  assert.match(dts, /^export interface Diagnostic \{/m);
  assert.match(reportDts, /^export function renderReport\(plan: Plan \| string, activities: Activity\[\] \| string, period: string, options\?: ReportOptions\): string;$/m);
  assert.match(docxDts, /^export function reportDocx\(plan: Plan \| string, activities: Activity\[\] \| string, period: string, options\?: Omit<ReportOptions, "format">\): Uint8Array;$/m);
  assert.match(docxDts, /^export function planDocx\(plan: Plan \| string, options\?: \{ lang\?: "vi" \| "en" \}\): Uint8Array;$/m);
  assert.match(consolidateDts, /^import type \{ [\w, ]*\bConsolidation\b[\w, ]* \} from "\.\/index\.js";$/m);
  assert.match(consolidateDts, /^export function consolidate\(manifest: .*\bplan\?: Plan \| string; log\?: Activity\[\] \| string .*, period: string, options\?: EvaluateOptions & \{ ranking\?: RankingConfig \}\): Consolidation;$/m);
  assert.match(consolidatedReportDts, /^export function renderConsolidated\(consolidation: Consolidation \| string, options\?: \{ lang\?: Lang; format\?: ReportFormat; signedOn\?: string \}\): string;$/m);
  assert.match(dts, /^export interface Consolidation \{/m);
});

test("declarations use the generated model types", () => {
  for (const name of ["Plan", "Document", "Form", "Quota", "Audience", "LegalBasis", "Unit"]) {
    assert.match(dts, new RegExp(`^export interface ${name} \\{`, "m"), name);
  }
  assert.match(dts, /^export type FormKind = "meeting" \| "website-article" \|/m);
  assert.match(dts, /^export function parsePlan\(plan: Plan \| string\): Plan;$/m);
  assert.match(dts, /^export function planSchema\(\): Record<string, unknown>;$/m);
  assert.match(dts, /^export const version: string;$/m);
  for (const text of [dts, reportDts, validateDts, importDts, docxDts, consolidateDts, consolidatedReportDts]) {
    assert.doesNotMatch(text, /:\s*any\b|\bany\[\]|<any>/, "a declaration fell back to any");
  }
});
