// kehoach/consolidate and kehoach/consolidated-report on the example province (and on the
// hand-computed vectors of tests/fixtures/consolidate/, when present) give exactly the CLI's
// figures and report; documents given as objects or text give the same; bad input throws an
// Error that names the argument, and a broken agency is a diagnostic, never a throw.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { consolidate } from "../pkg/consolidate.node.js";
import { renderConsolidated } from "../pkg/consolidated-report.node.js";
import { repo } from "./helpers.mjs";
import { cli } from "./vectors.mjs";

const run = cli();

/**
 * The manifest at `url` as a page would hand it over: each agency's plan and log read from
 * the paths the CLI would open, as text (or, with `parse`, the plan as an object and the log
 * as an array of records). A path that does not exist is left out, as a page that found no
 * file would.
 */
function withDocuments(url, { parse = false } = {}) {
  const manifest = JSON.parse(readFileSync(url, "utf8"));
  for (const agency of manifest.agencies) {
    for (const key of ["plan", "log"]) {
      if (agency[key] === undefined) continue;
      const file = new URL(agency[key], url);
      if (!existsSync(file)) {
        delete agency[key];
        continue;
      }
      const text = readFileSync(file, "utf8");
      if (!parse) agency[key] = text;
      else if (key === "plan") agency[key] = JSON.parse(text);
      else agency[key] = text.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
    }
  }
  return manifest;
}

/** The CLI's output for the manifest at `url`. */
function cliConsolidate(url, args) {
  const result = run(["consolidate", fileURLToPath(url), ...args]);
  // Exit 1 means: written, and some agency's data is missing (the report says which).
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return result.stdout;
}

const province = new URL("examples/province/manifest.json", repo);

test("the example province: the same figures as the CLI, documents as text or as objects", () => {
  for (const lang of ["vi", "en"]) {
    const expected = JSON.parse(cliConsolidate(province, ["--period", "2023-Q1", "--format", "figures", "--lang", lang]));
    const fromText = consolidate(withDocuments(province), "2023-Q1", { lang });
    assert.deepEqual(fromText, expected);
    const fromObjects = consolidate(withDocuments(province, { parse: true }), "2023-Q1", { lang });
    assert.deepEqual(fromObjects, expected);
    // The manifest itself as JSON text.
    assert.deepEqual(consolidate(JSON.stringify(withDocuments(province)), "2023-Q1", { lang }), expected);
  }
});

test("the example province's story is in the figures: broken plan, no log, late and missing reports, a tie", () => {
  const result = consolidate(withDocuments(province), "2023-Q1");
  const agency = (id) => result.agencies.find((a) => a.id === id);
  assert.equal(result.agencies.length, 30);
  assert.equal(agency("xa-gia-cat").figures, undefined, "the broken plan leaves no figures");
  assert.ok(agency("xa-gia-cat").diagnostics.length > 0);
  assert.equal(agency("huyen-dinh-lap").figures, undefined, "no log, no figures");
  assert.equal(result.total.withData, 28);
  const statuses = result.agencies.map((a) => a.report.status);
  assert.equal(statuses.filter((s) => s === "late").length, 4);
  assert.equal(statuses.filter((s) => s === "missing").length, 3);
  const tie = result.places.find((place) => place.agencies.includes("xa-hop-thanh"));
  assert.ok(tie.agencies.includes("xa-tan-lien"), "Hợp Thành and Tân Liên share a rank");
  assert.equal(agency("xa-hop-thanh").rank, agency("xa-tan-lien").rank);
  // The levels add up to the total.
  const sum = (key) => result.levels.reduce((total, level) => total + level.figures[key], 0);
  for (const key of Object.keys(result.total.figures)) assert.equal(sum(key), result.total.figures[key], key);
});

test("renderConsolidated gives the CLI's report in every format and both languages", () => {
  for (const lang of ["vi", "en"]) {
    const consolidation = consolidate(withDocuments(province), "2023-Q1", { lang });
    for (const format of ["markdown", "html", "text", "json"]) {
      const ours = renderConsolidated(consolidation, { format, lang, signedOn: "2023-03-25" });
      const theirs = cliConsolidate(province, ["--period", "2023-Q1", "--format", format, "--lang", lang, "--signed-on", "2023-03-25"]);
      assert.equal(ours, theirs, `${format}, ${lang}`);
    }
  }
  const markdown = renderConsolidated(consolidate(withDocuments(province), "2023-Q1"));
  assert.match(markdown, /BÁO CÁO/);
  assert.match(markdown, /quý I năm 2023/);
});

test("a ranking from options ranks as the CLI's --ranking", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const ranking = { criteria: [{ criterion: "activities", better: "higher" }] };
  const dir = mkdtempSync(join(tmpdir(), "kehoach-ranking-"));
  try {
    const file = join(dir, "ranking.json");
    writeFileSync(file, JSON.stringify(ranking));
    const expected = JSON.parse(cliConsolidate(province, ["--period", "2023-Q1", "--format", "figures", "--ranking", file]));
    const ours = consolidate(withDocuments(province), "2023-Q1", { ranking });
    assert.deepEqual(ours, expected);
    assert.deepEqual(ours.ranking, ranking);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The figures the hand-computed vector checks, taken from a consolidation: the same projection
 * as the Rust suites' (crates/kehoach/tests/suite/support/consolidate_vector.rs).
 */
function project(consolidation) {
  const agencies = {};
  for (const agency of consolidation.agencies) {
    const f = agency.figures;
    const entry = f
      ? {
          activities: f.activities, formsCarriedOut: f.formsCarriedOut, formsTotal: f.formsTotal,
          quotasMet: f.quotasMet, quotasShort: f.quotasShort, quotasNotOver: f.quotasNotOver,
          tasksOverdue: f.tasksOverdue, report: agency.report.status, rank: agency.rank,
        }
      : { data: false, codes: agency.diagnostics.map((d) => d.code), report: agency.report.status };
    if (agency.report.daysLate !== undefined) entry.daysLate = agency.report.daysLate;
    agencies[agency.id] = entry;
  }
  const totals = (t) => ({
    agencies: t.agencies, withData: t.withData, activities: t.figures.activities,
    formsCarriedOut: t.figures.formsCarriedOut, formsTotal: t.figures.formsTotal,
    quotasMet: t.figures.quotasMet, quotasShort: t.figures.quotasShort, quotasNotOver: t.figures.quotasNotOver,
    onTime: t.reportsOnTime, late: t.reportsLate, missing: t.reportsMissing,
  });
  const levels = Object.fromEntries(consolidation.levels.map((level) => [level.level, totals(level)]));
  levels.total = totals(consolidation.total);
  return { due: consolidation.deadline.due, agencies, places: consolidation.places, levels };
}

test("the hand-computed vector (tests/fixtures/consolidate): its figures, and the CLI's", () => {
  const url = new URL("tests/fixtures/consolidate/manifest.json", repo);
  const expected = JSON.parse(readFileSync(new URL("expected.json", url), "utf8"));
  delete expected.notes;
  for (const parse of [false, true]) {
    const ours = consolidate(withDocuments(url, { parse }), "2023-Q1");
    assert.deepEqual(project(ours), expected);
    assert.deepEqual(ours, JSON.parse(cliConsolidate(url, ["--period", "2023-Q1", "--format", "figures"])));
  }
  // The vector's cases: a broken plan, no log, a late report, two agencies tied.
  const { agencies, places } = expected;
  assert.ok(Object.values(agencies).some((a) => a.data === false && a.codes.length > 0));
  assert.ok(Object.values(agencies).some((a) => a.report === "late" && a.daysLate > 0));
  assert.ok(places.some((place) => place.agencies.length === 2));
});

test("a broken or missing document is a diagnostic on its agency, never a throw", () => {
  const manifest = withDocuments(province);
  manifest.agencies[0].plan = "{ not json";
  manifest.agencies[1].log = () => {};
  delete manifest.agencies[2].plan;
  const result = consolidate(manifest, "2023-Q1");
  for (const index of [0, 1, 2]) {
    const agency = result.agencies[index];
    assert.equal(agency.figures, undefined, agency.id);
    assert.ok(agency.diagnostics.some((d) => d.path.startsWith(`/agencies/${index}/`)), JSON.stringify(agency.diagnostics));
  }
  assert.equal(result.agencies[3].figures === undefined, false);
});

test("a manifest, period or options that cannot be read throws an Error naming it", () => {
  const manifest = withDocuments(province);
  const throwsNaming = (fn, pattern) => assert.throws(fn, (error) => error instanceof Error && pattern.test(error.message));
  throwsNaming(() => consolidate(undefined, "2023-Q1"), /^manifest: /);
  throwsNaming(() => consolidate("{\"schemaVersion\": 2,", "2023-Q1"), /^manifest: /);
  throwsNaming(() => consolidate([], "2023-Q1"), /^manifest: /);
  throwsNaming(() => consolidate({ ...manifest, colour: "red" }, "2023-Q1"), /^manifest: .*colour/);
  throwsNaming(() => consolidate(manifest, "2023-Q5"), /^period: /);
  throwsNaming(() => consolidate(manifest, 2023), /^period: /);
  throwsNaming(() => consolidate(manifest, "2023-Q1", { lang: "fr" }), /^options\.lang: /);
  throwsNaming(() => consolidate(manifest, "2023-Q1", { colour: 1 }), /^options: .*colour/);
  throwsNaming(() => consolidate(manifest, "2023-Q1", { ranking: { criteria: [{ criterion: "luck", better: "higher" }] } }), /^options\.ranking: /);
  const consolidation = consolidate(manifest, "2023-Q1");
  throwsNaming(() => renderConsolidated({ ...consolidation, schemaVersion: 99 }), /^consolidation: /);
  throwsNaming(() => renderConsolidated(consolidation, { format: "pdf" }), /^options\.format: /);
  throwsNaming(() => renderConsolidated(consolidation, { signedOn: "25/03/2023" }), /^options\.signedOn: /);
  throwsNaming(() => renderConsolidated(consolidation, { part: "section" }), /^options: unknown key `part`/);
  // The modules still work after the errors.
  assert.equal(consolidate(manifest, "2023-Q1").agencies.length, 30);
  assert.match(renderConsolidated(consolidation, { format: "text" }), /BÁO CÁO/);
});

test("text rendered into HTML is escaped", () => {
  const manifest = withDocuments(province);
  manifest.agencies[3].name = "<script>alert(1)</script> & Co";
  const html = renderConsolidated(consolidate(manifest, "2023-Q1"), { format: "html" });
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Co/);
});
