//! WebAssembly bindings of kehoach's Word importer, published in the npm package `kehoach` as
//! the subpath `kehoach/import-docx`.
//!
//! Reading a .docx needs the whole text importer plus an inflater and small ZIP-directory and
//! XML readers (the core's feature `docx`). With the task-table reader the importer grew, and
//! text and Word together no longer fitted one module under the size gate; pages that take
//! pasted text (most of them) now load `kehoach/import` alone, and only a page that opens Word
//! files loads this one. Like `kehoach/docx`, it is a Word module, under the Word modules' gate
//! (docs/npm-package.md, "Size").
//!
//! This crate only translates; the importer is the core's `kehoach::import`.

use kehoach_wasm_boundary::{js_error, lang_option, to_js};
use wasm_bindgen::prelude::*;

/// Reads a plan published as a Word file (.docx, its bytes) into a draft plan with diagnostics,
/// as `importPlanText` does with the document's text: paragraphs in order, the header and
/// signature tables read row by row, the task table as a table (merged cells included), other
/// tables as `| cell | cell |` lines, Word's list numbers kept. Throws with a clear message for
/// a legacy .doc (convert it with `soffice --headless --convert-to docx FILE`), a file that is
/// not a .docx, or one whose document part would inflate past 16 MiB.
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
