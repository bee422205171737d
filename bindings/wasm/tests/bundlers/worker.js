// The Web Worker case (bundled with esbuild into the fresh project's dist/worker.js): loads each
// module explicitly through the manual entries, from each kind of source, and answers the page
// with the results, plus the errors of a call before init() and of a URL that gives HTML.
// The page posts { module, reportUrl, validateUrl, importUrl, data } where `module` is the main module,
// already compiled (WebAssembly.Module).

import { evaluate, initSync, parsePlan, version } from "kehoach/manual";
import { init as initReport, renderReport } from "kehoach/report/manual";
import { init as initValidate, validatePlan } from "kehoach/validate/manual";
import { init as initImport, importPlanText } from "kehoach/import/manual";

self.onmessage = async ({ data: { module, reportUrl, validateUrl, importUrl, data } }) => {
  try {
    let early = null;
    try {
      validatePlan("{}");
    } catch (error) {
      early = error.message;
    }
    let html = null;
    try {
      await initImport({ wasm: "/index.html" });
    } catch (error) {
      html = error.message;
    }
    initSync({ wasm: module }); // a compiled WebAssembly.Module
    await initReport({ wasm: reportUrl }); // a URL
    await initValidate({ wasm: fetch(validateUrl) }); // a promise of a Response
    await initImport({ wasm: await (await fetch(importUrl)).arrayBuffer() }); // the bytes
    const plan = parsePlan(data.plan);
    const report = JSON.parse(renderReport(plan, data.log, "2023-Q1", { format: "json", lang: "vi" }));
    self.postMessage({
      version,
      codes: validatePlan(plan, { lang: "en" }).map((diagnostic) => diagnostic.code),
      row: evaluate(plan, data.log, "2023-Q1").quotas[0].rows[1],
      title: `${report.title}: ${report.subject}`,
      number: importPlanText(data.seed, { lang: "en" }).plan.document.number,
      early,
      html,
    });
  } catch (error) {
    self.postMessage({ failure: String(error?.stack ?? error) });
  }
};
