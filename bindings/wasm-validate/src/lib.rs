//! WebAssembly bindings of kehoach's plan validator, published in the npm package `kehoach` as
//! the subpath `kehoach/validate`.
//!
//! The validator is a module of its own, not an export of `bindings/wasm`, because checking a
//! plan and tracking it are different pages' work: an editor checks the plan it drafts, a
//! tracking page evaluates and reports on a plan already issued. The rules (their checks and
//! their messages in two languages) are a third of what one module for both would hold, so
//! each page downloads only its own part; a page that does both loads both modules (the cost
//! is measured in docs/npm-package.md).
//!
//! This crate only translates; the rules are the core's `kehoach::validate_plan`.

use kehoach_wasm_boundary::{lang_option, load_plan, to_js};
use wasm_bindgen::prelude::*;

/// Checks a plan against the rule catalogue and returns its diagnostics
/// (`{ code, severity, path, message, params }`), messages in `options.lang` (`"vi"`, the
/// default, or `"en"`). A plan that loads but breaks rules is not an error: its problems come
/// back as diagnostics. Throws only when the plan cannot be loaded at all.
#[wasm_bindgen(js_name = "validatePlan", unchecked_return_type = "Diagnostic[]")]
pub fn validate_plan(
    #[wasm_bindgen(unchecked_param_type = "Plan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ lang?: \"vi\" | \"en\" }")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(options.as_ref())?;
    to_js(&kehoach::validate_plan(&load_plan(&plan)?, lang))
}
