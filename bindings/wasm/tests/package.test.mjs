// The package as a user gets it: packed with `npm pack`, installed into an empty project, and
// imported by name from plain Node ESM without flags.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { exampleText, pkg } from "./helpers.mjs";

const run = promisify(execFile);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

test("the packed package installs and imports by name in Node ESM, kehoach/validate and kehoach/import too", async () => {
  const project = await mkdtemp(path.join(tmpdir(), "kehoach-consumer-"));
  try {
    await run(npm, ["pack", "--silent", "--pack-destination", project, fileURLToPath(pkg)]);
    const tarball = (await readdir(project)).find((file) => file.endsWith(".tgz"));
    assert.ok(tarball, "npm pack made no tarball");
    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    await run(npm, ["install", "--offline", "--no-audit", "--no-fund", `./${tarball}`], {
      cwd: project,
    });
    await writeFile(path.join(project, "plan.json"), exampleText);
    await writeFile(
      path.join(project, "main.js"),
      `import { readFile } from "node:fs/promises";
import { parsePlan, version } from "kehoach";
import { validatePlan } from "kehoach/validate";
import { importPlanText } from "kehoach/import";
const plan = parsePlan(await readFile("plan.json", "utf8"));
const schema = JSON.parse(await readFile(new URL(import.meta.resolve("kehoach/plan.schema.json"))));
const draft = importPlanText("Số: 11/KH-SVHTTDL");
const codes = validatePlan(plan).map((diagnostic) => diagnostic.code);
console.log(JSON.stringify({ version, subject: plan.document.subject, title: schema.title, number: draft.plan.document.number, codes }));
`,
    );
    const { stdout } = await run(process.execPath, ["main.js"], { cwd: project });
    const printed = JSON.parse(stdout);
    assert.equal(printed.title, "Plan");
    assert.equal(printed.subject, JSON.parse(exampleText).document.subject);
    assert.equal(printed.number, "11/KH-SVHTTDL");
    assert.ok(printed.codes.includes("DOC015"), printed.codes.join());
    assert.match(printed.version, /^\d+\.\d+\.\d+/);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
