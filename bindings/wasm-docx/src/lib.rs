//! WebAssembly bindings of kehoach's Word output, published in the npm package `kehoach` as the
//! subpath `kehoach/docx`: the periodic report and the plan as .docx files in the layout of
//! Nghị định 30/2020.
//!
//! A module of its own because the Word writer (docx-rs, its XML and ZIP writers) would more
//! than double the main module, and only a page that offers a Word download needs it: such a
//! page imports `kehoach/docx` when the user asks for the file. This crate only translates; the
//! documents are the core's report model laid out by `kehoach_docx`.

use kehoach_wasm_boundary::{js_error, lang_option, load_plan, report_inputs};
use wasm_bindgen::prelude::*;

/// Evaluates the activities against the plan for the period and returns the report as a .docx
/// file (its bytes), in Vietnamese (default) or English: the same inputs and options as
/// `renderReport` except `format`.
#[wasm_bindgen(js_name = "reportDocx")]
pub fn report_docx(
    #[wasm_bindgen(unchecked_param_type = "Plan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Activity[] | string")] activities: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] period: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Omit<ReportOptions, \"format\">")]
    options: Option<JsValue>,
) -> Result<Vec<u8>, JsValue> {
    let inputs = report_inputs(&plan, &activities, &period, options)?;
    kehoach_docx::render_log_docx(&inputs.plan, &inputs.log, &inputs.period, &inputs.options)
        .map_err(|error| js_error(&error.to_string()))
}

/// Returns the plan itself as a .docx file (its bytes): header, căn cứ, purposes and
/// requirements, content and forms per audience, quotas, funding, implementation, recipients
/// and signature; headings in `options.lang` (`"vi"`, the default, or `"en"`).
#[wasm_bindgen(js_name = "planDocx")]
pub fn plan_docx(
    #[wasm_bindgen(unchecked_param_type = "Plan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ lang?: \"vi\" | \"en\" }")] options: Option<
        JsValue,
    >,
) -> Result<Vec<u8>, JsValue> {
    let lang = lang_option(options.as_ref())?;
    kehoach_docx::plan_docx(&load_plan(&plan)?, lang).map_err(|error| js_error(&error.to_string()))
}
