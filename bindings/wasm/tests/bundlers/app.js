// The frontend every bundler case builds (copied into each fresh project as main.js): imports
// the four entries by name, as a user would, calls every one, and leaves what it got in
// `globalThis.kehoachResult` for the test to read. The data is fetched from /data/.

import { evaluate, parsePlan, planSchema, version } from "kehoach";
import { renderReport } from "kehoach/report";
import { validatePlan } from "kehoach/validate";
import { importPlanText } from "kehoach/import";

const text = async (name) => {
  const response = await fetch(new URL(`/data/${name}`, location.href));
  if (!response.ok) throw new Error(`/data/${name}: ${response.status}`);
  return response.text();
};

try {
  const plan = parsePlan(await text("plan.json"));
  const log = await text("log.jsonl");
  const report = JSON.parse(renderReport(plan, log, "2023-Q1", { format: "json", lang: "vi" }));
  globalThis.kehoachResult = {
    version,
    schemaTitle: planSchema().title,
    codes: validatePlan(plan, { lang: "en" }).map((diagnostic) => diagnostic.code),
    row: evaluate(plan, log, "2023-Q1").quotas[0].rows[1],
    title: `${report.title}: ${report.subject}`,
    number: importPlanText(await text("seed.txt"), { lang: "en" }).plan.document.number,
  };
} catch (error) {
  globalThis.kehoachResult = { failure: String(error?.stack ?? error) };
}
