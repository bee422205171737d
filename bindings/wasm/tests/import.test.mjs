// importPlanText, from the entry `kehoach/import` (its own wasm module): the seed's text becomes
// the hand-written plan, variants of the text import to the same plan, the corpus openings keep
// their header and legal bases, and the CLI agrees.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { importPlanText } from "../pkg/import.js";
import { importPlanDocx } from "../pkg/import-docx.js";
import { planDocx } from "../pkg/docx.js";
import { validatePlan } from "../pkg/validate.js";
import { example, repo } from "./helpers.mjs";
import { cli } from "./vectors.mjs";

const seedFile = fileURLToPath(new URL("examples/plans/lang-son-2023.seed.txt", repo));
const seed = await readFile(seedFile, "utf8");

test("the seed's text imports into the hand-written plan, field for field", () => {
  const { plan, diagnostics } = importPlanText(seed);
  assert.deepEqual(plan, example);
  assert.ok(diagnostics.every((d) => d.severity === "info"), "everything was placed");
  assert.deepEqual(validatePlan(plan).filter((d) => d.severity === "error"), []);
});

test("variants of the seed's text import to the same plan", () => {
  const { plan } = importPlanText(seed);
  const variants = {
    crlf: seed.replaceAll("\n", "\r\n"),
    nfd: seed.normalize("NFD"),
    doubledSpaces: seed.replaceAll(" ", "  "),
    flattenedHeader: seed.replace("Số: /KH-SVHTTDL\n\nLạng Sơn, ngày tháng năm 2023", "Số: /KH-SVHTTDL | Lạng Sơn, ngày tháng năm 2023"),
  };
  for (const [name, text] of Object.entries(variants)) {
    assert.deepEqual(importPlanText(text).plan, plan, name);
  }
});

test("a corpus opening keeps its header and legal bases, and its cut-off end is reported", async () => {
  const text = await readFile(new URL("tests/fixtures/import/01_bnv-251-qd-bnv-2022.txt", repo), "utf8");
  const { plan, diagnostics } = importPlanText(text, { lang: "en" });
  assert.equal(plan.document.number, "251/QĐ-BNV");
  assert.equal(plan.document.issued.date, "2022-03-29");
  assert.deepEqual(plan.legalBases.map((basis) => basis.number), ["34/2017/NĐ-CP", "76/NQ-CP", "23/CT-TTg"]);
  assert.ok(diagnostics.some((d) => d.severity !== "info" && d.params.line !== undefined), "what could not be placed names its line");
});

test("the CLI's import gives the same plan and diagnostics", () => {
  const run = cli();
  const { status, stdout } = run(["import", seedFile]);
  assert.equal(status, 0);
  assert.deepEqual(JSON.parse(stdout), importPlanText(seed).plan);
});

test("the seed in each legal-portal layout imports to the seed's plan (the Rust suite's texts)", async () => {
  const folder = new URL("tests/fixtures/import/portal/", repo);
  const files = (await readdir(folder)).filter((file) => file.endsWith(".txt")).sort();
  assert.ok(files.length >= 7, files.join());
  const { plan } = importPlanText(seed);
  for (const file of files) {
    assert.deepEqual(importPlanText(await readFile(new URL(file, folder), "utf8")).plan, plan, file);
  }
});

test("every layout text the Rust suite checks imports in npm exactly as in the CLI", async () => {
  const run = cli();
  let count = 0;
  for (const group of ["portal", "portal-metadata", "decision", "levels", "not-a-plan", "tables"]) {
    const folder = new URL(`tests/fixtures/import/${group}/`, repo);
    for (const file of (await readdir(folder)).filter((name) => name.endsWith(".txt")).sort()) {
      const path = fileURLToPath(new URL(file, folder));
      const { status, stdout } = run(["import", path, "--format", "json"]);
      // Exit 1 is a draft with errors (printed on stderr), still written.
      assert.ok(status === 0 || status === 1, `${group}/${file}: exit ${status}`);
      assert.deepEqual(importPlanText(await readFile(path, "utf8")), JSON.parse(stdout), `${group}/${file}`);
      count += 1;
    }
  }
  assert.ok(count >= 30, `${count} texts`);
});

test("every field says where it came from, as the CLI's --format json says", () => {
  const result = importPlanText(seed);
  const number = result.provenance.find((entry) => entry.path === "/document/number");
  assert.deepEqual(number, { path: "/document/number", source: "text", line: 3 });
  const kinds = result.provenance.filter((entry) => /^\/audiences\/\d+\/forms\/\d+\/kind$/.test(entry.path));
  assert.ok(kinds.length > 0 && kinds.every((entry) => entry.source === "inferred"), JSON.stringify(kinds));
  const { status, stdout } = cli()(["import", seedFile, "--format", "json"]);
  assert.equal(status, 0);
  assert.deepEqual(JSON.parse(stdout), result);
});

test("no text breaks it, and a non-string is an Error", () => {
  for (const text of ["", "\u0000", "Số:", "Căn cứ", "|||", "I.\n1.\na)\n-", "x".repeat(100000)]) {
    const result = importPlanText(text);
    assert.equal(typeof result.plan, "object");
    assert.ok(Array.isArray(result.diagnostics));
  }
  assert.throws(() => importPlanText(42), (error) => error instanceof Error && /text: expected/.test(error.message));
});

test("importPlanDocx: the seed made in LibreOffice Writer imports as its text does", async () => {
  const bytes = await readFile(new URL("tests/fixtures/import/docx/seed.docx", repo));
  const { plan, diagnostics } = importPlanDocx(new Uint8Array(bytes));
  assert.deepEqual(plan, example);
  const codes = (ds) => ds.map((d) => `${d.code} ${d.path}`);
  assert.deepEqual(codes(diagnostics), codes(importPlanText(seed).diagnostics));
  const english = importPlanDocx(new Uint8Array(bytes), { lang: "en" });
  assert.deepEqual(english.plan, example);
});

test("importPlanDocx: our own plan document reads back (planDocx → importPlanDocx)", () => {
  const { plan } = importPlanDocx(planDocx(example));
  assert.deepEqual(plan.document, example.document);
  assert.deepEqual(plan.legalBases, example.legalBases);
  assert.deepEqual(plan.purposes, example.purposes);
  assert.deepEqual(plan.implementation, example.implementation);
});

test("importPlanDocx: a .doc, a non-ZIP or an empty input throws a clear error", () => {
  assert.throws(
    () => importPlanDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    /soffice --headless --convert-to docx FILE/,
  );
  assert.throws(() => importPlanDocx(new TextEncoder().encode("Số: 05/KH")), /not a \.docx file/);
  assert.throws(() => importPlanDocx(new Uint8Array()), /not a \.docx file/);
});
