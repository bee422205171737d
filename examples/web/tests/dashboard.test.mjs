// The dashboard in a real browser (Debian's Chromium driven by playwright-core), against the
// figures the npm package computes in Node for the same inputs.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { evaluate } from "../../../bindings/wasm/pkg/index.js";
import { validatePlan } from "../../../bindings/wasm/pkg/validate.js";
import { zipEntry } from "../../../bindings/wasm/tests/zip.mjs";
import { startServer } from "../serve.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const artifacts = join(root, "tests/artifacts/dashboard");
const planText = await readFile(join(root, "examples/plans/lang-son-2023.json"), "utf8");
const logText = await readFile(join(root, "examples/activities/lang-son-2023.jsonl"), "utf8");
const plan = JSON.parse(planText);
const QUOTA = plan.quotas[0].id;
// The second bundled example: a district plan with an appendix task table.
const districtPlanText = await readFile(join(root, "examples/plans/huyen-hoa-lam-2024.json"), "utf8");
const districtLogText = await readFile(join(root, "examples/activities/huyen-hoa-lam-2024.jsonl"), "utf8");
const districtPlan = JSON.parse(districtPlanText);

let server;
let browser;
let page;

async function open(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const opened = await context.newPage();
  const errors = [];
  // Every URL the page requested, in order: which modules it fetched, and when.
  opened.fetched = [];
  opened.on("request", (request) => opened.fetched.push(request.url()));
  opened.on("pageerror", (error) => errors.push(error.message));
  opened.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  opened.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  const { port } = server.address();
  await opened.goto(`http://127.0.0.1:${port}/examples/web/`);
  await opened.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  assert.deepEqual(errors, [], "the page loads without errors");
  return opened;
}

/** The bars of the quota chart as the page drew them. */
async function bars(target) {
  return target.$$eval(`svg[data-quota="${QUOTA}"] g.bar`, (groups) =>
    groups.map((group) => {
      const rect = group.querySelector("rect");
      return {
        period: group.dataset.period,
        achieved: Number(group.dataset.achieved),
        required: Number(group.dataset.required),
        status: group.dataset.status,
        height: Number(rect.getAttribute("height")),
      };
    }));
}

function expectedRows(period) {
  const evaluation = evaluate(plan, logText, period);
  return evaluation.quotas.find((quota) => quota.quota === QUOTA).rows;
}

function assertBarsMatch(drawn, rows) {
  assert.equal(drawn.length, rows.length);
  assert.deepEqual(
    drawn.map(({ period, achieved, required, status }) => ({ period, achieved, required, status })),
    rows.map(({ period, achieved, required, status }) => ({ period, achieved, required, status })));
  // Heights are proportional to the achieved counts: same ratio for every bar.
  const highest = Math.max(...rows.map((row) => Math.max(row.achieved, row.required)));
  const tallest = drawn.reduce((max, bar) => Math.max(max, bar.height), 0);
  const scale = drawn.find((bar) => bar.achieved > 0)?.height / drawn.find((bar) => bar.achieved > 0)?.achieved;
  for (const bar of drawn) {
    assert.ok(Math.abs(bar.height - bar.achieved * scale) < 0.01, `bar ${bar.period} height ${bar.height} is ${bar.achieved} × ${scale}`);
  }
  assert.ok(tallest <= highest * scale + 0.01);
}

before(async () => {
  await mkdir(artifacts, { recursive: true });
  server = await startServer(0);
  // Playwright starts Chromium with a fresh temporary profile of its own (a new user-data dir).
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  page = await open();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe("the dashboard", () => {
  test("shows the bundled plan's warnings and no errors", async () => {
    const expected = validatePlan(plan, { lang: "vi" });
    assert.equal(expected.filter((d) => d.severity === "error").length, 0);
    assert.ok(expected.length > 0, "the draft plan has warnings");
    assert.equal(await page.locator('[data-severity="error"]').count(), 0);
    const shown = await page.$$eval('[data-severity="warning"] li', (items) =>
      items.map((item) => ({ code: item.dataset.code, text: item.textContent })));
    assert.deepEqual(shown.map((item) => item.code), expected.filter((d) => d.severity === "warning").map((d) => d.code));
    for (const [index, diagnostic] of expected.filter((d) => d.severity === "warning").entries()) {
      assert.ok(shown[index].text.includes(diagnostic.message), "each warning shows its message");
      assert.ok(shown[index].text.includes(diagnostic.path), "and where it points");
    }
    await page.screenshot({ path: join(artifacts, "01-plan-year.png"), fullPage: true });
  });

  test("the year chart has twelve bars matching evaluate", async () => {
    assert.equal(await page.locator("#period").inputValue(), "2023");
    const drawn = await bars(page);
    assert.equal(drawn.length, 12);
    assertBarsMatch(drawn, expectedRows("2023"));
    assert.ok(drawn.some((bar) => bar.status === "short"), "the sample log has months short of the quota");
  });

  test("switching to Quý I shows the figures of 2023-Q1", async () => {
    await page.selectOption("#period", "2023-Q1");
    const rows = expectedRows("2023-Q1");
    await page.waitForFunction((count) => document.querySelectorAll("svg g.bar").length === count, rows.length);
    assertBarsMatch(await bars(page), rows);
    const totals = evaluate(plan, logText, "2023-Q1").forms;
    const shown = await page.$$eval("#totals tbody tr", (trs) => trs.map((tr) => ({ form: tr.dataset.form, count: Number(tr.children[1].dataset.value) })));
    assert.deepEqual(shown, totals.map((form) => ({ form: form.form, count: form.totals.activities })));
    await page.screenshot({ path: join(artifacts, "02-quarter-1.png"), fullPage: true });
  });

  test("the report downloads as HTML and Markdown", async () => {
    const [html] = await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
    const htmlText = await readFile(await html.path(), "utf8");
    assert.match(html.suggestedFilename(), /^bao-cao-2023-Q1\.html$/);
    assert.ok(htmlText.includes("BÁO CÁO"), "the Vietnamese report");
    const [markdown] = await Promise.all([page.waitForEvent("download"), page.click("#download-markdown")]);
    const markdownText = await readFile(await markdown.path(), "utf8");
    assert.ok(markdownText.includes("BÁO CÁO"));
    const preview = await page.locator("#report-preview").getAttribute("srcdoc");
    assert.equal(preview, htmlText, "the preview is the downloaded report");
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await frame.waitForFunction(() => document.body?.innerText.includes("BÁO CÁO"));
    // Full-page screenshots leave sandboxed frames blank: take the preview on its own.
    await page.locator("#report-preview").screenshot({ path: join(artifacts, "02b-report-preview.png") });
  });

  test("the report downloads as Word, the Word writer fetched only on that click", async () => {
    const docxModule = /\/pkg\/(?:docx\.js|docx-manual\.js|kehoach_docx\.js|kehoach_docx_bg\.wasm)$/;
    assert.deepEqual(page.fetched.filter((url) => docxModule.test(url)), [], "nothing of kehoach/docx before the click");
    const [docx] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
    assert.match(docx.suggestedFilename(), /^bao-cao-2023-Q1\.docx$/);
    const fetched = page.fetched.filter((url) => docxModule.test(url)).map((url) => url.replace(/^.*\/pkg\//, ""));
    assert.ok(fetched.includes("docx.js") && fetched.includes("kehoach_docx_bg.wasm"), `fetched on the click: ${fetched}`);
    const bytes = new Uint8Array(await readFile(await docx.path()));
    assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], "a ZIP package");
    const xml = zipEntry(bytes, "word/document.xml");
    assert.ok(xml, "with word/document.xml");
    assert.ok(xml.includes("BÁO CÁO"), "holding the report's title");
    assert.ok(xml.includes("Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính quý I năm 2023"), "and its subject");
    await writeFile(join(artifacts, "bao-cao-2023-Q1.docx"), bytes);
  });

  test("the English switch changes the interface", async () => {
    await page.click("#lang-switch");
    assert.equal(await page.locator("h1").textContent(), "Tracking the administrative-reform communication plan");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    const expected = validatePlan(plan, { lang: "en" }).map((d) => d.message);
    const shown = await page.$$eval(".diag-message", (items) => items.map((item) => item.textContent));
    assert.deepEqual(shown, expected, "diagnostics in English");
    await page.screenshot({ path: join(artifacts, "03-english.png"), fullPage: true });
    await page.click("#lang-switch");
    assert.equal(await page.getAttribute("html", "lang"), "vi");
  });

  test("the example picker loads the district example and goes back", async () => {
    const offered = await page.$$eval("#example option", (options) => options.map((option) => option.value));
    assert.deepEqual(offered, ["lang-son-2023", "huyen-hoa-lam-2024"]);
    assert.equal(await page.locator("#example").inputValue(), "lang-son-2023", "Lạng Sơn by default");
    await page.selectOption("#example", "huyen-hoa-lam-2024");
    await page.waitForFunction(() => document.getElementById("period").value === "2024");
    // The district plan is clean: no finding at all.
    assert.deepEqual(validatePlan(districtPlan, { lang: "vi" }), []);
    await page.waitForSelector(".diag-none");
    assert.match(await page.locator("#data-status").textContent(), /Huyện Hòa Lâm/);
    assert.match(await page.locator("#data-status").textContent(), /\(57 hoạt động\)/);
    // Both quotas drawn, each bar as the package evaluates the district log.
    const evaluation = evaluate(districtPlan, districtLogText, "2024");
    for (const quota of evaluation.quotas) {
      const drawn = await page.$$eval(`svg[data-quota="${quota.quota}"] g.bar`, (groups) =>
        groups.map((group) => ({ period: group.dataset.period, achieved: Number(group.dataset.achieved), status: group.dataset.status })));
      assert.deepEqual(drawn, quota.rows.map(({ period, achieved, status }) => ({ period, achieved, status })), quota.quota);
    }
    assert.equal(evaluation.quotas.length, 2);
    await page.selectOption("#period", "2024-Q1");
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await frame.waitForFunction(() => document.body?.innerText.includes("quý I năm 2024"));
    const report = await frame.evaluate(() => document.body.innerText);
    assert.ok(report.includes("ỦY BAN NHÂN DÂN HUYỆN HÒA LÂM"), "the district's report");
    assert.ok(report.includes("Kế hoạch số 25/KH-UBND"));
    await page.screenshot({ path: join(artifacts, "07-district-quarter-1.png"), fullPage: true });
    // The picker's labels follow the language.
    await page.click("#lang-switch");
    assert.match(await page.locator('#example option[value="huyen-hoa-lam-2024"]').textContent(), /Hòa Lâm district/);
    await page.click("#lang-switch");
    // Back to Lạng Sơn: its year, its report.
    await page.selectOption("#example", "lang-son-2023");
    await page.waitForFunction(() => document.getElementById("period").value === "2023");
    assert.equal(await page.locator('[data-severity="warning"] li').count(), validatePlan(plan, { lang: "vi" }).length);
  });

  test("a broken plan shows its diagnostics", async () => {
    const broken = structuredClone(plan);
    broken.document.number = "5 /KH-SVHTTDL";
    broken.quotas[0].min = 0;
    broken.quotas[0].form = "khong-co";
    const file = join(artifacts, "broken-plan.json");
    await writeFile(file, JSON.stringify(broken));
    await page.setInputFiles("#plan-file", file);
    await page.waitForSelector('[data-severity="error"]');
    const expected = validatePlan(broken, { lang: "vi" }).filter((d) => d.severity === "error").map((d) => d.code);
    const shown = await page.$$eval('[data-severity="error"] li', (items) => items.map((item) => item.dataset.code));
    assert.ok(expected.length >= 2);
    assert.deepEqual(shown, expected);
    await page.screenshot({ path: join(artifacts, "04-broken-plan.png"), fullPage: true });

    const unreadable = join(artifacts, "unreadable-plan.json");
    await writeFile(unreadable, planText.replace('"year": 2023,', '"year": 2023, "colour": "red",'));
    await page.setInputFiles("#plan-file", unreadable);
    await page.waitForSelector("#load-error:not([hidden])");
    assert.match(await page.locator("#load-error").textContent(), /colour/);
  });

  test("payloads in every text of the plan and the log stay text", async () => {
    const payloads = (await readFile(join(root, "tests/fixtures/xss/payloads.txt"), "utf8")).split("\n").filter((line) => line.trim());
    assert.ok(payloads.length >= 50);
    const notText = new Set(["id", "kind", "form", "units", "unit", "monitoringUnit", "measure", "period", "scope", "date", "channels", "schedule", "authority", "holidays", "audience"]);
    for (const offset of [0, 1, 2]) {
      let next = offset;
      const poison = (value, key) => {
        if (notText.has(key)) return value;
        if (typeof value === "string") return payloads[next++ % payloads.length];
        if (Array.isArray(value)) return value.map((item) => poison(item, key));
        if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
        return value;
      };
      const poisoned = poison(structuredClone(plan), undefined);
      const log = logText.split("\n").filter(Boolean).map((line) => {
        const record = JSON.parse(line);
        for (const key of ["title", "evidence", "notes"]) record[key] = payloads[next++ % payloads.length];
        return JSON.stringify(record);
      }).join("\n");
      const planFile = join(artifacts, `xss-plan-${offset}.json`);
      const logFile = join(artifacts, `xss-log-${offset}.jsonl`);
      await writeFile(planFile, JSON.stringify(poisoned));
      await writeFile(logFile, log);
      await page.setInputFiles("#plan-file", planFile);
      await page.setInputFiles("#log-file", logFile);
      await page.waitForFunction((name) => document.getElementById("data-status").textContent.includes(name), `xss-log-${offset}.jsonl`);
      for (const period of ["2023", "2023-Q1"]) {
        await page.selectOption("#period", period);
        const report = page.frames().find((candidate) => candidate !== page.mainFrame());
        await report.waitForFunction(() => document.readyState === "complete");
      }
      await page.waitForTimeout(200);
      const found = await page.evaluate(() => ({
        flag: window.__xss,
        handlers: [...document.querySelectorAll("*")].filter((node) => [...node.attributes].some((a) => a.name.startsWith("on"))).map((node) => node.outerHTML.slice(0, 80)),
        scripts: [...document.scripts].map((script) => script.src),
        foreign: document.querySelectorAll("main img, main iframe:not(#report-preview), main object, main embed, main form, main style, main link").length,
      }));
      assert.equal(found.flag, undefined, "no payload ran");
      assert.deepEqual(found.handlers, [], "no event handler attributes");
      assert.equal(found.scripts.length, 1, "only the page's own module");
      assert.equal(found.foreign, 0, "no injected elements");
      const shown = await page.locator("main").innerText();
      assert.ok(shown.includes(payloads[offset % payloads.length]) || shown.includes("__xss"), "the payloads are shown as text");
    }
    await page.screenshot({ path: join(artifacts, "06-xss-payloads.png"), fullPage: true });
  });

  test("is usable at phone width and by keyboard", async () => {
    const phone = await open({ width: 375, height: 800 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling at 375 px (overflow ${overflow})`);
    // Every control has a name a screen reader can read.
    const unnamed = await phone.$$eval("button, select, input", (controls) =>
      controls.filter((control) => !(control.labels?.length || control.textContent.trim() || control.getAttribute("aria-label"))).map((c) => c.id));
    assert.deepEqual(unnamed, []);
    // The period can be chosen with the keyboard alone.
    await phone.focus("#period");
    await phone.keyboard.press("ArrowUp");
    assert.notEqual(await phone.locator("#period").inputValue(), "2023");
    await phone.screenshot({ path: join(artifacts, "05-phone.png"), fullPage: true });
    await phone.context().close();
  });
});
