//! `kehoach import FILE [-o PLAN]` (text or .docx): the plan on stdout or in a file, diagnostics on
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
    let stderr = imports_to_the_hand_written_plan(
        "examples/plans/lang-son-2023.seed.txt",
        "lang-son-2023.seed.txt:3: info IMP002 /document/number: Dòng 3:",
    );
    assert!(!stderr.contains(": warning "), "{stderr}");
}

/// Imports `file` (exit 0), checks stdout is the hand-written plan and stderr holds `line`;
/// returns stderr.
fn imports_to_the_hand_written_plan(file: &str, line: &str) -> String {
    let output = kehoach(&["import", &fixture(file)]);
    assert_eq!(output.status.code(), Some(0));
    let plan = kehoach::Plan::from_json_str(&String::from_utf8_lossy(&output.stdout))
        .expect("stdout is a plan");
    assert_eq!(plan, hand_written());
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(stderr.contains(line), "{stderr}");
    stderr
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

#[test]
fn the_seed_as_a_word_file_imports_as_its_text_does() {
    imports_to_the_hand_written_plan(
        "tests/fixtures/import/docx/seed.docx",
        "seed.docx:1: info IMP002 /document/number: Dòng 1:",
    );
}

/// text → plan → `render-plan --format docx` → `import`: our own document reads back, except
/// the quota table the writer adds (the text importer does not read tables yet).
#[test]
fn our_own_plan_document_round_trips() {
    let json = scratch("round-trip.json");
    let docx = scratch("round-trip.docx");
    let path = |p: &PathBuf| p.to_str().unwrap_or_default().to_string();
    let text = kehoach(&[
        "import",
        &fixture("examples/plans/lang-son-2023.seed.txt"),
        "-o",
        &path(&json),
    ]);
    assert_eq!(text.status.code(), Some(0));
    let rendered = kehoach(&[
        "render-plan",
        &path(&json),
        "--format",
        "docx",
        "-o",
        &path(&docx),
    ]);
    assert_eq!(rendered.status.code(), Some(0), "{rendered:?}");
    let output = kehoach(&["import", &path(&docx)]);
    let _ = std::fs::remove_file(&json);
    let _ = std::fs::remove_file(&docx);
    let back = kehoach::Plan::from_json_str(&String::from_utf8_lossy(&output.stdout))
        .expect("stdout is a plan");
    let plan = hand_written();
    assert_eq!(back.document, plan.document);
    assert_eq!(back.year, plan.year);
    assert_eq!(back.legal_bases, plan.legal_bases);
    assert_eq!(back.preamble, plan.preamble);
    assert_eq!(back.purposes, plan.purposes);
    assert_eq!(back.requirements, plan.requirements);
    assert_eq!(back.budget, plan.budget);
    assert_eq!(back.units, plan.units);
    assert_eq!(back.implementation, plan.implementation);
    assert_eq!(back.audiences.len(), plan.audiences.len());
    for (back, plan) in back.audiences.iter().zip(&plan.audiences) {
        assert_eq!(back.id, plan.id);
        assert_eq!(back.content, plan.content);
        assert_eq!(
            back.forms.get(..plan.forms.len()),
            Some(plan.forms.as_slice())
        );
    }
    assert_eq!(back.quotas.len(), plan.quotas.len());
}

#[test]
fn a_legacy_doc_or_a_broken_docx_exits_2_with_one_line() {
    let doc = scratch("old.doc");
    std::fs::write(&doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).expect("written");
    let output = kehoach(&["import", doc.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_file(&doc);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("soffice --headless --convert-to docx FILE"),
        "{stderr}"
    );

    let broken = scratch("broken.docx");
    std::fs::write(&broken, "Số: 05/KH-SVHTTDL").expect("written");
    let output = kehoach(&["import", broken.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_file(&broken);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not a .docx file"), "{stderr}");
    assert!(output.stdout.is_empty());
}
