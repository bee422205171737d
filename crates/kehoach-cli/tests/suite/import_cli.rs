//! `kehoach import TEXT_FILE [-o PLAN]`: the plan on stdout or in a file, diagnostics on
//! stderr, exit 0 when everything was placed, 1 when something was not, 2 when the file cannot
//! be read as text.

use std::path::PathBuf;

use crate::support::{kehoach, read_repo_file, repo_file as fixture};

/// A scratch file unique to this test process.
fn scratch(name: &str) -> PathBuf {
    crate::support::scratch("import-cli", name)
}

fn hand_written() -> kehoach::Plan {
    let text = read_repo_file("examples/plans/lang-son-2023.json");
    kehoach::Plan::from_json_str(&text).expect("hand-written plan loads")
}

#[test]
fn the_seed_imports_to_stdout_and_exits_0() {
    let output = kehoach(&["import", &fixture("examples/plans/lang-son-2023.seed.txt")]);
    assert_eq!(output.status.code(), Some(0));
    let plan = kehoach::Plan::from_json_str(&String::from_utf8_lossy(&output.stdout))
        .expect("stdout is a plan");
    assert_eq!(plan, hand_written());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("lang-son-2023.seed.txt:3: info IMP002 /document/number: Dòng 3:"),
        "{stderr}"
    );
    assert!(!stderr.contains(": warning "), "{stderr}");
}

#[test]
fn writes_the_plan_to_a_file_with_english_diagnostics() {
    let out = scratch("seed.json");
    let output = kehoach(&[
        "import",
        &fixture("examples/plans/lang-son-2023.seed.txt"),
        "-o",
        out.to_str().unwrap_or_default(),
        "--lang",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&out).expect("the plan was written");
    assert_eq!(
        kehoach::Plan::from_json_str(&written).expect("a plan"),
        hand_written()
    );
    let _ = std::fs::remove_file(&out);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "lang-son-2023.seed.txt:3: info IMP001 /document/number: Line 3: read the number"
        ),
        "{stderr}"
    );
}

#[test]
fn a_cut_off_opening_exits_1_and_says_where() {
    let file = fixture("tests/fixtures/import/04_sxd-thuathienhue-4247-kh-sxd-2021.txt");
    let output = kehoach(&["import", &file]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let cut = stderr
        .lines()
        .find(|line| line.contains("IMP102"))
        .expect("the cut-off is reported");
    assert!(
        cut.contains(".txt:23: warning IMP102 ") && cut.contains("Dòng 23"),
        "{cut}"
    );
    // The draft is still written: what could be read is kept.
    let plan = kehoach::Plan::from_json_str(&String::from_utf8_lossy(&output.stdout))
        .expect("a draft plan");
    assert_eq!(plan.document.number.as_str(), "4247/KH-SXD");
}

#[test]
fn utf16_text_as_word_saves_it_is_read() {
    let seed = std::fs::read_to_string(fixture("examples/plans/lang-son-2023.seed.txt"))
        .expect("seed text");
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(seed.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let file = scratch("seed-utf16.txt");
    std::fs::write(&file, bytes).expect("scratch written");
    let output = kehoach(&["import", file.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(output.status.code(), Some(0));
    let plan = kehoach::Plan::from_json_str(&String::from_utf8_lossy(&output.stdout))
        .expect("stdout is a plan");
    assert_eq!(plan, hand_written());
}

#[test]
fn unreadable_input_exits_2_with_one_line() {
    let missing = kehoach(&["import", "/nonexistent/plan.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot read /nonexistent/plan.txt"),
        "{stderr}"
    );

    let binary = scratch("binary.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0xC3, 0x28, 0x00]).expect("scratch written");
    let output = kehoach(&["import", binary.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_file(&binary);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not text"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn format_json_prints_the_whole_import_result_with_provenance() {
    let output = kehoach(&[
        "import",
        &fixture("examples/plans/lang-son-2023.seed.txt"),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expected =
        kehoach::import::import_plan_text(&read_repo_file("examples/plans/lang-son-2023.seed.txt"))
            .to_json_string();
    assert_eq!(stdout, expected);
    assert!(
        stdout.contains(
            "\"path\": \"/document/number\",\n      \"source\": \"text\",\n      \"line\": 3"
        ),
        "{stdout}"
    );
}
