// The province page: every agency's plan and log in, `kehoach/consolidate` does the work, the
// page draws. No figure is computed here: the agencies' figures, ranks, report statuses and
// the per-level totals all come from the package; the page sorts rows, scales bars to fit the
// drawing and links each agency to its own view (index.html?plan=…&log=…&period=…).
import { consolidate } from "../../bindings/wasm/pkg/consolidate.js";
import { provinceStrings as strings } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const query = new URLSearchParams(location.search);
// Another manifest on this server may be named with ?manifest=…; by default the example.
const MANIFEST = new URL(query.get("manifest") ?? "../province/manifest.json", location.href);

const state = {
  lang: "vi",
  period: query.get("period"),
  /** The manifest with each agency's documents in place of their paths. */
  manifest: null,
  /** Each agency's plan and log URL, by position in the manifest. */
  links: [],
  consolidation: null,
  sort: { key: "rank", ascending: true },
};

const $ = (id) => document.getElementById(id);
const t = () => strings[state.lang];

/** Creates an element with attributes and children; text goes in as text, never as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return node;
}

const number = (value) => value.toLocaleString(t().numberLocale);
/** `YYYY-MM-DD` as Nghị định 30 writes a day: dd/mm/yyyy. */
const day = (iso) => iso.split("-").reverse().join("/");

function showError(message) {
  $("load-error").textContent = message;
  $("load-error").hidden = !message;
}

// ---------------------------------------------------------------- data in

async function loadProvince() {
  const response = await fetch(MANIFEST);
  if (!response.ok) throw new Error(`${response.status} ${MANIFEST.pathname}`);
  const manifest = await response.json();
  const failures = [];
  const fetchDocument = async (path) => {
    const url = new URL(path, MANIFEST);
    if (url.origin !== location.origin) {
      failures.push(t().fileMissing(path));
      return undefined;
    }
    const file = await fetch(url);
    if (!file.ok) {
      failures.push(t().fileMissing(path));
      return undefined;
    }
    return { url: url.pathname, text: await file.text() };
  };
  const agencies = Array.isArray(manifest.agencies) ? manifest.agencies : [];
  state.links = await Promise.all(agencies.map(async (agency) => {
    const [plan, log] = await Promise.all([
      typeof agency.plan === "string" ? fetchDocument(agency.plan) : undefined,
      typeof agency.log === "string" ? fetchDocument(agency.log) : undefined,
    ]);
    // A document that could not be fetched is left out: the package reports the agency as
    // missing data, and the status line says which file failed.
    if (plan) agency.plan = plan.text; else delete agency.plan;
    if (log) agency.log = log.text; else delete agency.log;
    return { plan: plan?.url, log: log?.url };
  }));
  state.manifest = manifest;
  if (!state.period) {
    const received = agencies.flatMap((agency) => Object.keys(agency.received ?? {})).sort();
    state.period = received[0] ?? `${new Date().getFullYear()}`;
  }
  return failures;
}

// ---------------------------------------------------------------- rendering

function refresh() {
  applyInterfaceText();
  if (!state.manifest) return;
  try {
    state.consolidation = consolidate(state.manifest, state.period, { lang: state.lang });
  } catch (error) {
    state.consolidation = null;
    showError(t().loadFailed(error.message));
    $("province-charts").replaceChildren();
    $("agencies").replaceChildren();
    return;
  }
  const c = state.consolidation;
  const body = c.body;
  $("province-heading").textContent = t().heading(
    body.issuer.name, t().area(body.level, body.area), periodTitle(state.period));
  $("data-status").textContent = t().loaded(number(c.total.agencies), number(c.total.withData));
  renderCharts(c);
  renderTable(c);
}

function applyInterfaceText() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t()[node.dataset.i18n];
  }
  const toggle = $("lang-switch");
  toggle.textContent = t().switchTo;
  toggle.setAttribute("lang", state.lang === "vi" ? "en" : "vi");
  document.title = `kehoach — ${t().title}`;
  fillPeriods();
}

function periodOptions() {
  const year = /^\d{4}/.exec(state.period ?? "")?.[0] ?? `${new Date().getFullYear()}`;
  const p = t().periods;
  return [[`${year}-Q1`, p.Q1], [`${year}-H1`, p.H1], [`${year}-Q3`, p.Q3], [`${year}-9M`, p["9M"]], [year, p.year]];
}

function periodLabel(id) {
  return periodOptions().find(([value]) => value === id)?.[1] ?? id;
}

/** The period in a heading: "Quý I năm 2023"; a period the list does not know, as its id. */
function periodTitle(id) {
  const year = /^\d{4}/.exec(id)?.[0];
  const known = periodOptions().some(([value]) => value === id);
  return known && year ? t().periodOfYear(periodLabel(id), year, id === year) : id;
}

function fillPeriods() {
  const select = $("period");
  const options = periodOptions();
  if (state.period && !options.some(([id]) => id === state.period)) options.unshift([state.period, state.period]);
  select.replaceChildren(...options.map(([id, label]) => el("option", { value: id }, label)));
  if (state.period) select.value = state.period;
}

// ---------------------------------------------------------------- the chart

/**
 * Stacked horizontal bars, one per level and one for the whole area, on one scale; each part
 * a colour and a pattern-free label, and the same figures written out below as text.
 */
function stackedChart(id, caption, rows, parts) {
  const width = 640;
  const labelWidth = 150;
  const barHeight = 26;
  const gap = 12;
  const height = rows.length * (barHeight + gap) + gap;
  const largest = Math.max(1, ...rows.map((row) => parts.reduce((sum, part) => sum + row.values[part.key], 0)));
  const scale = (width - labelWidth - 50) / largest;
  const svg = el("svg:svg", {
    viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-text`,
    "data-chart": id,
  }, el("svg:title", { id: `${id}-title` }, caption));
  rows.forEach((row, index) => {
    const y = gap + index * (barHeight + gap);
    const group = el("svg:g", { class: "stack", "data-row": row.key });
    group.append(el("svg:text", { x: 0, y: y + barHeight * 0.7, class: "bar-label" }, row.name));
    let x = labelWidth;
    for (const part of parts) {
      const value = row.values[part.key];
      if (value === 0) continue;
      const w = value * scale;
      group.append(el("svg:rect", {
        x, y, width: w, height: barHeight, class: `part-${part.key}`, "data-part": part.key, "data-value": value,
      }, el("svg:title", {}, `${row.name}: ${number(value)} ${part.label}`)));
      if (w > 24) {
        group.append(el("svg:text", { x: x + w / 2, y: y + barHeight * 0.7, class: "part-value", "text-anchor": "middle" }, number(value)));
      }
      x += w;
    }
    svg.append(group);
  });
  const legend = el("p", { class: "legend", "aria-hidden": "true" },
    parts.map((part) => el("span", { class: `part-${part.key}` }, part.label)));
  const text = el("ul", { id: `${id}-text`, class: "chart-text" }, rows.map((row) =>
    el("li", {}, t().chartLine(row.name, parts.map((part) => `${number(row.values[part.key])} ${part.label}`).join(", ")))));
  return el("figure", { class: "chart" }, el("figcaption", {}, caption), svg, legend, text);
}

function renderCharts(c) {
  const rows = [
    ...c.levels.map((level) => ({ key: level.level, name: t().levels[level.level], totals: level })),
    { key: "total", name: t().total(c.body.level), totals: c.total },
  ];
  const q = t().quotaParts;
  const quotas = stackedChart("quotas", t().quotasChart,
    rows.map((row) => ({ ...row, values: {
      met: row.totals.figures.quotasMet, exceeded: row.totals.figures.quotasExceeded,
      short: row.totals.figures.quotasShort, notOver: row.totals.figures.quotasNotOver,
    } })),
    [{ key: "met", label: q.met }, { key: "exceeded", label: q.exceeded }, { key: "short", label: q.short }, { key: "notOver", label: q.notOver }]);
  const r = t().reportParts;
  const reports = stackedChart("reports", t().reportsChart,
    rows.map((row) => ({ ...row, values: {
      onTime: row.totals.reportsOnTime, received: row.totals.reportsReceived,
      late: row.totals.reportsLate, missing: row.totals.reportsMissing,
    } })),
    [{ key: "onTime", label: r.onTime }, { key: "received", label: r.received }, { key: "late", label: r.late }, { key: "missing", label: r.missing }]);
  $("province-charts").replaceChildren(quotas, reports);
}

// ---------------------------------------------------------------- the table

/** The columns: heading key, whether numeric, the sort value and the cell of an agency. */
function columns() {
  const s = t();
  const judged = (f) => f.quotasMet + f.quotasShort + f.quotasExceeded;
  return [
    { key: "rank", numeric: true, value: (a) => a.rank ?? Infinity, cell: (a) => (a.rank === undefined ? "—" : number(a.rank)) },
    { key: "name", value: (a) => a.name, cell: (a, index) => nameCell(a, index) },
    { key: "level", value: (a) => ["department", "district", "commune"].indexOf(a.level), cell: (a) => s.levelCell[a.level] },
    {
      key: "quotas",
      // Short rows first when sorting by quotas, then the share met.
      value: (a) => (a.figures ? [a.figures.quotasShort, judged(a.figures) ? -a.figures.quotasMet / judged(a.figures) : 0] : [Infinity, 0]),
      cell: (a) => quotaCell(a),
    },
    {
      key: "forms", numeric: true,
      value: (a) => (a.figures?.formsTotal ? a.figures.formsCarriedOut / a.figures.formsTotal : -1),
      cell: (a) => (a.figures ? `${number(a.figures.formsCarriedOut)}/${number(a.figures.formsTotal)}` : "—"),
    },
    { key: "tasks", numeric: true, value: (a) => a.figures?.tasksOverdue ?? -1, cell: (a) => (a.figures ? number(a.figures.tasksOverdue) : "—") },
    { key: "activities", numeric: true, value: (a) => a.figures?.activities ?? -1, cell: (a) => (a.figures ? number(a.figures.activities) : "—") },
    {
      key: "report",
      value: (a) => [["on-time", "received", "late", "missing"].indexOf(a.report.status), a.report.daysLate ?? 0],
      cell: (a) => reportCell(a),
    },
    { key: "data", value: (a) => (a.figures ? 0 : 1), cell: (a) => dataCell(a) },
  ];
}

function badge(kind, text) {
  return el("span", { class: `badge badge-${kind}` }, text);
}

function nameCell(agency, index) {
  const link = state.links[index];
  if (!link?.plan) return agency.name;
  const params = new URLSearchParams({ plan: link.plan, ...(link.log ? { log: link.log } : {}), period: state.period });
  return el("a", { href: `index.html?${params}`, "aria-label": t().openAgency(agency.name), "data-agency": agency.id }, agency.name);
}

function quotaCell(agency) {
  const s = t().quotaStatus;
  const f = agency.figures;
  if (!f) return s.none;
  const judged = f.quotasMet + f.quotasShort + f.quotasExceeded;
  const status = f.quotasShort > 0 ? badge("bad", s.short(number(f.quotasShort)))
    : judged > 0 ? badge("ok", s.met) : badge("open", s.open);
  return [status, judged > 0 ? el("span", { class: "cell-note" }, t().quotaOf(number(f.quotasMet), number(judged))) : null];
}

function reportCell(agency) {
  const s = t().reportStatus;
  const report = agency.report;
  const kind = { "on-time": "ok", received: "open", late: "warn", missing: "bad" }[report.status];
  const text = report.status === "late" ? s.late(number(report.daysLate ?? 0)) : s[report.status];
  return [badge(kind, text), report.received ? el("span", { class: "cell-note" }, t().receivedOn(day(report.received))) : null];
}

function dataCell(agency) {
  if (agency.figures) return badge("ok", t().dataOk);
  return el("details", { class: "data-missing" },
    el("summary", {}, badge("broken", t().dataMissing)),
    el("ul", {}, agency.diagnostics.map((d) => el("li", {}, el("span", { class: "diag-code" }, d.code), d.message))));
}

function compare(a, b) {
  if (Array.isArray(a)) {
    for (let i = 0; i < a.length; i++) {
      const order = compare(a[i], b[i]);
      if (order !== 0) return order;
    }
    return 0;
  }
  if (typeof a === "string") return a.localeCompare(b, state.lang);
  return a === b ? 0 : a < b ? -1 : 1;
}

function renderTable(c) {
  const cols = columns();
  const column = cols.find((col) => col.key === state.sort.key) ?? cols[0];
  const rows = c.agencies.map((agency, index) => ({ agency, index }));
  rows.sort((x, y) => {
    const order = compare(column.value(x.agency), column.value(y.agency));
    // Ties keep manifest order whichever way the column is sorted.
    return (state.sort.ascending ? order : -order) || x.index - y.index;
  });
  const head = el("tr", {}, cols.map((col) => {
    const sorted = col.key === state.sort.key;
    return el("th", {
      scope: "col", class: col.numeric ? "num" : undefined,
      "aria-sort": sorted ? (state.sort.ascending ? "ascending" : "descending") : "none",
    }, el("button", { type: "button", class: "sort", "data-sort": col.key }, t().columns[col.key],
      el("span", { class: "sort-mark", "aria-hidden": "true" }, sorted ? (state.sort.ascending ? " ▲" : " ▼") : "")));
  }));
  const body = rows.map(({ agency, index }) => el("tr", {
    "data-agency": agency.id,
    class: agency.figures ? (agency.figures.quotasShort > 0 ? "row-short" : "row-met") : "row-broken",
  }, cols.map((col) => (col.key === "name"
    ? el("th", { scope: "row" }, col.cell(agency, index))
    : el("td", { class: col.numeric ? "num" : undefined, "data-col": col.key }, col.cell(agency, index))))));
  const table = el("table", { class: "agencies" },
    el("caption", { class: "visually-hidden" }, t().agenciesHeading),
    el("thead", {}, head), el("tbody", {}, body));
  $("agencies").replaceChildren(table);
}

function sortBy(key) {
  state.sort = state.sort.key === key ? { key, ascending: !state.sort.ascending } : { key, ascending: true };
  renderTable(state.consolidation);
  // The heading was drawn again: keep the keyboard where it was.
  document.querySelector(`button.sort[data-sort="${key}"]`)?.focus();
}

// ---------------------------------------------------------------- downloads

async function download(format, extension, type) {
  if (!state.consolidation) return;
  // The report's module is fetched on the first click only.
  const { renderConsolidated } = await import("../../bindings/wasm/pkg/consolidated-report.js");
  const text = renderConsolidated(state.consolidation, { format, lang: state.lang });
  const link = el("a", {
    href: URL.createObjectURL(new Blob([text], { type })), download: `bao-cao-tong-hop-${state.period}.${extension}`,
  });
  document.body.append(link);
  link.click();
  link.remove();
}

// ---------------------------------------------------------------- events

$("agencies").addEventListener("click", (event) => {
  const button = event.target.closest("button.sort");
  if (button) sortBy(button.dataset.sort);
});
$("lang-switch").addEventListener("click", () => {
  state.lang = state.lang === "vi" ? "en" : "vi";
  refresh();
});
$("period").addEventListener("change", (event) => {
  state.period = event.target.value;
  refresh();
});
$("download-html").addEventListener("click", () => download("html", "html", "text/html;charset=utf-8"));
$("download-markdown").addEventListener("click", () => download("markdown", "md", "text/markdown;charset=utf-8"));

applyInterfaceText();
try {
  const failures = await loadProvince();
  refresh();
  if (failures.length) showError(t().loadFailed(failures.join("; ")));
} catch (error) {
  showError(t().loadFailed(error.message));
}
document.body.dataset.ready = "true";
