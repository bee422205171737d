//! `kehoach evaluate`, `kehoach report`, `kehoach demo` and the tracking schemas, as a user
//! runs them: exit codes, stdout, stderr.

use std::process::Stdio;

use crate::support::{command, kehoach, read_repo_file, repo_file, stderr, stdout, write_scratch};

const PLAN: &str = "examples/plans/lang-son-2023.json";
const LOG: &str = "examples/activities/lang-son-2023.jsonl";

fn temp(name: &str, content: &str) -> String {
    write_scratch("tracking", name, content)
        .to_string_lossy()
        .into_owned()
}

/// The arguments of `kehoach COMMAND PLAN --activities LOG --period PERIOD OPTIONS…` on the
/// sample plan and log.
fn on_sample<'a>(command: &'a str, period: &'a str, options: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![command, PLAN, "--activities", LOG, "--period", period];
    args.extend_from_slice(options);
    args
}

/// The text of a golden file of `tests/golden/`.
fn golden_file(name: &str) -> String {
    read_repo_file(&format!("tests/golden/{name}"))
}

#[test]
fn evaluate_prints_json_equal_to_the_library_and_log_findings_on_stderr() {
    let output = kehoach(&on_sample("evaluate", "2023-Q1", &["--format", "json"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let evaluation = kehoach::evaluate::Evaluation::from_json_str(&stdout(&output)).expect("JSON");
    let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023).expect("plan");
    let log = read_repo_file(LOG);
    let expected = kehoach::evaluate::evaluate_log(
        &plan,
        &log,
        &"2023-Q1".parse().expect("id"),
        &Default::default(),
    );
    assert_eq!(evaluation, expected);
    let messages = stderr(&output);
    assert!(
        messages
            .contains("examples/activities/lang-son-2023.jsonl:16: warning LOG009 /15/evidence: "),
        "{messages}"
    );
    assert_eq!(messages.lines().count(), 8, "{messages}");
}

#[test]
fn evaluate_text_shows_the_window_and_the_short_month() {
    let output = kehoach(&on_sample("evaluate", "2023-Q1", &["--lang", "en"]));
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.contains("Decree 09/2019 cut-off window, 15 Dec 2022 – 14 Mar 2023"),
        "{text}"
    );
    assert!(
        text.contains("Quota periods: calendar months, quarters… of 2023"),
        "{text}"
    );
    assert!(text.contains("Short by 1"), "{text}");
    assert!(
        text.contains("Not over (counted to 14 March 2023)"),
        "{text}"
    );
    let output = kehoach(&on_sample(
        "evaluate",
        "2023-Q1",
        &["--window", "calendar", "--as-of", "2023-03-31"],
    ));
    assert!(
        stdout(&output).contains("01/01/2023 – 31/03/2023"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_log_with_unreadable_records_is_exit_1_and_still_evaluated() {
    let log = temp(
        "bad.jsonl",
        "{\"schemaVersion\":1,\"date\":\"2023-01-05\",\"unit\":\"van-phong\",\"form\":\"tin-bai-website\",\"title\":\"A\",\"evidence\":\"x\"}\nnot json\n",
    );
    let output = kehoach(&[
        "evaluate",
        PLAN,
        "--activities",
        &log,
        "--period",
        "2023-01",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("bad.jsonl:2: error LOG001 /1: "),
        "{}",
        stderr(&output)
    );
    let evaluation: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(evaluation["quotas"][0]["rows"][0]["achieved"], 1);
}

#[test]
fn unusable_inputs_are_exit_2_with_one_line() {
    for (args, expected) in [
        (
            on_sample("evaluate", "2023-Q5", &[]),
            "invalid period \"2023-Q5\"",
        ),
        (
            vec![
                "evaluate",
                PLAN,
                "--activities",
                "no/such.jsonl",
                "--period",
                "2023",
            ],
            "cannot read no/such.jsonl",
        ),
        (
            on_sample("evaluate", "2023", &["--as-of", "2023-02-30"]),
            "--as-of: invalid date",
        ),
        (
            on_sample("report", "2023", &["--format", "pdf"]),
            "invalid value 'pdf' for '--format <FORMAT>'",
        ),
        (
            on_sample("report", "2023", &["--lang", "fr"]),
            "invalid value 'fr' for '--lang <LANG>'",
        ),
        (
            on_sample("evaluate", "2023", &["--window", "lunar"]),
            "invalid value 'lunar' for '--window <WINDOW>'",
        ),
    ] {
        let output = kehoach(&args);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {message}");
        if expected.starts_with("invalid value") {
            // A value outside an option's list is clap's own error, with the values allowed.
            assert!(
                message.starts_with("error: ") && message.contains(expected),
                "{args:?}: {message}"
            );
            assert!(message.contains("[possible values: "), "{message}");
        } else {
            assert!(
                message.starts_with("kehoach: ") && message.contains(expected),
                "{args:?}: {message}"
            );
            assert_eq!(message.lines().count(), 1, "{message}");
        }
    }
}

#[test]
fn report_writes_every_format_to_a_file_or_stdout() {
    let out = temp("q1.html", "");
    let output = kehoach(&on_sample(
        "report",
        "2023-Q1",
        &["--format", "html", "-o", &out],
    ));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).expect("written");
    let golden = golden_file("lang-son-2023-Q1.vi.html");
    assert_eq!(html, golden);
    for (format, lang, name) in [
        ("markdown", "vi", "lang-son-2023-Q1.vi.md"),
        ("text", "en", "lang-son-2023-Q1.en.txt"),
        ("json", "en", "lang-son-2023-Q1.en.json"),
    ] {
        let output = kehoach(&on_sample(
            "report",
            "2023-Q1",
            &["--format", format, "--lang", lang],
        ));
        let expected = golden_file(name);
        assert_eq!(stdout(&output), expected, "{format} {lang}");
    }
}

#[test]
fn report_reads_standard_input() {
    let log = std::fs::read(repo_file(LOG)).expect("log");
    let mut child = command()
        .args([
            "report",
            PLAN,
            "--activities",
            "-",
            "--period",
            "2023-Q1",
            "--format",
            "text",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&log)
        .expect("write");
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    let golden = golden_file("lang-son-2023-Q1.vi.txt");
    assert_eq!(stdout(&output), golden);
}

#[test]
fn demo_runs_the_journey_to_the_quy_i_report() {
    let output = kehoach(&["demo"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let golden = golden_file("lang-son-2023-Q1.vi.txt");
    for expected in [
        "1. Kế hoạch",
        "LOG009",
        "3. Đánh giá quý I năm 2023",
        "Chưa đạt (thiếu 01)",
        "Chưa hết kỳ (tính đến 14/03/2023)",
        golden.as_str(),
    ] {
        assert!(text.contains(expected), "demo lacks {expected:?}");
    }
}

#[test]
fn schemas_of_the_tracking_documents() {
    for (kind, title) in [
        ("activities", "Activities"),
        ("evaluation", "Evaluation"),
        ("report", "Report"),
    ] {
        let output = kehoach(&["schema", kind]);
        assert_eq!(output.status.code(), Some(0));
        let schema: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        assert_eq!(schema["title"], title);
    }
}

#[test]
fn report_options_of_the_signable_report_from_the_command_line() {
    // The section for the agency's CCHC report: no header, no signature, its own title.
    let section = kehoach(&on_sample(
        "report",
        "2023-Q1",
        &["--format", "text", "--part", "section"],
    ));
    assert_eq!(section.status.code(), Some(0), "{}", stderr(&section));
    let text = stdout(&section);
    assert!(
        text.contains("Công tác thông tin, tuyên truyền cải cách hành chính"),
        "{text}"
    );
    assert!(
        !text.contains("BÁO CÁO") && !text.contains("Nơi nhận:"),
        "{text}"
    );
    // The checklist, not the report: what the drafter must do, and none of the body.
    let checklist = kehoach(&on_sample(
        "report",
        "2023-Q1",
        &["--format", "json", "--checklist"],
    ));
    let items: serde_json::Value = serde_json::from_str(&stdout(&checklist)).expect("JSON");
    let kinds: Vec<&str> = items
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|item| item["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"duplicate-evidence"), "{kinds:?}");
    assert!(kinds.contains(&"deadline-not-configured"), "{kinds:?}");
    // The narrative fills the strengths, the signing date fills the date line.
    let narrative = temp(
        "narrative.json",
        r#"{"schemaVersion": 1, "strengths": ["Lãnh đạo Sở quan tâm chỉ đạo sát sao."]}"#,
    );
    let signed = kehoach(&on_sample(
        "report",
        "2023-Q1",
        &[
            "--format",
            "text",
            "--narrative",
            &narrative,
            "--signed-on",
            "2023-03-17",
        ],
    ));
    let text = stdout(&signed);
    assert!(
        text.contains("Lãnh đạo Sở quan tâm chỉ đạo sát sao."),
        "{text}"
    );
    assert!(
        text.contains("Lạng Sơn, ngày 17 tháng 3 năm 2023"),
        "{text}"
    );
    // A narrative that is not one is exit 2 with the file and the JSON Pointer.
    let bad = temp(
        "bad-narrative.json",
        r#"{"schemaVersion": 1, "strenghts": []}"#,
    );
    let output = kehoach(&on_sample("report", "2023-Q1", &["--narrative", &bad]));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("bad-narrative.json") && stderr(&output).contains("/strenghts")
    );
}
