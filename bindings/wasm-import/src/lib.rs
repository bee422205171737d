//! WebAssembly bindings of kehoach's plan importer, published in the npm package `kehoach` as
//! the subpath `kehoach/import`.
//!
//! The importer is a module of its own, not an export of `bindings/wasm`, because few users
//! need it and it is a large share of the code (its recognisers, their messages, and the
//! serialisation of a whole draft plan): users who `import … from "kehoach"` never download
//! it. The package's modules share their option, result and error helpers (the crate
//! `kehoach-wasm-boundary`), so `importPlanText` fails exactly as the other exports do.
//!
//! Word files are read by `kehoach/import-docx`, a module of its own: its ZIP and XML readers
//! would put this one over the size gate, and most pages only ever take pasted text.
//!
//! This crate only translates; the importer is the core's `kehoach::import`.

use kehoach_wasm_boundary::{js_error, lang_option, to_js};
use wasm_bindgen::prelude::*;

/// Reads the plain text of a published plan (however it was flattened: wrapped lines, table
/// cells joined by `|`, NFD or NFC, CRLF) into a draft plan, with diagnostics saying what was
/// recognised, what was guessed, and what could not be placed (with its line). Never throws
/// for any text; throws only when `text` is not a string.
#[wasm_bindgen(js_name = "importPlanText", unchecked_return_type = "ImportResult")]
pub fn import_plan_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ lang?: \"vi\" | \"en\" }")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| js_error("text: expected the plan's text as a string"))?;
    let lang = lang_option(options.as_ref())?;
    to_js(&kehoach::import::import_plan_text_in(&text, lang))
}
