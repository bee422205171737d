// The package's functions on real input: the example plan, and inputs spoilt one way each.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { parsePlan, planSchema, version } from "../pkg/index.js";
import { cargoVersion, example, examplePlan, exampleText, pkg } from "./helpers.mjs";
import { cli } from "./vectors.mjs";

/** Asserts that `run` throws a plain `Error` (not a wasm trap) and returns it. */
function thrown(run) {
  let error;
  assert.throws(run, (caught) => {
    error = caught;
    return true;
  });
  assert.ok(error instanceof Error, `expected an Error, got ${error}`);
  assert.ok(!(error instanceof WebAssembly.RuntimeError), `a wasm trap escaped: ${error}`);
  assert.equal(error.name, "Error");
  return error;
}

/** Asserts that nothing in `value` is a Map, Set or class instance: only JSON shapes. */
function assertPlain(value, where = "") {
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlain(item, `${where}/${index}`));
  } else if (value !== null && typeof value === "object") {
    assert.equal(Object.getPrototypeOf(value), Object.prototype, `not a plain object at ${where}`);
    for (const [key, item] of Object.entries(value)) assertPlain(item, `${where}/${key}`);
  } else {
    assert.ok(["string", "number", "boolean"].includes(typeof value) || value === null, where);
  }
}

test("version is the crate's version and the package's", async () => {
  assert.equal(version, await cargoVersion());
  const manifest = JSON.parse(await readFile(new URL("package.json", pkg), "utf8"));
  assert.equal(version, manifest.version);
});

test("planSchema is the plan's JSON Schema: the core's, and the same as the shipped file", async () => {
  const schema = planSchema();
  assert.equal(schema.title, "Plan");
  assert.equal(schema.additionalProperties, false);
  assert.ok(schema.required.includes("document"));
  assertPlain(schema);
  const { status, stdout } = cli()(["schema", "plan"]);
  assert.equal(status, 0);
  assert.deepEqual(schema, JSON.parse(stdout), "the CLI's `kehoach schema plan` generates it from the core");
  const shipped = JSON.parse(await readFile(new URL("plan.schema.json", pkg), "utf8"));
  assert.deepEqual(schema, shipped);
  // Each call gives a fresh object: a caller editing one cannot spoil the next.
  schema.title = "changed";
  assert.equal(planSchema().title, "Plan");
});

test("parsePlan returns the example plan, from its object and from its JSON text", () => {
  const fromObject = parsePlan(example);
  assert.deepEqual(fromObject, example);
  assertPlain(fromObject);
  assert.deepEqual(parsePlan(exampleText), example);
  assert.equal(fromObject.document.number, "/KH-SVHTTDL");
  assert.equal(fromObject.quotas[0].min, 4);
});

test("parsePlan normalises text to Unicode NFC", () => {
  const plan = examplePlan();
  plan.document.issued.place = "La\u0323ng So\u031Bn"; // "Lạng Sơn" decomposed
  const parsed = parsePlan(plan);
  assert.equal(parsed.document.issued.place, "Lạng Sơn".normalize("NFC"));
  assert.notEqual(parsed.document.issued.place, plan.document.issued.place);
});

test("an unknown key is an error naming the key and its path", () => {
  const plan = examplePlan();
  plan.document.colour = "red";
  const error = thrown(() => parsePlan(plan));
  assert.match(error.message, /unknown key `colour`/);
  assert.match(error.message, / at \/document\/colour$/);
  assert.equal(error.path, "/document/colour");
});

test("a wrong type is an error with its path", () => {
  const plan = examplePlan();
  plan.quotas[0].min = "four";
  const error = thrown(() => parsePlan(JSON.stringify(plan)));
  assert.match(error.message, /invalid type: string "four"/);
  assert.equal(error.path, "/quotas/0/min");
  assert.match(error.message, /\/quotas\/0\/min/);
});

test("an impossible date is an error with its path", () => {
  const plan = examplePlan();
  plan.legalBases[0].date = "2023-02-30";
  const error = thrown(() => parsePlan(plan));
  assert.match(error.message, /2023-02-30/);
  assert.equal(error.path, "/legalBases/0/date");
});

test("a missing key and a wrong schemaVersion are errors that say so", () => {
  const missing = examplePlan();
  delete missing.units;
  assert.match(thrown(() => parsePlan(missing)).message, /missing key `units`/);

  const newer = { ...examplePlan(), schemaVersion: 99 };
  const error = thrown(() => parsePlan(newer));
  assert.match(error.message, /unsupported schemaVersion 99/);
  assert.equal(error.path, "/schemaVersion");
});

test("malformed JSON text is an error with line and column", () => {
  const error = thrown(() => parsePlan('{\n  "schemaVersion": 1,\n  "year": }'));
  assert.match(error.message, /not valid JSON/);
  assert.equal(error.line, 3);
  assert.equal(typeof error.column, "number");
  assert.match(error.message, /\(line 3, column \d+\)/);
});

test("values that are not a plan object are errors, not wasm traps", () => {
  for (const value of [42, null, true, [], "42", "null", ""]) {
    const error = thrown(() => parsePlan(value));
    assert.match(error.message, /^plan: /, `for ${JSON.stringify(value)}`);
  }
  assert.match(thrown(() => parsePlan(42)).message, /expected a JSON object/);
  assert.match(thrown(() => parsePlan(undefined)).message, /got undefined/);
  assert.match(thrown(() => parsePlan(() => {})).message, /got a function/);
  assert.match(thrown(() => parsePlan(Symbol("plan"))).message, /got a symbol/);
  assert.match(thrown(() => parsePlan(10n)).message, /cannot be written as JSON/);
  const cyclic = examplePlan();
  cyclic.document.self = cyclic;
  assert.match(thrown(() => parsePlan(cyclic)).message, /cannot be written as JSON/);
  assert.match(thrown(() => parsePlan()).message, /got undefined/);
});

test("the module still works after every kind of error", () => {
  for (const value of [null, "{", { schemaVersion: 1 }, 10n]) {
    thrown(() => parsePlan(value));
  }
  assert.deepEqual(parsePlan(example), example);
});
