//! Every input the fuzzers ever found a problem with, kept as a test, and the committed seed
//! corpus replayed through the same checks the fuzz targets make (`fuzz/src/lib.rs`, included
//! here), so a fixed crash stays fixed without running a fuzzer.
//!
//! A new crash: minimise it (`cargo fuzz tmin`), copy it to `fuzz/regressions/<target>/`, and
//! add a test below that names what broke (docs/fuzzing.md).

use std::path::Path;

#[path = "../../../../fuzz/src/lib.rs"]
mod oracles;

use crate::support::{repo_root, SEED};

/// Runs the target's check on every file of `dir/<target>/`; returns how many there were. A
/// directory that is missing, unreadable or empty fails the test: a replay of nothing would
/// pass whatever the checks do.
fn replay(dir: &str, target: &str, check: fn(&[u8])) -> usize {
    let directory = repo_root().join(dir).join(target);
    let entries = std::fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("{}: {error}", directory.display()));
    let mut count = 0;
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let data = std::fs::read(&path).expect("a corpus file");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
        count += 1;
    }
    assert!(count > 0, "{}: no inputs to replay", directory.display());
    count
}

/// The names of the subdirectories of `dir`, sorted; the test fails when `dir` is missing.
fn subdirectories(dir: &str) -> Vec<String> {
    let directory = repo_root().join(dir);
    let entries = std::fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("{}: {error}", directory.display()));
    let mut names: Vec<String> = entries
        .map(|entry| entry.expect("a directory entry"))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_seed_corpus_passes_every_check() {
    for (target, check) in oracles::TARGETS {
        let count = replay("fuzz/corpus", target, *check);
        assert!(count >= 5, "{target}: only {count} seed inputs");
    }
}

/// Each folder of `fuzz/regressions/` is named after a fuzz target and replayed through its
/// check; a folder no target owns, an empty one, or no folder at all fails (the inputs would be
/// skipped, and the test pass for nothing).
#[test]
fn every_input_a_fuzzer_found_passes_every_check() {
    let folders = subdirectories("fuzz/regressions");
    assert!(!folders.is_empty(), "fuzz/regressions holds no folder");
    let mut count = 0;
    for folder in &folders {
        let (target, check) = oracles::TARGETS
            .iter()
            .find(|(target, _)| target == folder)
            .unwrap_or_else(|| panic!("fuzz/regressions/{folder}: no fuzz target of that name"));
        count += replay("fuzz/regressions", target, *check);
    }
    assert!(count >= 3, "only {count} regression inputs");
}

#[test]
#[should_panic(expected = "no-such-target")]
fn a_missing_corpus_directory_fails_the_replay() {
    replay("fuzz/corpus", "no-such-target", |_| {});
}

#[test]
#[should_panic(expected = "no inputs to replay")]
fn an_empty_corpus_directory_fails_the_replay() {
    // An absolute `dir` replaces the repository root in `replay`'s join.
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("regressions-empty-corpus");
    std::fs::create_dir_all(base.join("empty")).expect("an empty folder");
    replay(base.to_str().expect("a UTF-8 path"), "empty", |_| {});
}

/// Found while setting the import limit (docs/limits.md): ids were given by searching a list
/// from `-2` upwards for every new id, cubic in the number of forms of one wording. This text
/// took seconds in a debug build where it now takes a fraction of one; at the import limit the
/// old way would take hours.
#[test]
fn a_thousand_forms_of_one_wording_get_numbered_ids() {
    let seed = SEED;
    let lines: Vec<&str> = seed.lines().collect();
    let (head, tail) = lines.split_at(56);
    let mut text = head.join("\n");
    for i in 0..1000 {
        text.push_str(&format!(
            "\n- Tuyên truyền CCHC thông qua hình thức số {i} phù hợp khác."
        ));
    }
    text.push('\n');
    text.push_str(&tail.join("\n"));
    let plan = kehoach::import::import_plan_text(&text).plan;
    let ids: Vec<&str> = plan
        .forms()
        .map(|(_, form)| form.id.as_str())
        .filter(|id| id.starts_with("hinh-thuc-khac"))
        .collect();
    let expected: Vec<String> = std::iter::once("hinh-thuc-khac".to_string())
        .chain((2..=1001).map(|n| format!("hinh-thuc-khac-{n}")))
        .collect();
    assert_eq!(ids, expected);
}

/// Found by `activity_array` (fuzz/regressions/activity_array/vertical-tab-before-array): the
/// in-memory reader skipped any Unicode white space before a `[`, the stream reader only JSON's
/// blanks, so the npm package read as a JSON array a log that the CLI read as JSON Lines.
/// Neither a vertical tab nor a no-break space is blank to JSON: both readers now see JSON
/// Lines, and report the line.
#[test]
fn a_log_opening_with_a_vertical_tab_or_no_break_space_is_json_lines_for_both_readers() {
    use kehoach::activity::{read_log, read_log_str, LogEntry, LogFormat};
    let record = r#"{"schemaVersion":1,"date":"2023-01-05","unit":"van-phong","form":"tin-bai-website","title":"Tin CCHC","evidence":"https://example.vn/1"}"#;
    for blank in ["\u{b}", "\u{a0}", "\u{2028}", " \t\u{b}"] {
        let log = format!("{blank}[{record}]\n");
        let mut streamed = Vec::new();
        let format = read_log(log.as_bytes(), kehoach::Lang::En, |e| streamed.push(e))
            .expect("no I/O error");
        let mut in_memory = Vec::new();
        let format_in_memory = read_log_str(&log, kehoach::Lang::En, |e| in_memory.push(e));
        assert_eq!(
            (format, format_in_memory),
            (LogFormat::JsonLines, LogFormat::JsonLines)
        );
        assert_eq!(streamed, in_memory, "{blank:?}");
        // The line trimmed of white space is a JSON array, not a record.
        assert!(
            matches!(&in_memory[..], [LogEntry::Rejected(d)] if d.code == "LOG002"),
            "{in_memory:?}"
        );
    }
    // JSON's own blanks before the bracket still make an array.
    let log = format!(" \t\r\n[{record}]");
    let mut in_memory = Vec::new();
    let format = read_log_str(&log, kehoach::Lang::En, |e| in_memory.push(e));
    assert_eq!(format, LogFormat::JsonArray);
    assert!(matches!(in_memory[..], [LogEntry::Record { .. }]));
}

/// Found by `activity_array` (fuzz/regressions/activity_array/number-out-of-range): serde_json's
/// stream reader places some syntax errors one character later than its string reader, as it
/// has already read the character it peeked at — the next column, or the start of the next
/// line. The CLI (a stream) and the npm package (a string) then place a broken array one
/// character apart; what broke it, and every entry before, agree. Not ours to fix (serde_json's
/// readers), so the fuzz check compares LOG011 without its place, and this test pins how far
/// apart the two places may be.
#[test]
fn a_broken_array_is_placed_within_one_character_by_either_reader() {
    use kehoach::activity::{read_log, read_log_str, LogEntry};
    /// The byte offset of serde_json's (line, column): column counts the bytes of its line.
    fn offset(log: &str, diagnostic: &kehoach::Diagnostic) -> usize {
        let number = |name: &str| -> usize {
            let text = diagnostic.params.get(name).map(|p| p.to_string());
            text.unwrap_or_default().parse().expect("a number")
        };
        let before: usize = log
            .split('\n')
            .take(number("line") - 1)
            .map(|l| l.len() + 1)
            .sum();
        before + number("column")
    }
    for log in [
        "[888888888888888888.8888882e288888888.888",
        "[1e99999999999999999999]",
        "[{\"a\": 1}, 1e400]",
        "[1e400\n]",
        "[\n  {\"a\": tru}\n]",
        "[1, 2 3]",
        "[\"\\u12\"]",
    ] {
        let mut streamed = Vec::new();
        read_log(log.as_bytes(), kehoach::Lang::En, |e| streamed.push(e)).expect("no I/O error");
        let mut in_memory = Vec::new();
        read_log_str(log, kehoach::Lang::En, |e| in_memory.push(e));
        assert_eq!(streamed.len(), in_memory.len(), "{log}");
        let (Some(LogEntry::Rejected(a)), Some(LogEntry::Rejected(b))) =
            (streamed.last(), in_memory.last())
        else {
            panic!("{log}: the array is broken: {streamed:?}");
        };
        assert_eq!((a.code.as_str(), b.code.as_str()), ("LOG011", "LOG011"));
        assert_eq!(a.params.get("error"), b.params.get("error"), "{log}");
        let (a, b) = (offset(log, a), offset(log, b));
        assert!(
            a == b || a == b + 1,
            "{log:?}: stream at {a}, string at {b}"
        );
    }
}
