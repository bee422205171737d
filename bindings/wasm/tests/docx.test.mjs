// reportDocx and planDocx (the entry `kehoach/docx`, its own wasm module): Word packages whose
// document part holds what the text report and the plan say; inputs fail as renderReport's do.
// How they look in a word processor is scripts/test-docx.sh (LibreOffice).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { planDocx, reportDocx } from "../pkg/docx.js";
import { renderReport } from "../pkg/report.js";
import { example, exampleText, repo } from "./helpers.mjs";
import { zipEntry } from "./zip.mjs";

const log = await readFile(new URL("examples/activities/lang-son-2023.jsonl", repo), "utf8");

/** The text of a document part, markup removed and the five entities decoded. */
function text(xml) {
  return xml
    .replace(/<w:tab \/>/g, "\t")
    .replace(/<w:br [^>]*\/>/g, " ") // a header line set in two
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

for (const lang of ["vi", "en"]) {
  test(`reportDocx (${lang}): a Word package holding every line of the text report`, () => {
    const bytes = reportDocx(example, log, "2023-Q1", { lang });
    assert.ok(bytes instanceof Uint8Array);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    const document = text(zipEntry(bytes, "word/document.xml")).replace(/\s+/g, " ");
    const report = JSON.parse(renderReport(example, log, "2023-Q1", { lang, format: "json" }));
    for (const piece of [report.title, report.subject, report.header.motto, report.closing, ...report.signature]) {
      assert.ok(document.includes(piece.replace(/\s+/g, " ")), piece);
    }
    const plain = renderReport(exampleText, log, "2023-Q1", { lang, format: "text" });
    for (const line of plain.split("\n")) {
      for (const piece of line.split(/\s{2,}/).map((p) => p.trim()).filter((p) => p && !/^[-\s]+$/.test(p))) {
        assert.ok(document.includes(piece.replace(/\s+/g, " ")), `missing: ${piece}`);
      }
    }
    assert.match(zipEntry(bytes, "word/styles.xml"), /w:ascii="Times New Roman"/);
  });
}

test("planDocx: the plan as a Word package, headings in either language", () => {
  const vi = text(zipEntry(planDocx(exampleText), "word/document.xml"));
  for (const piece of ["KẾ HOẠCH", example.document.subject, "I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN", "Lưu: VT, VP. (CTL)"]) {
    assert.ok(vi.includes(piece), piece);
  }
  const en = text(zipEntry(planDocx(example, { lang: "en" }), "word/document.xml"));
  assert.ok(en.includes("I. PURPOSES AND REQUIREMENTS"));
});

test("hostile text is printed as text; characters XML forbids are dropped", () => {
  const plan = structuredClone(example);
  plan.document.subject = '<script>window.__xss=1</script>\u0000\u0001\u001f"&\'';
  const xml = zipEntry(planDocx(plan), "word/document.xml");
  assert.ok(!xml.includes("<script"));
  assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml));
  assert.ok(text(xml).includes("<script>window.__xss=1</script>\"&'"));
});

test("bad input throws Errors as renderReport does", () => {
  assert.throws(() => reportDocx(example, log, "2023-Q5"), /^Error: period: /);
  assert.throws(() => reportDocx("{", log, "2023-Q1"), (error) => error instanceof Error && error.message.startsWith("plan: "));
  assert.throws(() => reportDocx(example, log, "2023-Q1", { format: "docx" }), /options: /);
  assert.throws(() => planDocx(example, { lang: "fr" }), Error);
});
