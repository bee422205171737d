// The province page in a real browser (Debian's Chromium driven by playwright-core), against
// the consolidation the npm package computes in Node for the same example province: the table
// and the chart say the package's figures, the headings sort by click and by keyboard, each
// agency opens in the dashboard, and a phone's width scrolls the table, not the page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { consolidate } from "../../../bindings/wasm/pkg/consolidate.node.js";
import { renderConsolidated } from "../../../bindings/wasm/pkg/consolidated-report.node.js";
import { evaluate } from "../../../bindings/wasm/pkg/index.node.js";
import { startServer } from "../serve.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const provinceDir = join(root, "examples/province");
const manifestText = readFileSync(join(provinceDir, "manifest.json"), "utf8");

/** The example manifest with its documents in place, as the page hands it to the package. */
function withDocuments(text = manifestText) {
  const manifest = JSON.parse(text);
  for (const agency of manifest.agencies) {
    for (const key of ["plan", "log"]) {
      if (typeof agency[key] === "string") agency[key] = readFileSync(join(provinceDir, agency[key]), "utf8");
    }
  }
  return manifest;
}

const PERIOD = "2023-Q1";
const expected = consolidate(withDocuments(), PERIOD);

let server;
let browser;

async function open({ viewport = { width: 1280, height: 900 }, path = "/examples/web/province.html", route } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.fetched = [];
  page.on("request", (request) => page.fetched.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  if (route) await page.route(route.pattern, route.handler);
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  assert.deepEqual(errors, [], "the page loads without errors");
  return page;
}

/** The table's rows as the page shows them: agency id and the text of each cell. */
async function rows(page) {
  return page.$$eval("table.agencies tbody tr", (trs) => trs.map((tr) => ({
    id: tr.dataset.agency,
    name: tr.querySelector("th").textContent.trim(),
    cells: Object.fromEntries([...tr.querySelectorAll("td")].map((td) => [td.dataset.col, td.textContent.trim()])),
    rank: tr.querySelector("td:first-of-type")?.textContent.trim(),
  })));
}

before(async () => {
  server = await startServer(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe("the province page", () => {
  test("lists every agency with the package's figures and statuses in words, ranked", async () => {
    const page = await open();
    assert.equal(await page.textContent("#province-heading"), "Sở Nội vụ tỉnh Lạng Sơn — Quý I năm 2023");
    const shown = await rows(page);
    assert.equal(shown.length, expected.agencies.length);
    // Sorted by rank at first: ranked agencies in rank order, the ones without data last.
    const ranks = shown.map((row) => expected.agencies.find((a) => a.id === row.id).rank ?? Infinity);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    for (const row of shown) {
      const agency = expected.agencies.find((a) => a.id === row.id);
      assert.equal(row.name, agency.name);
      assert.equal(row.cells.rank, agency.rank === undefined ? "—" : String(agency.rank));
      assert.equal(row.cells.activities, agency.figures ? agency.figures.activities.toLocaleString("vi-VN") : "—");
      const report = { "on-time": /^Đúng hạn/, late: new RegExp(`^Muộn ${agency.report.daysLate} ngày`), missing: /^Chưa gửi/, received: /^Đã nhận/ }[agency.report.status];
      assert.match(row.cells.report, report, `${agency.id}: ${row.cells.report}`);
      if (agency.report.received) {
        const [y, m, d] = agency.report.received.split("-");
        assert.ok(row.cells.report.includes(`${d}/${m}/${y}`), `${agency.id}: received day as dd/mm/yyyy`);
      }
      if (!agency.figures) {
        assert.match(row.cells.data, /Thiếu số liệu/);
        for (const diagnostic of agency.diagnostics) assert.ok(row.cells.data.includes(diagnostic.code));
      } else if (agency.figures.quotasShort > 0) {
        assert.match(row.cells.quotas, new RegExp(`^Chưa đạt ${agency.figures.quotasShort}`));
      }
    }
    const late = expected.agencies.filter((a) => a.report.status === "late").length;
    assert.ok(late > 0 && shown.filter((row) => /^Muộn/.test(row.cells.report)).length === late);
  });

  test("the chart draws the per-level and provincial totals, and says them in text", async () => {
    const page = await open();
    const drawn = await page.$$eval("svg[data-chart=quotas] g.stack", (groups) => groups.map((g) => ({
      row: g.dataset.row,
      parts: Object.fromEntries([...g.querySelectorAll("rect")].map((r) => [r.dataset.part, Number(r.dataset.value)])),
      widths: Object.fromEntries([...g.querySelectorAll("rect")].map((r) => [r.dataset.part, Number(r.getAttribute("width"))])),
    })));
    const totals = [...expected.levels.map((level) => [level.level, level]), ["total", expected.total]];
    assert.deepEqual(drawn.map((d) => d.row), totals.map(([key]) => key));
    let scale;
    for (const [key, level] of totals) {
      const row = drawn.find((d) => d.row === key);
      const want = { met: level.figures.quotasMet, exceeded: level.figures.quotasExceeded, short: level.figures.quotasShort, notOver: level.figures.quotasNotOver };
      assert.deepEqual(row.parts, Object.fromEntries(Object.entries(want).filter(([, v]) => v > 0)), key);
      for (const [part, value] of Object.entries(row.parts)) {
        scale ??= row.widths[part] / value;
        assert.ok(Math.abs(row.widths[part] - value * scale) < 0.01, "one scale for every bar");
      }
    }
    const text = await page.$eval("#quotas-text", (list) => list.textContent);
    assert.ok(text.includes(`Toàn tỉnh: ${expected.total.figures.quotasMet} đạt`), text);
    const label = await page.$eval("svg[data-chart=quotas]", (svg) => svg.getAttribute("aria-describedby"));
    assert.equal(label, "quotas-text");
    const reports = await page.$eval("svg[data-chart=reports] g.stack[data-row=total]", (g) =>
      Object.fromEntries([...g.querySelectorAll("rect")].map((r) => [r.dataset.part, Number(r.dataset.value)])));
    assert.equal(reports.late, expected.total.reportsLate);
    assert.equal(reports.missing, expected.total.reportsMissing);
  });

  test("headings sort by click, both ways, and say so with aria-sort", async () => {
    const page = await open();
    const activities = (shown) => shown.map((row) => expected.agencies.find((a) => a.id === row.id).figures?.activities ?? -1);
    await page.click("button.sort[data-sort=activities]");
    assert.equal(await page.getAttribute("th:has(button[data-sort=activities])", "aria-sort"), "ascending");
    assert.equal(await page.getAttribute("th:has(button[data-sort=rank])", "aria-sort"), "none");
    let order = activities(await rows(page));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    await page.click("button.sort[data-sort=activities]");
    assert.equal(await page.getAttribute("th:has(button[data-sort=activities])", "aria-sort"), "descending");
    order = activities(await rows(page));
    assert.deepEqual(order, [...order].sort((a, b) => b - a));
    assert.ok(order[0] > order.at(-1), "the sort changed something");
  });

  test("the keyboard alone reaches a heading and sorts by it", async () => {
    const page = await open();
    let focused = null;
    for (let i = 0; i < 40 && focused === null; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.matches("button.sort") ? document.activeElement.dataset.sort : null);
    }
    assert.equal(focused, "rank", "Tab reaches the first heading");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute("th:has(button[data-sort=name])", "aria-sort"), "ascending");
    const names = (await rows(page)).map((row) => row.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, "vi")));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.sort), "name", "focus stays on the heading");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute("th:has(button[data-sort=name])", "aria-sort"), "descending");
  });

  test("an agency's name opens its own view in the dashboard, for the same period", async () => {
    const page = await open();
    const agency = expected.agencies.find((a) => a.figures && a.report.status === "late");
    await Promise.all([page.waitForURL(/index\.html\?/), page.click(`a[data-agency="${agency.id}"]`)]);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    const manifest = JSON.parse(manifestText);
    const entry = manifest.agencies.find((a) => a.id === agency.id);
    const plan = readFileSync(join(provinceDir, entry.plan), "utf8");
    const log = readFileSync(join(provinceDir, entry.log), "utf8");
    const evaluation = evaluate(plan, log, PERIOD);
    assert.equal(await page.inputValue("#period"), PERIOD);
    const status = await page.textContent("#data-status");
    assert.ok(status.includes(entry.plan.split("/").pop()), status);
    assert.ok(status.includes(`(${evaluation.log.records} `), status);
    assert.equal(await page.isHidden("#load-error"), true);
  });

  test("at 375 px the page does not scroll sideways; the table scrolls in its own box", async () => {
    const page = await open({ viewport: { width: 375, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal page scrolling at 375 px (overflow ${overflow})`);
    const box = await page.$eval("#agencies", (wrap) => ({ scroll: wrap.scrollWidth, client: wrap.clientWidth, style: getComputedStyle(wrap).overflowX }));
    assert.ok(box.scroll > box.client && box.style === "auto", `the table scrolls in its box (${JSON.stringify(box)})`);
    // The bars keep a readable size and scroll in the chart's own box, as the dashboard's do.
    const chart = await page.$eval("svg[data-chart=quotas]", (svg) => {
      const figure = svg.closest(".chart");
      return { right: figure.getBoundingClientRect().right, style: getComputedStyle(figure).overflowX };
    });
    assert.ok(chart.right <= 375 && chart.style === "auto", `the chart's box fits the screen (${JSON.stringify(chart)})`);
  });

  test("the consolidated report downloads on click, from a module fetched only then", async () => {
    const page = await open();
    assert.ok(!page.fetched.some((url) => url.includes("consolidated_report")), "the report's module waits for the click");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-markdown")]);
    assert.equal(download.suggestedFilename(), `bao-cao-tong-hop-${PERIOD}.md`);
    const text = readFileSync(await download.path(), "utf8");
    assert.equal(text, renderConsolidated(expected, { format: "markdown", lang: "vi" }));
    assert.match(text, /BÁO CÁO/);
  });

  test("names from the manifest are shown as text, never as HTML", async () => {
    const hostile = JSON.parse(manifestText);
    hostile.agencies[0].name = "<img src=x onerror=\"document.body.dataset.pwned=1\"> Sở <b>Tư</b> pháp";
    const page = await open({
      route: {
        pattern: "**/examples/province/manifest.json",
        handler: (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(hostile) }),
      },
    });
    assert.equal(await page.$("table.agencies img, table.agencies b"), null);
    const names = (await rows(page)).map((row) => row.name);
    assert.ok(names.includes(hostile.agencies[0].name));
    assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);
  });
});
