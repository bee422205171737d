//! The helpers both WebAssembly modules of the npm package share, so the main module
//! (`bindings/wasm`) and the importer's (`bindings/wasm-import`, which includes this file with
//! `#[path]`) read options, write results and fail in exactly the same way. No
//! `#[wasm_bindgen]` export may live here: each module exports only its own functions.

use js_sys::{Error, Reflect, JSON};
use kehoach::{Lang, ToJson};
use wasm_bindgen::prelude::*;

/// The module's allocator: talc instead of the standard library's dlmalloc, 3.8 KB smaller,
/// with `evaluate`'s speed and the module's peak memory unchanged (docs/npm-package.md). The
/// modules are single-threaded (no `atomics`), which talc's unsynchronised cell requires.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The `lang` of an options object: absent means Vietnamese.
pub fn lang_option(options: Option<&JsValue>) -> Result<Lang, JsValue> {
    let Some(options) = options.filter(|options| !options.is_undefined() && !options.is_null())
    else {
        return Ok(Lang::default());
    };
    if !options.is_object() {
        return Err(js_error(
            "options: expected an object such as { lang: \"en\" }",
        ));
    }
    let lang = Reflect::get(options, &JsValue::from_str("lang")).unwrap_or(JsValue::UNDEFINED);
    if lang.is_undefined() {
        return Ok(Lang::default());
    }
    let text = lang
        .as_string()
        .ok_or_else(|| js_error("options.lang: expected \"vi\" or \"en\""))?;
    text.parse::<Lang>()
        .map_err(|message| js_error(&format!("options.lang: {message}")))
}

/// Converts a result to a plain JS value by way of JSON text (the core's writer, which gives
/// serde_json's text in a fraction of the module's bytes).
pub fn to_js<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    JSON::parse(&value.to_json())
}

/// A plain JS `Error` with `message`.
pub fn js_error(message: &str) -> JsValue {
    Error::new(message).into()
}
