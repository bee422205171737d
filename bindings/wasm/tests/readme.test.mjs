// The README's JavaScript example, run as written against the built package, with its results
// checked.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pkg, repo } from "./helpers.mjs";

test("the README's JS example runs and gives what its comments say", async () => {
  const readme = await readFile(new URL("README.md", repo), "utf8");
  const block = /```js\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, "the README has a js example");
  const code = block[1]
    .replace('from "kehoach/import"', `from ${JSON.stringify(new URL("import.node.js", pkg).href)}`)
    .replace('from "kehoach/report"', `from ${JSON.stringify(new URL("report.node.js", pkg).href)}`)
    .replace('from "kehoach/validate"', `from ${JSON.stringify(new URL("validate.node.js", pkg).href)}`)
    .replace('from "kehoach"', `from ${JSON.stringify(new URL("index.node.js", pkg).href)}`);
  assert.doesNotMatch(code, /from "kehoach/, "every import of the package was pointed at pkg/");
  const dir = mkdtempSync(join(tmpdir(), "kehoach-readme-"));
  const file = join(dir, "example.mjs");
  writeFileSync(file, `${code}\nexport { diagnostics, q1, february, html, draft };\n`);
  const previous = process.cwd();
  process.chdir(fileURLToPath(repo));
  try {
    const { diagnostics, february, html, draft } = await import(pathToFileURL(file).href);
    assert.equal(diagnostics[0].code, "DOC015");
    assert.equal(diagnostics[0].severity, "warning");
    assert.deepEqual([february.period, february.required, february.achieved, february.status], ["2023-02", 4, 3, "short"]);
    assert.ok(html.startsWith("<!DOCTYPE html>") && html.includes("BÁO CÁO"));
    assert.equal(draft.plan.document.number, "/KH-SVHTTDL");
  } finally {
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  }
});
