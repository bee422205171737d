//! WebAssembly bindings of kehoach's periodic reports, published in the npm package `kehoach`
//! as the subpath `kehoach/report`: the report an official signs, or its drafter's checklist,
//! as Markdown, HTML, text or JSON.
//!
//! A module of its own because the report is as large as loading and evaluation together, and
//! a tracking page evaluates on every change but asks for a report now and then: it imports
//! `kehoach/report` when the user asks. This crate only translates (see `bindings/wasm`).

use kehoach_wasm_boundary::report_inputs;
use wasm_bindgen::prelude::*;

/// Renders the periodic report (Markdown by default; `"html"`, `"text"` or `"json"`) in
/// Vietnamese (default) or English, from the same inputs as `evaluate`; with
/// `{ checklist: true }` the drafter's checklist instead, with `{ part: "section" }` the body
/// alone as a section of the agency's periodic CCHC report.
#[wasm_bindgen(js_name = "renderReport")]
pub fn render_report(
    #[wasm_bindgen(unchecked_param_type = "Plan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Activity[] | string")] activities: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] period: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ReportOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let inputs = report_inputs(&plan, &activities, &period, options)?;
    Ok(kehoach::report::render_log(
        &inputs.plan,
        &inputs.log,
        &inputs.period,
        &inputs.options,
    ))
}
