//! `kehoach validate` end to end: exit codes, text and JSON output, languages, and every shared
//! vector giving through the binary exactly what the core gives.

use std::path::PathBuf;

use kehoach::{validate, Lang};
use serde_json::Value;

use crate::support::{kehoach, stderr, stdout, write_scratch};
use crate::validate_support;

fn seed_path() -> PathBuf {
    validate_support::repo_root().join("examples/plans/lang-son-2023.json")
}

/// Writes `text` to a file of its own under the test temp dir.
fn temp_file(name: &str, text: &str) -> PathBuf {
    write_scratch("validate", name, text)
}

/// The seed with the number "5/KH-SVHTTDL": one error (DOC007).
fn plan_with_error() -> PathBuf {
    let mut plan: Value =
        serde_json::from_str(kehoach::examples::LANG_SON_2023).expect("seed is JSON");
    plan["document"]["number"] = Value::from("5/KH-SVHTTDL");
    temp_file("error.json", &plan.to_string())
}

#[test]
fn a_plan_with_only_warnings_exits_0_with_one_line_per_diagnostic() {
    let seed = seed_path();
    let file = seed.to_str().expect("UTF-8 path");
    let output = kehoach(&["validate", file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with(&format!(
        "{file}: warning DOC015 /document/issued/date: Dự thảo chưa ghi ngày"
    )));
    assert!(lines[1].starts_with(&format!(
        "{file}: warning DOC008 /document/number: Dự thảo chưa cấp số"
    )));
    assert_eq!(lines[2], "Tổng cộng: 0 lỗi, 2 cảnh báo, 0 thông tin.");
}

#[test]
fn a_plan_with_errors_exits_1_and_lists_errors_first() {
    let plan = plan_with_error();
    let output = kehoach(&[
        "validate",
        plan.to_str().expect("UTF-8 path"),
        "--lang",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let errors = text.find(": error DOC007 /document/number: ");
    let warnings = text.find(": warning DOC015 /document/issued/date: ");
    assert!(
        errors.is_some() && warnings.is_some() && errors < warnings,
        "{text}"
    );
    assert!(
        text.ends_with("Total: 1 error, 1 warning, 0 infos.\n"),
        "{text}"
    );
}

#[test]
fn json_output_is_the_cores_diagnostics() {
    let plan = plan_with_error();
    for lang in ["vi", "en"] {
        let output = kehoach(&[
            "validate",
            plan.to_str().expect("UTF-8 path"),
            "--format",
            "json",
            "--lang",
            lang,
        ]);
        assert_eq!(output.status.code(), Some(1));
        let printed: Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
        let text = std::fs::read_to_string(&plan).expect("readable");
        let core = validate::validate_plan_json(&text, lang.parse::<Lang>().expect("lang"))
            .expect("loads");
        assert_eq!(printed, serde_json::to_value(&core).expect("serialises"));
        assert_eq!(printed.as_array().map(Vec::len), Some(2));
    }
}

#[test]
fn an_unloadable_plan_exits_2_with_one_line_naming_the_key() {
    let mut plan: Value =
        serde_json::from_str(kehoach::examples::LANG_SON_2023).expect("seed is JSON");
    plan["document"]["colour"] = Value::from("red");
    let path = temp_file("unknown-key.json", &plan.to_string());
    let output = kehoach(&["validate", path.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("unknown key `colour`"), "{message}");
    assert!(message.contains("/document/colour"), "{message}");

    let missing = kehoach(&["validate", "/nonexistent/plan.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read /nonexistent/plan.json"));
}

#[test]
fn bad_arguments_exit_2() {
    let seed = seed_path();
    let output = kehoach(&[
        "validate",
        seed.to_str().expect("UTF-8 path"),
        "--lang",
        "fr",
    ]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn every_vector_gives_the_same_through_the_binary() {
    let mut checked = 0;
    for file in validate_support::vector_files() {
        let vector: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("readable"))
                .expect("vector is JSON");
        let name = file
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .to_string();
        let input = validate_support::input_text(&vector);
        let path = temp_file(&name, &input);
        let output = kehoach(&[
            "validate",
            path.to_str().expect("UTF-8 path"),
            "--format",
            "json",
        ]);
        if let Some(expected) = vector.get("expectedError") {
            assert_eq!(output.status.code(), Some(2), "{name}");
            let message = stderr(&output);
            assert_eq!(message.lines().count(), 1, "{name}: {message}");
            let contains = expected["contains"].as_str().unwrap_or_default();
            assert!(message.contains(contains), "{name}: {message}");
        } else {
            let printed: Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
            let core = validate::validate_plan_json(&input, Lang::Vi).expect("loads");
            assert_eq!(
                printed,
                serde_json::to_value(&core).expect("serialises"),
                "{name}"
            );
            let has_error = validate_support::expected_triples(&vector)
                .iter()
                .any(|(_, _, severity)| severity == "error");
            let code = if has_error { 1 } else { 0 };
            assert_eq!(output.status.code(), Some(code), "{name}");
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} vectors");
}
