//! WebAssembly bindings of kehoach's plan importer, published in the npm package `kehoach` as
//! the subpath `kehoach/import`.
//!
//! The importer is a module of its own, not an export of `bindings/wasm`, because few users
//! need it and it is a large share of the code (its recognisers, their messages, and the
//! serialisation of a whole draft plan): users who `import … from "kehoach"` never download
//! it. The package's modules share their option, result and error helpers (the crate
//! `kehoach-wasm-boundary`), so `importPlanText` fails exactly as the other exports do.
//!
//! `importPlanDocx` reads a Word file here too (the core's feature `docx`: an inflater and small
//! ZIP-directory and XML readers, about 25 KB of this module) rather than in `kehoach/docx`:
//! the importer itself is most of what it needs, and the Word writer's module with the importer
//! added was over its own gate (docs/import.md, "Word files").
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

/// Reads a plan published as a Word file (.docx, its bytes) into a draft plan with diagnostics,
/// as `importPlanText` does with the document's text: paragraphs in order, the header and
/// signature tables read row by row, other tables as `| cell | cell |` lines, Word's list
/// numbers kept. Throws with a clear message for a legacy .doc (convert it with `soffice
/// --headless --convert-to docx FILE`), a file that is not a .docx, or one whose document part
/// would inflate past 16 MiB.
#[wasm_bindgen(js_name = "importPlanDocx", unchecked_return_type = "ImportResult")]
pub fn import_plan_docx(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "{ lang?: \"vi\" | \"en\" }")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(options.as_ref())?;
    let result =
        kehoach::import::from_docx_in(bytes, lang).map_err(|error| js_error(&error.to_string()))?;
    to_js(&result)
}
