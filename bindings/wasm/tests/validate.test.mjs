// validatePlan (the entry `kehoach/validate`, its own wasm module) on every shared validation vector, against the vector's expectation and against
// the CLI's `kehoach validate --format json` on the same input: identical diagnostics.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validatePlan } from "../pkg/validate.js";
import { example } from "./helpers.mjs";
import { cli, inputText, vectors } from "./vectors.mjs";

const all = await vectors("validate");
const run = cli();
const scratch = mkdtempSync(join(tmpdir(), "kehoach-vectors-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

test("there is a vector for the catalogue to run", () => {
  assert.ok(all.length >= 40, `${all.length} vectors`);
});

for (const vector of all) {
  test(`vector ${vector.name}: ${vector.description}`, async () => {
    const text = await inputText(vector);
    const file = join(scratch, vector.name);
    writeFileSync(file, text);
    if (vector.expectedError) {
      assert.throws(() => validatePlan(text), (error) => {
        assert.ok(error instanceof Error && !(error instanceof WebAssembly.RuntimeError));
        assert.equal(error.path, vector.expectedError.path);
        assert.ok(error.message.includes(vector.expectedError.contains), error.message);
        if (vector.expectedError.line !== undefined) assert.equal(error.line, vector.expectedError.line);
        if (vector.expectedError.column !== undefined) assert.equal(error.column, vector.expectedError.column);
        return true;
      });
      const { status, stderr } = run(["validate", file]);
      assert.equal(status, 2, "the CLI calls it unreadable too");
      assert.ok(stderr.includes(vector.expectedError.contains), stderr);
      return;
    }
    const vi = validatePlan(text);
    const en = validatePlan(JSON.parse(text), { lang: "en" });
    assert.deepEqual(vi.map(({ code, path, severity }) => ({ code, path, severity })), vector.expected);
    assert.deepEqual(en.map(({ code, path, severity, params }) => ({ code, path, severity, params })),
      vi.map(({ code, path, severity, params }) => ({ code, path, severity, params })), "languages agree on all but the message");
    for (const lang of ["vi", "en"]) {
      const { status, stdout } = run(["validate", file, "--format", "json", "--lang", lang]);
      assert.deepEqual(JSON.parse(stdout), lang === "vi" ? vi : en, `CLI and package agree (${lang})`);
      assert.equal(status, vi.some((d) => d.severity === "error") ? 1 : 0);
    }
  });
}

test("the bundled plan: no errors, the draft's two warnings", () => {
  const diagnostics = validatePlan(example);
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.code, d.path]), [
    ["warning", "DOC015", "/document/issued/date"],
    ["warning", "DOC008", "/document/number"],
  ].sort((a, b) => (a[2] < b[2] ? -1 : 1)));
  assert.ok(diagnostics.every((d) => d.message.length > 0 && !/\{\w+\}/.test(d.message)));
});

test("options are checked", () => {
  assert.throws(() => validatePlan(example, { lang: "fr" }), /options.lang: unknown language "fr"/);
  assert.throws(() => validatePlan(example, 42), /options: expected an object/);
  assert.equal(validatePlan(example, {}).length, validatePlan(example, null).length);
});
