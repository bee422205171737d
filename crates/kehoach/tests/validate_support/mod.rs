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

/// Decodes one RFC 6901 token.
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The parent container of `pointer` and the last token.
fn parent<'a>(doc: &'a mut Value, pointer: &str) -> Result<(&'a mut Value, String), String> {
    let (parent, last) = pointer
        .rsplit_once('/')
        .ok_or_else(|| format!("bad pointer {pointer:?}"))?;
    let container = if parent.is_empty() {
        doc
    } else {
        doc.pointer_mut(parent)
            .ok_or_else(|| format!("no value at {parent:?}"))?
    };
    Ok((container, unescape(last)))
}

fn index(token: &str, len: usize, allow_end: bool) -> Result<usize, String> {
    if allow_end && token == "-" {
        return Ok(len);
    }
    let index: usize = token
        .parse()
        .map_err(|_| format!("bad array index {token:?}"))?;
    let limit = if allow_end {
        len
    } else {
        len.saturating_sub(1)
    };
    if index > limit || (!allow_end && len == 0) {
        return Err(format!("array index {index} out of range"));
    }
    Ok(index)
}

fn add(doc: &mut Value, pointer: &str, value: Value) -> Result<(), String> {
    if pointer.is_empty() {
        *doc = value;
        return Ok(());
    }
    let (container, last) = parent(doc, pointer)?;
    match container {
        Value::Object(map) => {
            map.insert(last, value);
            Ok(())
        }
        Value::Array(items) => {
            let at = index(&last, items.len(), true)?;
            items.insert(at, value);
            Ok(())
        }
        _ => Err(format!("cannot add into a scalar at {pointer:?}")),
    }
}

fn remove(doc: &mut Value, pointer: &str) -> Result<Value, String> {
    let (container, last) = parent(doc, pointer)?;
    match container {
        Value::Object(map) => map
            .remove(&last)
            .ok_or_else(|| format!("nothing to remove at {pointer:?}")),
        Value::Array(items) => {
            let at = index(&last, items.len(), false)?;
            Ok(items.remove(at))
        }
        _ => Err(format!("cannot remove from a scalar at {pointer:?}")),
    }
}

/// Applies RFC 6902 `add`, `remove`, `replace` and `copy` operations in order.
pub fn apply_patch(doc: &mut Value, patch: &[Value]) -> Result<(), String> {
    for op in patch {
        let path = op["path"].as_str().ok_or("operation without path")?;
        match op["op"].as_str() {
            Some("add") => add(doc, path, op["value"].clone())?,
            Some("remove") => {
                remove(doc, path)?;
            }
            Some("replace") => {
                let target = doc
                    .pointer_mut(path)
                    .ok_or_else(|| format!("nothing to replace at {path:?}"))?;
                *target = op["value"].clone();
            }
            Some("copy") => {
                let from = op["from"].as_str().ok_or("copy without from")?;
                let value = doc
                    .pointer(from)
                    .cloned()
                    .ok_or_else(|| format!("nothing to copy at {from:?}"))?;
                add(doc, path, value)?;
            }
            other => return Err(format!("unsupported op {other:?}")),
        }
    }
    Ok(())
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
