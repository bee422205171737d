// evaluate and renderReport on every shared evaluation vector and the golden reports: the npm
// package gives the numbers the Rust suite and the CLI give.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate } from "../pkg/index.js";
import { renderReport } from "../pkg/report.js";
import { example, repo } from "./helpers.mjs";
import { cli, vectors } from "./vectors.mjs";

const all = await vectors("evaluate");
const run = cli();
const scratch = mkdtempSync(join(tmpdir(), "kehoach-evaluate-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
const sampleLogFile = fileURLToPath(new URL("examples/activities/lang-son-2023.jsonl", repo));
const sampleLog = await readFile(sampleLogFile, "utf8");
const planFile = fileURLToPath(new URL("examples/plans/lang-son-2023.json", repo));

/** RFC 7396 JSON Merge Patch. */
function mergePatch(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return structuredClone(patch);
  const out = target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** The vector's subset rule: listed keys match, arrays match in length and element by element. */
function assertSubset(actual, expected, where = "") {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array`);
    assert.equal(actual.length, expected.length, `${where}: length`);
    expected.forEach((item, index) => assertSubset(actual[index], item, `${where}/${index}`));
  } else if (expected !== null && typeof expected === "object") {
    assert.ok(actual !== null && typeof actual === "object", `${where}: expected an object`);
    for (const [key, value] of Object.entries(expected)) assertSubset(actual[key], value, `${where}/${key}`);
  } else {
    assert.equal(actual, expected, where);
  }
}

test("there are evaluation vectors", () => assert.ok(all.length >= 8));

for (const vector of all) {
  test(`vector ${vector.name}: ${vector.description.slice(0, 80)}`, async () => {
    const base = JSON.parse(await readFile(new URL(vector.plan.file, repo), "utf8"));
    const plan = mergePatch(base, vector.plan.mergePatch ?? {});
    const log = vector.activitiesText ?? vector.activities;
    const evaluation = evaluate(plan, log, vector.period, vector.options);
    assertSubset(evaluation, vector.expected);
    // The same numbers through the other ways in: JSON text of the plan, the log as text.
    const logText = typeof log === "string" ? log : JSON.stringify(log);
    assert.deepEqual(evaluate(JSON.stringify(plan), logText, vector.period, vector.options), evaluation);
    // And through the CLI.
    const files = { plan: join(scratch, `${vector.name}.plan.json`), log: join(scratch, `${vector.name}.log${typeof log === "string" ? ".jsonl" : ".json"}`) };
    writeFileSync(files.plan, JSON.stringify(plan));
    writeFileSync(files.log, logText);
    const args = ["evaluate", files.plan, "--activities", files.log, "--period", vector.period, "--format", "json"];
    if (vector.options?.asOf) args.push("--as-of", vector.options.asOf);
    if (vector.options?.window) args.push("--window", vector.options.window);
    if (vector.options?.lang) args.push("--lang", vector.options.lang);
    const { stdout } = run(args);
    assert.deepEqual(JSON.parse(stdout), evaluation, "the CLI gives the same evaluation");
  });
}

test("the golden Quý I evaluation and reports of the sample log", async () => {
  const golden = JSON.parse(await readFile(new URL("tests/golden/lang-son-2023-Q1.evaluation.json", repo), "utf8"));
  assert.deepEqual(evaluate(example, sampleLog, "2023-Q1"), golden);
  const extension = { markdown: "md", html: "html", text: "txt", json: "json" };
  for (const lang of ["vi", "en"]) {
    for (const format of Object.keys(extension)) {
      const expected = await readFile(new URL(`tests/golden/lang-son-2023-Q1.${lang}.${extension[format]}`, repo), "utf8");
      assert.equal(renderReport(example, sampleLog, "2023-Q1", { format, lang }), expected, `${lang} ${format}`);
      const { stdout } = run(["report", planFile, "--activities", sampleLogFile, "--period", "2023-Q1", "--format", format, "--lang", lang]);
      assert.equal(stdout, expected, `CLI ${lang} ${format}`);
    }
  }
  assert.equal(renderReport(example, sampleLog, "2023-Q1"), await readFile(new URL("tests/golden/lang-son-2023-Q1.vi.md", repo), "utf8"), "Markdown in Vietnamese by default");
});

test("titles full of markup come out escaped in HTML", () => {
  const payload = '<script>alert(1)</script><img src=x onerror="alert(2)">';
  const activity = { schemaVersion: 1, date: "2023-02-01", unit: "van-phong", form: "tin-bai-website", title: payload, evidence: "https://example.invalid/a?x=<b>" };
  const plan = structuredClone(example);
  plan.document.issuer.name = payload;
  const html = renderReport(plan, [activity], "2023-Q1", { format: "html" });
  assert.ok(!html.includes("<script>alert"), "no live script");
  assert.ok(!/<img[^>]*onerror/i.test(html), "no live handler");
  assert.ok(html.includes("&lt;script&gt;"), "shown as text");
});

test("bad periods, options and logs", () => {
  assert.throws(() => evaluate(example, [], "2023-Q5"), (e) => e instanceof Error && /period: .*2023-Q5/.test(e.message));
  assert.throws(() => evaluate(example, [], 2023), /period: expected a period id/);
  assert.throws(() => evaluate(example, [], "2023", { colour: "red" }), (e) => /unknown key `colour`/.test(e.message) && e.path === "/colour");
  assert.throws(() => renderReport(example, [], "2023", { format: "pdf" }), (e) => e.path === "/format");
  const evaluation = evaluate(example, "{not json\n", "2023");
  assert.ok(evaluation.log.diagnostics.length >= 1, "a bad line is reported, not thrown");
  assert.throws(() => evaluate(example, undefined, "2023"), /activities: expected/);
});
