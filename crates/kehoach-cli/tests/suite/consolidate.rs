//! `kehoach consolidate`: the hand-computed vector through the command line (the same figures
//! as the library's suite), the example province's report equal to its golden files, a ranking
//! file, the binary formats, and unusable inputs.

use serde_json::Value;

use crate::consolidate_vector::{expected, project, DIR};
use crate::support::{kehoach, read_repo_file, scratch, stderr, stdout, write_scratch, ROOT};

fn manifest() -> String {
    format!("{DIR}/manifest.json")
}

#[test]
fn the_vector_gives_the_hand_computed_figures_and_names_the_agencies_without_data() {
    let output = kehoach(&[
        "consolidate",
        &manifest(),
        "--period",
        "2023-Q1",
        "--format",
        "figures",
    ]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "agencies without data are problems"
    );
    let figures: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(project(&figures), expected(std::path::Path::new(ROOT)));
    let errors = stderr(&output);
    let manifest = manifest();
    assert!(
        errors.contains(&format!("{manifest}: error CON003 /agencies/4/plan: UBND xã E: kế hoạch không đúng định dạng tại /quotas/0/min")),
        "{errors}"
    );
    assert!(
        errors.contains(&format!(
            "{manifest}: error CON004 /agencies/5/log: UBND xã F:"
        )),
        "{errors}"
    );
}

#[test]
fn the_example_province_prints_its_golden_report() {
    for (lang, format, extension) in [
        ("vi", "markdown", "md"),
        ("en", "text", "txt"),
        ("vi", "html", "html"),
    ] {
        let output = kehoach(&[
            "--lang",
            lang,
            "consolidate",
            "examples/province/manifest.json",
            "--period",
            "2023-Q1",
            "--format",
            format,
        ]);
        assert_eq!(output.status.code(), Some(1), "two agencies have no data");
        assert_eq!(
            stdout(&output),
            read_repo_file(&format!("tests/golden/province-2023-Q1.{lang}.{extension}")),
            "{lang} {format}"
        );
    }
}

#[test]
fn a_ranking_file_changes_the_order() {
    let ranking = write_scratch(
        "consolidate",
        "ranking.json",
        r#"{"criteria": [{"criterion": "activities", "better": "higher"}]}"#,
    );
    let output = kehoach(&[
        "consolidate",
        &manifest(),
        "--period",
        "2023-Q1",
        "--format",
        "figures",
        "--ranking",
        ranking.to_str().expect("UTF-8 path"),
    ]);
    let figures: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let first: Vec<&str> = figures["places"]
        .as_array()
        .expect("places")
        .iter()
        .map(|p| p["agencies"][0].as_str().expect("id"))
        .collect();
    assert_eq!(first, ["xa-d", "so-a", "so-b"]);
    let bad = write_scratch(
        "consolidate",
        "bad-ranking.json",
        r#"{"criteria": [{"criterion": "x", "better": "higher"}]}"#,
    );
    let output = kehoach(&[
        "consolidate",
        &manifest(),
        "--period",
        "2023-Q1",
        "--ranking",
        bad.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/criteria/0/criterion"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn word_and_excel_files_are_written_to_a_file_only() {
    for format in ["docx", "xlsx"] {
        let out = scratch("consolidate", &format!("province.{format}"));
        let output = kehoach(&[
            "consolidate",
            "examples/province/manifest.json",
            "--period",
            "2023-Q1",
            "--format",
            format,
            "-o",
            out.to_str().expect("UTF-8 path"),
        ]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        let bytes = std::fs::read(&out).expect("written");
        assert_eq!(
            bytes.get(..2),
            Some(&b"PK"[..]),
            "{format} is a ZIP package"
        );
        let output = kehoach(&[
            "consolidate",
            &manifest(),
            "--period",
            "2023-Q1",
            "--format",
            format,
        ]);
        assert_eq!(output.status.code(), Some(2));
        assert!(stderr(&output).contains("give -o FILE"));
    }
}

#[test]
fn an_unusable_manifest_is_one_line_naming_where() {
    let bad = write_scratch(
        "consolidate",
        "manifest.json",
        r#"{"schemaVersion": 2, "body": {}, "agencies": []}"#,
    );
    let output = kehoach(&[
        "consolidate",
        bad.to_str().expect("UTF-8"),
        "--period",
        "2023-Q1",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("/body"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    let output = kehoach(&["consolidate", &manifest(), "--period", "2023-Q5"]);
    assert_eq!(output.status.code(), Some(2));
}
