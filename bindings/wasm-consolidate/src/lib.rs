//! WebAssembly bindings of kehoach's consolidation, published in the npm package `kehoach` as
//! the subpath `kehoach/consolidate`: many agencies' plans and logs → one province's figures
//! for a period (`consolidate`). The report over those figures is `renderConsolidated` in
//! `kehoach/consolidated-report` (`bindings/wasm-consolidated-report`).
//!
//! The manifest is the CLI's (`kehoach schema manifest`) except that each agency's `plan` and
//! `log` are the documents themselves (an object or JSON text; the log also an array of
//! records) instead of paths: a page has no files. This crate only translates: it takes each
//! agency's two documents out of the manifest, loads the rest with the core's loader, and
//! hands the documents to `kehoach::consolidate::consolidate` one agency at a time, which
//! decides everything (what an agency's missing or broken document means included).
//!
//! A module of its own because a province's office consolidates now and then: the manifest, the
//! consolidation and its messages do not belong in the tracking page's module
//! (docs/npm-package.md).

use js_sys::{Array, Object, Reflect, JSON};
use kehoach::consolidate::{consolidate as consolidate_core, AgencyInput, Input, Manifest};
use kehoach::consolidate::{Consolidation, RankingConfig};
use kehoach::evaluate::EvaluateOptions;
use kehoach::period::PeriodId;
use kehoach_wasm_boundary::{input_error, js_error, json_text, lang_option, to_js};
use wasm_bindgen::prelude::*;

/// Consolidates the agencies of `manifest` for `period` (`"2023-Q1"`): each agency's figures,
/// shortfalls, overdue tasks and report timeliness, the totals per level and in all, and the
/// ranking (`options.ranking`, default the one in docs/consolidation.md). An agency whose plan
/// or log is missing or does not load is reported with CON… diagnostics and left out of the
/// figures; only a manifest, period or options that cannot be read throws.
#[wasm_bindgen(unchecked_return_type = "Consolidation")]
pub fn consolidate(
    #[wasm_bindgen(
        unchecked_param_type = "Omit<Manifest, \"agencies\"> & { agencies: (Omit<Agency, \"plan\" | \"log\"> & { plan?: Plan | string; log?: Activity[] | string })[] } | string"
    )]
    manifest: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] period: JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "EvaluateOptions & { ranking?: RankingConfig }"
    )]
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = Options::read(options)?;
    to_js(&run(&manifest, &period, &options)?)
}

/// The options, read with the core's loaders.
struct Options {
    evaluate: EvaluateOptions,
    ranking: RankingConfig,
}

impl Options {
    /// Reads `options`: `ranking` is taken out, the rest is `EvaluateOptions`, whose loader
    /// refuses unknown keys.
    fn read(options: Option<JsValue>) -> Result<Options, JsValue> {
        let mut read = Options {
            evaluate: EvaluateOptions::default(),
            ranking: RankingConfig::default(),
        };
        let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
            return Ok(read);
        };
        // Checks the type and `lang` with the message every entry gives.
        lang_option(Some(&options))?;
        let rest = Object::assign(&Object::new(), &Object::from(options));
        if let Some(ranking) = take(&rest, "ranking")? {
            read.ranking = RankingConfig::from_json_str(&json_text(&ranking, "options.ranking")?)
                .map_err(|error| input_error("options.ranking", &error))?;
        }
        read.evaluate = EvaluateOptions::from_json_str(&json_text(&rest, "options")?)
            .map_err(|error| input_error("options", &error))?;
        Ok(read)
    }
}

/// Removes `key` from `object` (a copy the caller made) and returns its value, if set.
fn take(object: &Object, key: &str) -> Result<Option<JsValue>, JsValue> {
    let key = JsValue::from_str(key);
    let value = Reflect::get(object, &key)?;
    Reflect::delete_property(object, &key)?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// One agency's documents as the page gave them.
struct Documents {
    plan: Input<String>,
    log: Input<String>,
}

/// Loads the manifest less the agencies' documents, and consolidates with the documents.
fn run(manifest: &JsValue, period: &JsValue, options: &Options) -> Result<Consolidation, JsValue> {
    let period = period
        .as_string()
        .ok_or_else(|| js_error("period: expected a period id such as \"2023-Q1\""))?
        .parse::<PeriodId>()
        .map_err(|error| js_error(&format!("period: {error}")))?;
    let (manifest, documents) = split_manifest(manifest)?;
    let (plans, logs): (Vec<_>, Vec<_>) = documents
        .into_iter()
        .map(|Documents { plan, log }| (plan, log))
        .unzip();
    let mut plans = plans.into_iter();
    // Logs are read from the texts in place, as `&[u8]`: the reader type the core itself uses
    // for an agency given nothing, so its evaluator is in the module once, not twice.
    let mut logs = logs.iter();
    // The core asks for each agency's documents in manifest order, once each.
    let consolidation = consolidate_core(
        &manifest,
        &period,
        &options.evaluate,
        &options.ranking,
        |_agency| AgencyInput {
            plan: plans.next().unwrap_or(Input::Absent),
            log: match logs.next() {
                Some(Input::Given(text)) => Input::Given(text.as_bytes()),
                Some(Input::Unreadable(why)) => Input::Unreadable(why.clone()),
                Some(Input::Absent) | None => Input::Absent,
            },
        },
    );
    Ok(consolidation)
}

/// The manifest loaded by the core's loader, with each agency's `plan` and `log` taken out
/// first (the loader knows them as paths) and returned in agency order.
fn split_manifest(manifest: &JsValue) -> Result<(Manifest, Vec<Documents>), JsValue> {
    let object = match manifest.as_string() {
        // Text is parsed by the host; when it is not JSON, the core's loader says where.
        Some(text) => JSON::parse(&text).map_err(|_| match Manifest::from_json_str(&text) {
            Err(error) => input_error("manifest", &error),
            Ok(_) => js_error("manifest: not JSON"),
        })?,
        None => manifest.clone(),
    };
    if !object.is_object() || Array::is_array(&object) {
        // The loader's message for a document that is no object.
        return Err(
            match Manifest::from_json_str(&json_text(&object, "manifest")?) {
                Err(error) => input_error("manifest", &error),
                Ok(_) => js_error("manifest: expected an object"),
            },
        );
    }
    let copy = Object::assign(&Object::new(), &Object::from(object));
    let agencies = Reflect::get(&copy, &JsValue::from_str("agencies"))?;
    let mut documents = Vec::new();
    if Array::is_array(&agencies) {
        let agencies = Array::from(&agencies);
        let stripped = Array::new();
        for (index, agency) in agencies.iter().enumerate() {
            if !agency.is_object() || Array::is_array(&agency) {
                // Left as it is: the loader says what is wrong with it, and where.
                stripped.push(&agency);
                continue;
            }
            let agency = Object::assign(&Object::new(), &Object::from(agency));
            let at = |key: &str| format!("manifest.agencies[{index}].{key}");
            documents.push(Documents {
                plan: document(take(&agency, "plan")?, &at("plan")),
                log: document(take(&agency, "log")?, &at("log")),
            });
            stripped.push(&agency);
        }
        Reflect::set(&copy, &JsValue::from_str("agencies"), &stripped)?;
    }
    let manifest = Manifest::from_json_str(&json_text(&copy, "manifest")?)
        .map_err(|error| input_error("manifest", &error))?;
    Ok((manifest, documents))
}

/// An agency's plan or log: text as it is, an object or array as its JSON; a value JSON cannot
/// hold is unreadable, which the core reports on that agency.
fn document(value: Option<JsValue>, at: &str) -> Input<String> {
    match value {
        None => Input::Absent,
        Some(value) => match json_text(&value, at) {
            Ok(text) => Input::Given(text),
            Err(error) => Input::Unreadable(
                error
                    .dyn_ref::<js_sys::Error>()
                    .map(|error| String::from(error.message()))
                    .unwrap_or_else(|| format!("{at}: not a document")),
            ),
        },
    }
}
