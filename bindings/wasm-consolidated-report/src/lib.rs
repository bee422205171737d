//! WebAssembly bindings of kehoach's consolidated report, published in the npm package
//! `kehoach` as the subpath `kehoach/consolidated-report`: "Báo cáo tổng hợp kết quả công tác
//! thông tin, tuyên truyền cải cách hành chính" of a province or district, as Markdown, HTML,
//! text or the report model as JSON, from the figures `consolidate` (`kehoach/consolidate`)
//! returned.
//!
//! It takes the figures, not the agencies' documents, so a page that shows a province's table
//! and then asks for its report does not evaluate every log twice, and this module holds the
//! report's builder and renderers without the evaluation (docs/npm-package.md). This crate only
//! translates: `kehoach::report::consolidated` decides what the report says.

use js_sys::{Object, Reflect};
use kehoach::consolidate::Consolidation;
use kehoach::report::{consolidated, render_report, ConsolidatedOptions, ReportFormat};
use kehoach_wasm_boundary::{input_error, js_error, json_text, lang_option};
use wasm_bindgen::prelude::*;

/// Renders the consolidated report of `consolidation` (what `consolidate` returned, as an
/// object or JSON text): Markdown by default, `format: "html"`, `"text"` or `"json"` (the
/// report model); in Vietnamese (default) or English (`lang`; give `consolidate` the same, as
/// it words the diagnostics the report quotes); dated `signedOn` (`"YYYY-MM-DD"`; without it
/// the day is left blank for the signer). The same text as `kehoach consolidate`.
#[wasm_bindgen(js_name = "renderConsolidated")]
pub fn render_consolidated(
    #[wasm_bindgen(unchecked_param_type = "Consolidation | string")] consolidation: JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ lang?: Lang; format?: ReportFormat; signedOn?: string }"
    )]
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let consolidation = Consolidation::from_json_str(&json_text(&consolidation, "consolidation")?)
        .map_err(|error| input_error("consolidation", &error))?;
    let (format, options) = read_options(options)?;
    Ok(render_report(
        &consolidated(&consolidation, &options),
        format,
    ))
}

/// Reads `{ lang, format, signedOn }`; any other key is an error that names it.
fn read_options(options: Option<JsValue>) -> Result<(ReportFormat, ConsolidatedOptions), JsValue> {
    let mut format = ReportFormat::default();
    let mut read = ConsolidatedOptions::default();
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok((format, read));
    };
    read.lang = lang_option(Some(&options))?;
    let rest = Object::assign(&Object::new(), &Object::from(options));
    take(&rest, "lang")?;
    if let Some(value) = take(&rest, "format")? {
        let text = value.as_string().ok_or_else(|| {
            js_error("options.format: expected \"markdown\", \"html\", \"text\" or \"json\"")
        })?;
        format = text
            .parse()
            .map_err(|message| js_error(&format!("options.format: {message}")))?;
    }
    if let Some(value) = take(&rest, "signedOn")? {
        let text = value
            .as_string()
            .ok_or_else(|| js_error("options.signedOn: expected a day such as \"2023-03-25\""))?;
        read.signed_on = Some(
            kehoach::period::parse_date(&text)
                .map_err(|message| js_error(&format!("options.signedOn: {message}")))?,
        );
    }
    if let Some(key) = Object::keys(&rest).get(0).as_string() {
        return Err(js_error(&format!(
            "options: unknown key `{key}`: expected one of `lang`, `format`, `signedOn`"
        )));
    }
    Ok((format, read))
}

/// Removes `key` from `object` (a copy) and returns its value, if set.
fn take(object: &Object, key: &str) -> Result<Option<JsValue>, JsValue> {
    let key = JsValue::from_str(key);
    let value = Reflect::get(object, &key)?;
    Reflect::delete_property(object, &key)?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}
