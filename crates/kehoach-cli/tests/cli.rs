//! The command as a user runs it: exit codes and what reaches the terminal.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a failed check is a panic, and fixtures have known shapes"
)]

use std::process::{Command, Output};

fn kehoach(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("the kehoach binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn validate_accepts_the_bundled_plan() {
    let output = kehoach(&["validate", "examples/plans/lang-son-2023.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn validate_names_an_unknown_key_and_its_path() {
    let dir = std::env::temp_dir().join(format!("kehoach-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let plan = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/plans/lang-son-2023.json"
    ))
    .expect("example");
    let bad = plan.replacen(
        "\"year\": 2023,",
        "\"year\": 2023,\n  \"colour\": \"red\",",
        1,
    );
    let path = dir.join("unknown-key.json");
    std::fs::write(&path, bad).expect("write");
    let output = kehoach(&["validate", path.to_str().expect("utf-8 path")]);
    let message = stderr(&output);
    assert!(matches!(output.status.code(), Some(1 | 2)), "{message}");
    assert!(
        message.contains("unknown key `colour`") && message.contains("/colour"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "one clear line: {message}");
    assert!(!message.contains("panicked"));
}

#[test]
fn unreadable_input_is_exit_2_with_one_line() {
    let output = kehoach(&["validate", "no/such/plan.json"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with("kehoach: cannot read no/such/plan.json"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1);

    let output = kehoach(&["validate", "examples/plans/lang-son-2023.seed.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("not valid JSON"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn schema_prints_the_plan_schema() {
    let output = kehoach(&["schema", "plan"]);
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(schema, kehoach::schema::plan_schema());
}

#[test]
fn demo_summarises_the_bundled_plan_in_vietnamese() {
    let output = kehoach(&["demo"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "Sở Văn hóa, Thể thao và Du lịch",
        "/KH-SVHTTDL",
        "Đối với người dân và doanh nghiệp",
        "ít nhất 04",
        "Sở Nội vụ",
    ] {
        assert!(
            text.contains(expected),
            "demo output lacks {expected:?}:\n{text}"
        );
    }
}

#[test]
fn bad_arguments_are_exit_2() {
    let output = kehoach(&["validate"]);
    assert_eq!(output.status.code(), Some(2));
    let output = kehoach(&["schema", "nonsense"]);
    assert_eq!(output.status.code(), Some(2));
}
