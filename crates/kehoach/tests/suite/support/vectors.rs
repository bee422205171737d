//! Reading the shared validation vectors of `tests/fixtures/validate/`: the files, the input
//! each describes (a base plan with an RFC 6902 patch, a whole plan, or raw text), and the
//! diagnostics it expects. Shared by the core's and the CLI's suites (the CLI includes this
//! file by path), so both read vectors the same way.

// Each suite uses a different part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The repository root, from either crate's manifest directory.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The folder of the validation vectors.
pub fn vectors_dir() -> PathBuf {
    repo_root().join("tests/fixtures/validate")
}

/// Every vector file, sorted by name.
pub fn vector_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .expect("tests/fixtures/validate exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// Applies an RFC 6902 patch (the `json-patch` crate), all of it or nothing.
pub fn apply_patch(doc: &mut Value, patch: &[Value]) -> Result<(), String> {
    let patch: json_patch::Patch = serde_json::from_value(Value::Array(patch.to_vec()))
        .map_err(|error| format!("not a JSON Patch: {error}"))?;
    json_patch::patch(doc, &patch).map_err(|error| error.to_string())
}

/// The JSON text a vector validates.
pub fn input_text(vector: &Value) -> String {
    if let Some(text) = vector["text"].as_str() {
        return text.to_string();
    }
    if let Some(plan) = vector.get("plan") {
        return plan.to_string();
    }
    let base = vector["base"]
        .as_str()
        .expect("vector has base, plan or text");
    let base_text = std::fs::read_to_string(repo_root().join(base)).expect("base readable");
    let mut doc: Value = serde_json::from_str(&base_text).expect("base is JSON");
    let patch = vector["patch"].as_array().cloned().unwrap_or_default();
    apply_patch(&mut doc, &patch).expect("patch applies");
    doc.to_string()
}

/// The expected `(code, path, severity)` of a vector, in order.
pub fn expected_triples(vector: &Value) -> Vec<(String, String, String)> {
    vector["expected"]
        .as_array()
        .expect("expected is an array")
        .iter()
        .map(|item| {
            (
                item["code"].as_str().expect("code").to_string(),
                item["path"].as_str().expect("path").to_string(),
                item["severity"].as_str().expect("severity").to_string(),
            )
        })
        .collect()
}
