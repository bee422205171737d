// The dashboard: plan and log in, the kehoach package does the work, the page draws.
// No number on the page is computed here: diagnostics, evaluation figures and the report all
// come from the package; the page only lays them out (and scales bars to fit the drawing).
// The package's main entry, its reports and its validator are three wasm modules; the page
// imports all three, and the browser fetches them in parallel.
import { evaluate, parsePlan } from "../../bindings/wasm/pkg/index.js";
import { renderReport } from "../../bindings/wasm/pkg/report.js";
import { validatePlan } from "../../bindings/wasm/pkg/validate.js";
import { strings } from "./i18n.js";

// The bundled examples, by the stem of their files in examples/plans and examples/activities
// (the names of kehoach::examples::Example and of `kehoach demo --example`); the first is the
// default. Their labels are interface text (i18n.js).
const EXAMPLES = ["lang-son-2023", "huyen-hoa-lam-2024"];
const SVG = "http://www.w3.org/2000/svg";

const state = {
  lang: "vi",
  example: EXAMPLES[0],
  planText: null,
  planName: "",
  plan: null,
  logText: "[]",
  logName: "",
  period: null,
};

const $ = (id) => document.getElementById(id);
const t = () => strings[state.lang];

/** Creates an element with attributes and children; text goes in as text, never as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return node;
}

function showError(message) {
  const box = $("load-error");
  box.textContent = message;
  box.hidden = !message;
}

// ---------------------------------------------------------------- data in

/** Loads the bundled example `name`: its plan and its sample log, from the files served beside the page. */
async function loadSample(name = state.example) {
  if (!EXAMPLES.includes(name)) return;
  state.example = name;
  $("example").value = name;
  const [plan, log] = await Promise.all([fetch(`../plans/${name}.json`), fetch(`../activities/${name}.jsonl`)]);
  if (!plan.ok || !log.ok) {
    showError(t().loadFailed(t().sample, `${plan.ok ? log.url : plan.url}: ${plan.ok ? log.status : plan.status}`));
    return;
  }
  setPlan(await plan.text(), t().examples[name]);
  state.logText = await log.text();
  state.logName = t().sample;
  refresh();
}

/** The example picker's options, in the page's language. */
function fillExamples() {
  const select = $("example");
  select.replaceChildren(...EXAMPLES.map((name) => el("option", { value: name }, t().examples[name])));
  select.value = state.example;
}

function setPlan(text, name) {
  state.planText = text;
  state.planName = name;
}

/** A dropped or picked file: a plan when it parses as one, else an activity log. */
async function takeFile(file, role) {
  const text = await file.text();
  if (role === "plan" || (role === undefined && looksLikePlan(text))) {
    setPlan(text, file.name);
  } else {
    state.logText = text;
    state.logName = file.name;
  }
  refresh();
}

function looksLikePlan(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) && "document" in value;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- rendering

function refresh() {
  showError("");
  applyInterfaceText();
  if (state.planText === null) return;
  try {
    state.plan = parsePlan(state.planText);
  } catch (error) {
    state.plan = null;
    showError(t().loadFailed(t().planWord, error.message));
    renderDiagnostics(null);
    clearResults();
    return;
  }
  renderDiagnostics(validatePlan(state.plan, { lang: state.lang }));
  fillPeriods();
  renderPeriod();
}

function applyInterfaceText() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t()[node.dataset.i18n];
  }
  const toggle = $("lang-switch");
  toggle.textContent = t().switchTo;
  toggle.setAttribute("lang", state.lang === "vi" ? "en" : "vi");
  $("report-preview").title = t().reportTitle;
  fillExamples();
  document.title = `kehoach — ${t().title}`;
}

function renderDiagnostics(diagnostics) {
  const box = $("diagnostics");
  box.replaceChildren();
  if (diagnostics === null) return;
  if (diagnostics.length === 0) {
    box.append(el("p", { class: "diag-none" }, t().noProblems));
    return;
  }
  for (const severity of ["error", "warning", "info"]) {
    const items = diagnostics.filter((d) => d.severity === severity);
    if (items.length === 0) continue;
    box.append(
      el("div", { class: `diag-group diag-${severity}`, "data-severity": severity },
        el("h3", {}, `${t().severity[severity]} (${items.length})`),
        el("ul", {}, items.map((d) =>
          el("li", { "data-code": d.code },
            el("span", { class: "diag-code" }, d.code),
            el("span", { class: "diag-message" }, d.message),
            el("span", { class: "diag-path" }, `${t().where}: ${d.path || "/"}`))))));
  }
}

function fillPeriods() {
  const year = state.plan.year;
  const select = $("period");
  const previous = state.period ?? `${year}`;
  const options = [
    ...Array.from({ length: 12 }, (_, i) => [`${year}-${String(i + 1).padStart(2, "0")}`, t().month(i + 1)]),
    [`${year}-Q1`, t().periods.Q1],
    [`${year}-H1`, t().periods.H1],
    [`${year}-Q3`, t().periods.Q3],
    [`${year}-9M`, t().periods["9M"]],
    [`${year}`, t().periods.year],
  ];
  select.replaceChildren(...options.map(([id, label]) => el("option", { value: id }, label)));
  select.value = options.some(([id]) => id === previous) ? previous : `${year}`;
  state.period = select.value;
}

function clearResults() {
  $("charts").replaceChildren();
  $("totals").replaceChildren();
  $("window-note").textContent = "";
  $("report-preview").srcdoc = "";
}

function renderPeriod() {
  if (!state.plan) return;
  let evaluation;
  try {
    evaluation = evaluate(state.plan, state.logText, state.period);
  } catch (error) {
    showError(t().loadFailed(t().logWord, error.message));
    clearResults();
    return;
  }
  $("data-status").textContent = t().loaded(state.planName, state.logName || "—", evaluation.log.records);
  $("window-note").textContent = t().windowNote(evaluation.window.kind, formatDate(evaluation.window.span.start), formatDate(evaluation.window.span.end));
  renderCharts(evaluation);
  renderTotals(evaluation);
  $("report-preview").srcdoc = report("html");
}

function report(format) {
  return renderReport(state.plan, state.logText, state.period, { format, lang: state.lang });
}

function formName(id) {
  for (const audience of state.plan.audiences) {
    for (const form of audience.forms) if (form.id === id) return form.name;
  }
  return id;
}

function unitName(id) {
  if (id === null || id === undefined) return t().unitAgency;
  return state.plan.units.find((unit) => unit.id === id)?.name ?? id;
}

/** One SVG bar chart per quota and unit: a bar per sub-period, the target as a dashed line. */
function renderCharts(evaluation) {
  const box = $("charts");
  box.replaceChildren();
  for (const quota of evaluation.quotas) {
    const byUnit = new Map();
    for (const row of quota.rows) {
      const key = row.unit ?? "";
      if (!byUnit.has(key)) byUnit.set(key, []);
      byUnit.get(key).push(row);
    }
    for (const [unit, rows] of byUnit) {
      const name = `${formName(quota.form)} — ${unitName(unit || null)}`;
      box.append(chart(quota, rows, name));
    }
  }
}

function chart(quota, rows, name) {
  // A fixed drawing width keeps bars of a 3-month quarter and a 12-month year at sane sizes.
  const width = 720;
  const height = 220;
  const top = 16;
  const bottom = 40;
  const left = 36;
  const plotHeight = height - top - bottom;
  const highest = Math.max(1, ...rows.map((row) => Math.max(row.achieved, row.required)));
  const y = (value) => top + plotHeight - (value / highest) * plotHeight;
  const step = Math.min(120, (width - left - 10) / Math.max(1, rows.length));
  const svg = el("svg:svg", {
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": t().chartLabel(name),
    "data-quota": quota.quota,
  });
  svg.append(el("svg:line", { x1: left, x2: width - 6, y1: y(0), y2: y(0), stroke: "#5b6776" }));
  rows.forEach((row, index) => {
    const x = left + index * step + step * 0.15;
    const barWidth = step * 0.7;
    const status = row.status;
    const css = status === "met" || status === "exceeded" ? "bar-met" : status === "short" ? "bar-short" : status === "outside-plan" ? "bar-outside" : "bar-open";
    const label = row.period.length > 7 ? row.period : monthLabel(row.period);
    const group = el("svg:g", {
      class: "bar",
      "data-period": row.period,
      "data-achieved": row.achieved,
      "data-required": row.required,
      "data-status": status,
      "data-shortfall": row.shortfall,
    });
    group.append(
      el("svg:rect", { class: css, x, y: y(row.achieved), width: barWidth, height: Math.max(0, y(0) - y(row.achieved)) },
        el("svg:title", {}, `${label}: ${t().achieved} ${row.achieved} / ${t().required} ${row.required}`)),
      el("svg:line", { class: "target-line", x1: x - step * 0.1, x2: x + barWidth + step * 0.1, y1: y(row.required), y2: y(row.required) }),
      el("svg:text", { class: "bar-value", x: x + barWidth / 2, y: y(row.achieved) - 4, "text-anchor": "middle" },
        status === "short" ? `${row.achieved} (−${row.shortfall})` : String(row.achieved)),
      el("svg:text", { class: "bar-label", x: x + barWidth / 2, y: height - bottom + 16, "text-anchor": "middle" }, label),
    );
    svg.append(group);
  });
  return el("figure", { class: "chart" },
    el("figcaption", {}, name),
    svg,
    el("div", { class: "legend" },
      el("span", { class: "met" }, t().legendMet),
      el("span", { class: "short" }, t().legendShort),
      el("span", { class: "open" }, t().legendOpen),
      el("span", {}, `- - - ${t().required}`)));
}

/** Numbers as the page's language writes them ("1.010" in Vietnamese). */
function formatNumber(value) {
  return new Intl.NumberFormat(state.lang === "vi" ? "vi-VN" : "en-GB").format(value);
}

/** An ISO date as dd/mm/yyyy, the short form both languages' reports use. */
function formatDate(iso) {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

function monthLabel(periodId) {
  const month = /^\d{4}-(\d{2})$/.exec(periodId);
  return month ? month[1] : periodId;
}

function renderTotals(evaluation) {
  const rows = evaluation.forms.map((form) =>
    el("tr", { "data-form": form.form },
      el("td", {}, formName(form.form)),
      el("td", { class: "num", "data-value": form.totals.activities }, formatNumber(form.totals.activities)),
      el("td", { class: "num" }, form.totals.quantities.participants === undefined ? "—" : formatNumber(form.totals.quantities.participants))));
  $("totals").replaceChildren(
    el("table", {},
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, t().form),
        el("th", { scope: "col", class: "num" }, t().count),
        el("th", { scope: "col", class: "num" }, t().participants))),
      el("tbody", {}, rows)));
}

// ---------------------------------------------------------------- downloads

function download(format, extension, type) {
  if (!state.plan) return;
  save(new Blob([report(format)], { type }), extension);
}

/** The Word file: the writer is its own module (kehoach/docx), fetched on the first click only. */
async function downloadDocx() {
  if (!state.plan) return;
  const { reportDocx } = await import("../../bindings/wasm/pkg/docx.js");
  const bytes = reportDocx(state.plan, state.logText, state.period, { lang: state.lang });
  save(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }), "docx");
}

function save(blob, extension) {
  const link = el("a", { href: URL.createObjectURL(blob), download: `bao-cao-${state.period}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// ---------------------------------------------------------------- wiring

$("lang-switch").addEventListener("click", () => {
  state.lang = state.lang === "vi" ? "en" : "vi";
  refresh();
});
$("use-sample").addEventListener("click", () => loadSample($("example").value));
$("example").addEventListener("change", (event) => loadSample(event.target.value));
$("period").addEventListener("change", (event) => {
  state.period = event.target.value;
  renderPeriod();
});
$("plan-file").addEventListener("change", (event) => event.target.files[0] && takeFile(event.target.files[0], "plan"));
$("log-file").addEventListener("change", (event) => event.target.files[0] && takeFile(event.target.files[0], "log"));
$("download-html").addEventListener("click", () => download("html", "html", "text/html;charset=utf-8"));
$("download-markdown").addEventListener("click", () => download("markdown", "md", "text/markdown;charset=utf-8"));
$("download-docx").addEventListener("click", () => {
  downloadDocx().catch((error) => {
    console.error(error);
    $("data-status").textContent = String(error.message ?? error);
  });
});

const zone = $("drop-zone");
zone.addEventListener("dragover", (event) => {
  event.preventDefault();
  zone.classList.add("over");
});
zone.addEventListener("dragleave", () => zone.classList.remove("over"));
zone.addEventListener("drop", async (event) => {
  event.preventDefault();
  zone.classList.remove("over");
  for (const file of event.dataTransfer.files) await takeFile(file);
});

/**
 * The plan, log and period a link names (`?plan=…&log=…&period=…`, paths on this server): the
 * province page links each agency to its own view this way. False when the link names none.
 */
async function loadLinked() {
  const query = new URLSearchParams(location.search);
  const planPath = query.get("plan");
  if (!planPath) return false;
  const fetchText = async (path) => {
    const url = new URL(path, location.href);
    if (url.origin !== location.origin) throw new Error(url.href);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${url.pathname}`);
    return { text: await response.text(), name: decodeURIComponent(url.pathname.split("/").pop()) };
  };
  state.period = query.get("period");
  try {
    const plan = await fetchText(planPath);
    setPlan(plan.text, plan.name);
    const logPath = query.get("log");
    const log = logPath ? await fetchText(logPath) : { text: "[]", name: "" };
    state.logText = log.text;
    state.logName = log.name;
  } catch (error) {
    showError(t().loadFailed(t().planWord, error.message));
    return true;
  }
  refresh();
  return true;
}

applyInterfaceText();
if (!(await loadLinked())) await loadSample();
document.body.dataset.ready = "true";
