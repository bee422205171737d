// A TypeScript consumer of the built package, checked by `npm run typecheck`
// (tsc --strict --noEmit). It fails to compile if the declarations lose the generated types:
// each `@ts-expect-error` line must be an error, which it is only while the types are precise.

import { parsePlan, planSchema, version } from "kehoach";
import type { Diagnostic, Document, Form, FormKind, ImportResult, Plan, Quota, Severity } from "kehoach";
import { validatePlan } from "kehoach/validate";
import type { Diagnostic as ValidatorDiagnostic, Plan as ValidatorPlan } from "kehoach/validate";
import { importPlanText } from "kehoach/import";
import type { ImportResult as ImportedResult } from "kehoach/import";
import { init, initSync, parsePlan as parseManually, version as manualVersion } from "kehoach/manual";
import type { WasmSource } from "kehoach/manual";
import { init as initValidator, validatePlan as validateManually } from "kehoach/validate/manual";
import { initSync as initImporterSync } from "kehoach/import/manual";
import { renderReport } from "kehoach/report";
import type { ReportOptions } from "kehoach/report";
import { init as initReport } from "kehoach/report/manual";
import { planDocx, reportDocx } from "kehoach/docx";
import { init as initDocx } from "kehoach/docx/manual";
import { consolidate } from "kehoach/consolidate";
import type { Consolidation } from "kehoach/consolidate";
import { init as initConsolidate } from "kehoach/consolidate/manual";
import { renderConsolidated } from "kehoach/consolidated-report";

declare const json: string;
declare const bytes: Uint8Array;

const plan: Plan = parsePlan(json);
const again: Plan = parsePlan(plan);
const document: Document = again.document;
const number: string = document.number;
const year: number = plan.year;
const forms: Form[] = plan.audiences.flatMap((audience) => audience.forms);
const kinds: FormKind[] = forms.map((form) => form.kind);
const quotas: Quota[] = plan.quotas ?? [];
const minimum: number | undefined = quotas[0]?.min;
const issued: string | undefined = document.issued.date;
const schema: Record<string, unknown> = planSchema();
const label: string = `${version}: ${number} ${year} ${kinds.join()} ${minimum} ${issued}`;

const diagnostics: Diagnostic[] = validatePlan(plan);
const inEnglish: Diagnostic[] = validatePlan(json, { lang: "en" });
const severities: Severity[] = [...diagnostics, ...inEnglish].map((d) => d.severity);
const firstParam: string | number | undefined = diagnostics[0]?.params["line"];
// kehoach/validate's types are the main entry's too.
const sameDiagnostics: ValidatorDiagnostic[] = diagnostics;
const samePlan: ValidatorPlan = again;
validatePlan(samePlan).concat(sameDiagnostics);
// kehoach/import's results are the main entry's types, not look-alikes: they flow both ways.
const imported: ImportResult = importPlanText(json, { lang: "en" });
const importedAgain: ImportedResult = imported;
const importedPlan: Plan = importedAgain.plan;
const importedDiagnostics: Diagnostic[] = importPlanText(json).diagnostics;
validatePlan(importedPlan);

// kehoach/report: the report or its checklist as text, options typed by the main entry's types.
const sectionOptions: ReportOptions = { format: "text", lang: "vi", part: "section", signedOn: "2023-03-20" };
const section: string = renderReport(plan, json, "2023-Q1", sectionOptions);
const checklist: string = renderReport(plan, json, "2023-Q1", { format: "json", checklist: true });
const loadingReport: Promise<void> = initReport();
// @ts-expect-error: the report's part is "document" or "section"
renderReport(plan, json, "2023-Q1", { part: "appendix" });

// kehoach/docx: Word files as bytes, from the main entry's types.
const reportFile: Uint8Array = reportDocx(plan, json, "2023-Q1", { lang: "en", asOf: "2023-03-14" });
const planFile: Uint8Array = planDocx(importedPlan, { lang: "vi" });
const loadingDocx: Promise<void> = initDocx();
// @ts-expect-error: a Word file has one format; renderReport's format option is not taken
reportDocx(plan, json, "2023-Q1", { format: "html" });

// The manual twins: the same functions and types, and init's sources, without DOM types.
const loading: Promise<void> = init({ wasm: "https://cdn.example.org/kehoach_wasm_bg.wasm" });
const loadingValidator: Promise<void> = initValidator();
initSync({ wasm: bytes });
initImporterSync({ wasm: bytes.buffer as ArrayBuffer });
const source: WasmSource = { href: "https://cdn.example.org/kehoach_wasm_bg.wasm" };
const manualPlan: Plan = parseManually(json);
const manualDiagnostics: Diagnostic[] = validateManually(manualPlan);
const sameVersion: string = manualVersion;
// @ts-expect-error: the source goes in an options object
init("kehoach_wasm_bg.wasm");

// @ts-expect-error: only Vietnamese and English messages exist
validatePlan(plan, { lang: "fr" });
// @ts-expect-error: the importer reads text, not objects
importPlanText(plan);
// @ts-expect-error: the importer speaks Vietnamese and English only
importPlanText(json, { lang: "fr" });
// @ts-expect-error: the number of a document is a string
const wrongNumber: number = plan.document.number;
// @ts-expect-error: form kinds are a closed set of strings
const wrongKind: FormKind = "blog-post";
// @ts-expect-error: a plan is an object or JSON text, not a number
parsePlan(42);
// @ts-expect-error: unknown keys are not part of the type
const colour = plan.document.colour;
// @ts-expect-error: version is a constant, not a function
version();

export { loading, loadingValidator, source, manualDiagnostics, sameVersion, reportFile, planFile, loadingDocx };
export { section, checklist, loadingReport };
export { label, schema, wrongNumber, wrongKind, colour, severities, firstParam, importedDiagnostics };

// kehoach/consolidate: agencies carry their documents, as objects or text; the figures are typed.
declare const manifestJson: string;
const consolidation: Consolidation = consolidate(
  {
    schemaVersion: 2,
    body: {
      issuer: { name: "Sở Nội vụ", abbreviation: "SNV" },
      level: "province",
      area: "Lạng Sơn",
      place: "Lạng Sơn",
      signature: { headTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn A" },
    },
    agencies: [{ id: "so-tu-phap", name: "Sở Tư pháp", level: "department", plan, log: json }],
  },
  "2023-Q1",
  { lang: "en", ranking: { criteria: [{ criterion: "activities", better: "higher" }] } },
);
const activitiesCounted: number | undefined = consolidation.agencies[0]?.figures?.activities;
const consolidatedText: string = renderConsolidated(consolidation, { format: "html", signedOn: "2023-03-25" });
const fromText: Consolidation = consolidate(manifestJson, "2023");
const loadingConsolidate: Promise<void> = initConsolidate();
// @ts-expect-error: an agency's level is one of the three
consolidate({ schemaVersion: 2, body: consolidation.body, agencies: [{ id: "x", name: "X", level: "ward" }] }, "2023");
// @ts-expect-error: the consolidated report has no checklist option
renderConsolidated(consolidation, { checklist: true });
export { activitiesCounted, consolidatedText, fromText, loadingConsolidate };
