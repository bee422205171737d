// kehoach/report's options for the report an official signs — the section part, the drafter's
// checklist, the narrative, the signing date — give exactly what the CLI gives.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderReport } from "../pkg/report.js";
import { example, repo } from "./helpers.mjs";
import { cli } from "./vectors.mjs";

const run = cli();
const planFile = fileURLToPath(new URL("examples/plans/lang-son-2023.json", repo));
const logFile = fileURLToPath(new URL("examples/activities/lang-son-2023.jsonl", repo));
const log = await readFile(logFile, "utf8");
const scratch = mkdtempSync(join(tmpdir(), "kehoach-report-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

/** The CLI's report of the sample log for Quý I with `args`. */
function cliReport(args) {
  const result = run(["report", planFile, "--activities", logFile, "--period", "2023-Q1", ...args]);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

test("the section part: the body alone, as the CLI's --part section", () => {
  for (const lang of ["vi", "en"]) {
    const section = renderReport(example, log, "2023-Q1", { format: "text", lang, part: "section" });
    assert.equal(section, cliReport(["--format", "text", "--lang", lang, "--part", "section"]));
    assert.doesNotMatch(section, /BÁO CÁO|REPORT\n|Nơi nhận:|Recipients:/);
  }
});

test("the drafter's checklist, as the CLI's --checklist, holds what the body no longer says", () => {
  const checklist = JSON.parse(renderReport(example, log, "2023-Q1", { format: "json", checklist: true }));
  assert.deepEqual(checklist, JSON.parse(cliReport(["--format", "json", "--checklist"])));
  const kinds = checklist.map((item) => item.kind);
  assert.ok(kinds.includes("duplicate-evidence") && kinds.includes("deadline-not-configured"), kinds.join());
  const body = renderReport(example, log, "2023-Q1", { format: "text" });
  assert.doesNotMatch(body, /ghi trùng minh chứng|chưa quy định ngày gửi báo cáo/);
});

test("the narrative and the signing date, as the CLI's --narrative and --signed-on", () => {
  const narrative = { schemaVersion: 1, strengths: ["Lãnh đạo Sở quan tâm chỉ đạo sát sao."], proposals: ["Đề nghị Sở Nội vụ tổ chức tập huấn."] };
  const file = join(scratch, "narrative.json");
  writeFileSync(file, JSON.stringify(narrative));
  const text = renderReport(example, log, "2023-Q1", { format: "text", narrative, signedOn: "2023-03-17" });
  assert.equal(text, cliReport(["--format", "text", "--narrative", file, "--signed-on", "2023-03-17"]));
  assert.match(text, /Lãnh đạo Sở quan tâm chỉ đạo sát sao\./);
  assert.match(text, /Lạng Sơn, ngày 17 tháng 3 năm 2023/);
  assert.throws(
    () => renderReport(example, log, "2023-Q1", { narrative: { schemaVersion: 1, strenghts: [] } }),
    (error) => error instanceof Error && error.path === "/narrative/strenghts",
  );
});
