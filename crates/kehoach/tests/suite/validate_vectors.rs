//! Runs every shared validation vector in `tests/fixtures/validate/` (the format is described in
//! that folder's README.md; the npm package's JS suite runs the same files).
//!
//! For each vector: build the input (a base plan with an RFC 6902 patch applied, a whole plan,
//! or raw text), validate it in Vietnamese and English, and require exactly the expected
//! diagnostics (code, path, severity, in order) or exactly the expected loading error.

use std::collections::BTreeSet;
use std::path::Path;

use kehoach::validate::{catalogue, validate_plan_json};
use kehoach::{Diagnostic, Lang};
use serde_json::Value;

use crate::support::vectors::{apply_patch, expected_triples, input_text, vector_files};

fn triple(diagnostic: &Diagnostic) -> (String, String, String) {
    (
        diagnostic.code.clone(),
        diagnostic.path.clone(),
        diagnostic.severity.english().to_string(),
    )
}

/// Checks one vector; returns what went wrong.
fn run_vector(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let vector: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    if vector["description"].as_str().is_none_or(str::is_empty) {
        return Err("no description".into());
    }
    let input = input_text(&vector);
    let vi = validate_plan_json(&input, Lang::Vi);
    let en = validate_plan_json(&input, Lang::En);
    if let Some(expected) = vector.get("expectedError") {
        let error = match vi {
            Ok(diagnostics) => {
                return Err(format!(
                    "expected a loading error, got diagnostics {:?}",
                    diagnostics.iter().map(triple).collect::<Vec<_>>()
                ))
            }
            Err(error) => error,
        };
        let want_path = expected["path"].as_str().unwrap_or_default();
        let contains = expected["contains"].as_str().unwrap_or_default();
        if error.path != want_path || !error.message.contains(contains) {
            return Err(format!(
                "loading error {:?} at {:?}; expected path {want_path:?} containing {contains:?}",
                error.message, error.path
            ));
        }
        for (key, got) in [("line", error.line), ("column", error.column)] {
            let want = expected.get(key).and_then(Value::as_u64);
            if want.map(|w| w as usize) != got && want.is_some() {
                return Err(format!("{key} {got:?}, expected {want:?}"));
            }
        }
        if en.err() != Some(error) {
            return Err("the loading error depends on the language".into());
        }
        return Ok(());
    }
    let vi = vi.map_err(|e| format!("unexpected loading error: {e}"))?;
    let en = en.map_err(|e| format!("unexpected loading error: {e}"))?;
    let got: Vec<_> = vi.iter().map(triple).collect();
    let want = expected_triples(&vector);
    if got != want {
        return Err(format!("got\n    {got:?}\nexpected\n    {want:?}"));
    }
    for (vi, en) in vi.iter().zip(&en) {
        if triple(vi) != triple(en) || vi.params != en.params {
            return Err(format!(
                "{}: Vietnamese and English differ beyond the message",
                vi.code
            ));
        }
        for message in [&vi.message, &en.message] {
            if message.contains('{') {
                return Err(format!("{}: unfilled placeholder in {message:?}", vi.code));
            }
        }
        if vi.message == en.message {
            return Err(format!(
                "{}: message not translated: {:?}",
                vi.code, vi.message
            ));
        }
    }
    Ok(())
}

#[test]
fn every_vector_gives_exactly_its_diagnostics() {
    let files = vector_files();
    assert!(files.len() > 100, "only {} vectors", files.len());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            run_vector(path).err().map(|why| {
                format!(
                    "{}: {why}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} vectors fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_vector_named_after_it() {
    let mut missing = Vec::new();
    for rule in catalogue().iter().map(|entry| &entry.rule) {
        let prefix = format!("{}-", rule.code.to_lowercase());
        let covered = vector_files().iter().any(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if !name.starts_with(&prefix) {
                return false;
            }
            let vector: Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default())
                    .unwrap_or_default();
            expected_triples(&vector)
                .iter()
                .any(|(code, _, _)| code == rule.code)
        });
        if !covered {
            missing.push(rule.code);
        }
    }
    assert!(missing.is_empty(), "rules without a vector: {missing:?}");
}

#[test]
fn vectors_only_name_known_codes() {
    let known: BTreeSet<&str> = catalogue().iter().map(|entry| entry.rule.code).collect();
    for path in vector_files() {
        let vector: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default())
                .expect("vector is JSON");
        if vector.get("expected").is_none() {
            continue;
        }
        for (code, _, severity) in expected_triples(&vector) {
            let rule = kehoach::validate::rule(&code)
                .unwrap_or_else(|| panic!("{}: unknown code {code}", path.display()));
            assert!(known.contains(code.as_str()));
            assert_eq!(
                rule.rule.severity.english(),
                severity,
                "{}: {code} has severity {}",
                path.display(),
                rule.rule.severity.english()
            );
        }
    }
}

#[test]
fn patch_operations_follow_rfc_6902() {
    let mut doc: Value = serde_json::json!({"a": [1, 2], "b": {"c~/": 1}});
    let patch = serde_json::json!([
        {"op": "add", "path": "/a/-", "value": 3},
        {"op": "add", "path": "/a/0", "value": 0},
        {"op": "remove", "path": "/a/1"},
        {"op": "replace", "path": "/b/c~0~1", "value": 2},
        {"op": "copy", "from": "/a", "path": "/d"}
    ]);
    apply_patch(&mut doc, patch.as_array().expect("array")).expect("applies");
    assert_eq!(
        doc,
        serde_json::json!({"a": [0, 2, 3], "b": {"c~/": 2}, "d": [0, 2, 3]})
    );
    assert!(apply_patch(
        &mut doc,
        &[serde_json::json!({"op": "remove", "path": "/a/9"})]
    )
    .is_err());
    assert!(apply_patch(&mut doc, &[serde_json::json!({"op": "move", "path": "/a"})]).is_err());
}
