//! What the npm package's WebAssembly modules share at the JS boundary: the allocator, reading
//! arguments (plans and logs as JSON text, periods, options), writing results, and making
//! `Error`s. Every module (`bindings/wasm` for `kehoach`, `bindings/wasm-report`,
//! `bindings/wasm-validate`, `bindings/wasm-import`, `bindings/wasm-docx`) calls these, so
//! every export reads its arguments and fails in exactly the same way.
//!
//! A library without `#[wasm_bindgen]` exports: each module exports only its own functions
//! (depending on one module's crate from another would re-export that crate's functions).
//! Nothing here may panic (see `bindings/wasm/src/lib.rs`).

use js_sys::{Error, Reflect, JSON};
use kehoach::period::PeriodId;
use kehoach::report::ReportOptions;
use kehoach::{Lang, LoadError, Plan, ToJson};
use wasm_bindgen::prelude::*;

/// The allocator of every module that links this crate: talc instead of the standard
/// library's dlmalloc, a smaller module, with `evaluate`'s speed and peak memory unchanged
/// (docs/npm-package.md). The modules are single-threaded (no `atomics`), which talc's
/// unsynchronised cell requires.
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

/// Loads the `plan` argument of any export with the core's loader.
pub fn load_plan(plan: &JsValue) -> Result<Plan, JsValue> {
    Plan::from_json_str(&json_text(plan, "plan")?).map_err(|error| input_error("plan", &error))
}

/// The JSON text of a JS argument: a string is taken as JSON text as it is, anything else goes
/// through `JSON.stringify`. Values JSON cannot hold (`undefined`, functions, symbols, BigInts,
/// cycles) are errors that name the argument.
pub fn json_text(value: &JsValue, argument: &str) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    if value.is_undefined() {
        return Err(js_error(&format!(
            "{argument}: expected an object or JSON text, got undefined"
        )));
    }
    let text = JSON::stringify(value).map_err(|thrown| {
        let reason = thrown
            .dyn_ref::<Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_else(|| String::from("JSON.stringify failed"));
        js_error(&format!("{argument}: cannot be written as JSON: {reason}"))
    })?;
    // `JSON.stringify` returns `undefined`, not a string, for functions and symbols.
    text.as_string().ok_or_else(|| {
        js_error(&format!(
            "{argument}: expected an object or JSON text, got a {}",
            value.js_typeof().as_string().unwrap_or_default()
        ))
    })
}

/// The `Error` thrown for an argument the core could not load: the message is the core's
/// (what is wrong, and where) after the argument's name; `path`, and for JSON syntax errors
/// `line` and `column`, are set as properties so callers can point at the spot.
pub fn input_error(argument: &str, error: &LoadError) -> JsValue {
    let thrown = Error::new(&format!("{argument}: {error}"));
    let mut properties = vec![("path", JsValue::from_str(&error.path))];
    if let (Some(line), Some(column)) = (error.line, error.column) {
        // Lines and columns of a text held in JS memory fit in an f64 exactly.
        properties.push(("line", JsValue::from_f64(line as f64)));
        properties.push(("column", JsValue::from_f64(column as f64)));
    }
    for (key, value) in properties {
        // Setting a property on a fresh, ordinary Error object cannot fail; if it somehow
        // did, the message still says everything.
        let _ = Reflect::set(&thrown, &JsValue::from_str(key), &value);
    }
    thrown.into()
}

/// What every export that evaluates a log takes (`evaluate`, `renderReport`, `reportDocx`):
/// the plan, the log as JSON text, the period, and the options read by `parse` (their defaults
/// when absent, `undefined` or `null`).
pub struct LogInputs<O> {
    /// The plan.
    pub plan: Plan,
    /// The activity log, as JSON text (an array or JSON Lines).
    pub log: String,
    /// The period.
    pub period: PeriodId,
    /// The options.
    pub options: O,
}

/// Reads [`LogInputs`], throwing an `Error` that names the argument at fault.
pub fn log_inputs<O: Default>(
    plan: &JsValue,
    activities: &JsValue,
    period: &JsValue,
    options: Option<JsValue>,
    parse: fn(&str) -> Result<O, LoadError>,
) -> Result<LogInputs<O>, JsValue> {
    let plan = load_plan(plan)?;
    let log = json_text(activities, "activities")?;
    let period = load_period(period)?;
    let options = match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        Some(options) => parse(&json_text(&options, "options")?)
            .map_err(|error| input_error("options", &error))?,
        None => O::default(),
    };
    Ok(LogInputs {
        plan,
        log,
        period,
        options,
    })
}

/// [`log_inputs`] with report options (`renderReport`, `reportDocx`).
pub fn report_inputs(
    plan: &JsValue,
    activities: &JsValue,
    period: &JsValue,
    options: Option<JsValue>,
) -> Result<LogInputs<ReportOptions>, JsValue> {
    log_inputs(
        plan,
        activities,
        period,
        options,
        ReportOptions::from_json_str,
    )
}

/// Reads a period id, throwing an `Error` that says what is wrong with it.
fn load_period(period: &JsValue) -> Result<PeriodId, JsValue> {
    let text = period
        .as_string()
        .ok_or_else(|| js_error("period: expected a period id such as \"2023-Q1\""))?;
    text.parse::<PeriodId>()
        .map_err(|error| js_error(&format!("period: {error}")))
}
