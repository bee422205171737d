// Benchmark of the npm package `kehoach` (the built package in ../pkg), in one Node process.
// Every figure is a ratio against a baseline measured in the same run (docs/performance.md):
//
//   validatePlan on the generated 1 MB plan  vs  JSON.parse + Ajv checking the same JSON
//                                                against planSchema() (structure only)
//   evaluate in wasm on a generated log      vs  the native figure for the same files
//                                                (`native figure`, written to a JSON file)
//   object vs string at the JSON boundary    for validatePlan and evaluate
//   consolidate on a 200-agency province     vs  1 s (issue 21's goal), and the native figure
//                                                (`native consolidate-figure`)
//
// Usage: node bench/bench.mjs DATA_DIR [NATIVE_FIGURES.json]
//   DATA_DIR holds the files `cargo bench -p kehoach --bench native -- data DIR` writes;
//   NATIVE_FIGURES.json maps a file name to `{ "fastestMs": … }` from `native figure` (logs)
//   and `native validate` (the plan).
// scripts/bench.sh runs it all.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { evaluate, planSchema } from "../pkg/index.js";
import { validatePlan } from "../pkg/validate.js";
import { consolidate } from "../pkg/consolidate.js";

const [dataDir, nativeFile] = process.argv.slice(2);
if (!dataDir) {
  console.error("usage: node bench/bench.mjs DATA_DIR [NATIVE_FIGURES.json]");
  process.exit(2);
}
const read = (name) => readFile(join(dataDir, name), "utf8");
const native = nativeFile ? JSON.parse(await readFile(nativeFile, "utf8")) : {};
const bundledPlanText = await readFile(
  new URL("../../../examples/plans/lang-son-2023.json", import.meta.url),
  "utf8",
);

// Runs the functions in turn, round after round, so that a busy machine slows them alike;
// returns the fastest time of each in ms (the run the machine disturbed least; the native
// figures are the fastest of theirs too). At least `rounds` rounds and `minMs` of running.
function race(fns, { rounds = 7, minMs = 3000, warmUp = 2 } = {}) {
  for (let i = 0; i < warmUp; i++) for (const fn of fns) fn();
  const times = fns.map(() => []);
  const started = performance.now();
  for (let round = 0; round < rounds || performance.now() - started < minMs; round++) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      fn();
      times[i].push(performance.now() - t0);
    });
    if (round > 200) break;
  }
  return times.map((runs) => Math.min(...runs));
}

const rows = [];
const row = (what, ours, base, target) => {
  const ratio = ours / base;
  const verdict = target === undefined ? "—" : `≤ ${target} ${ratio <= target ? "met" : "MISSED"}`;
  rows.push(`| ${what} | ${ours.toFixed(2)} ms | ${base.toFixed(2)} ms | ${ratio.toFixed(2)} | ${verdict} |`);
};

// --- validatePlan against JSON.parse + Ajv ----------------------------------------------------
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
const checkSchema = ajv.compile(planSchema());
for (const [name, text] of [
  ["1 MB plan", await read("plan-1mb.json")],
  ["bundled plan", bundledPlanText],
]) {
  const object = JSON.parse(text);
  if (!checkSchema(object)) {
    console.error(`Ajv rejects the ${name}:`, checkSchema.errors);
    process.exit(1);
  }
  const diagnostics = validatePlan(text);
  if (!Array.isArray(diagnostics)) throw new Error("validatePlan did not return an array");
  const [ajvText, ajvObject, oursText, oursObject] = race([
    () => checkSchema(JSON.parse(text)),
    () => checkSchema(object),
    () => validatePlan(text),
    () => validatePlan(object),
  ]);
  const size = `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`;
  row(`validatePlan(JSON text), ${name} ${size} / JSON.parse + Ajv`, oursText, ajvText, 1.0);
  row(`validatePlan(object), ${name} / JSON.parse + Ajv`, oursObject, ajvText, 1.0);
  row(`validatePlan(object), ${name} / Ajv on the object`, oursObject, ajvObject);
  row(`validatePlan: object / JSON text, ${name}`, oursObject, oursText);
  const figure = name === "1 MB plan" ? native["plan-1mb.json"] : undefined;
  if (figure) {
    if (figure.diagnostics !== diagnostics.length) {
      throw new Error(`${name}: ${figure.diagnostics} diagnostics natively, ${diagnostics.length} in wasm`);
    }
    row(`validatePlan(JSON text), ${name}: wasm / native`, oursText, figure.fastestMs);
  }
}

// --- evaluate in wasm against native -----------------------------------------------------------
const period = "2023";
for (const file of ["log-1e5.jsonl", "log-1e5.json"]) {
  const logText = await read(file);
  const evaluation = evaluate(bundledPlanText, logText, period);
  const records = evaluation.log.records;
  const [wasm] = race([() => evaluate(bundledPlanText, logText, period)], { rounds: 7, minMs: 2000 });
  const figure = native[file];
  if (figure) {
    if (figure.records !== records) {
      throw new Error(`${file}: native read ${figure.records} records, wasm ${records}`);
    }
    row(`evaluate(plan text, log text), ${file} (${records} records): wasm / native`, wasm, figure.fastestMs, 2.5);
  } else {
    rows.push(`| evaluate, ${file}: ${wasm.toFixed(2)} ms in wasm | (no native figure given) | | | |`);
  }
}

// The JSON boundary for evaluate: the records as a JS array of objects, or as JSON text.
{
  const arrayText = await read("log-1e5.json");
  const activities = JSON.parse(arrayText);
  const plan = JSON.parse(bundledPlanText);
  const [asText, asObjects] = race(
    [() => evaluate(bundledPlanText, arrayText, period), () => evaluate(plan, activities, period)],
    { rounds: 5, minMs: 2000 },
  );
  row(`evaluate: objects / JSON text, ${activities.length} records`, asObjects, asText);
}

// --- consolidate a province in wasm ------------------------------------------------------------
// The province as a page holds it after fetching every agency's files: the documents as text.
{
  const dir = join(dataDir, "province-200");
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
  const texts = new Map();
  for (const agency of manifest.agencies) {
    for (const key of ["plan", "log"]) {
      if (!texts.has(agency[key])) texts.set(agency[key], await readFile(join(dir, agency[key]), "utf8"));
      agency[key] = texts.get(agency[key]);
    }
  }
  const result = consolidate(manifest, "2023");
  const { agencies, withData, figures } = result.total;
  if (withData !== agencies) throw new Error(`province-200: ${agencies - withData} agencies without data`);
  const [wasm] = race([() => consolidate(manifest, "2023")], { rounds: 5, minMs: 3000 });
  const what = `consolidate(manifest with texts), ${agencies} agencies, ${figures.activities} records`;
  row(`${what} / 1 s`, wasm, 1000, 1.0);
  const figure = native["province-200"];
  if (figure) row(`${what}: wasm / native`, wasm, figure.fastestMs);
}

console.log("| measurement (fastest runs) | ours | baseline | ratio | target |");
console.log("|---|---|---|---|---|");
for (const line of rows) console.log(line);
