//! Every input the fuzzers ever found a problem with, kept as a test, and the committed seed
//! corpus replayed through the same checks the fuzz targets make (`fuzz/src/lib.rs`, included
//! here), so a fixed crash stays fixed without running a fuzzer.
//!
//! A new crash: minimise it (`cargo fuzz tmin`), copy it to `fuzz/regressions/<target>/`, and
//! add a test below that names what broke (docs/fuzzing.md).

use std::path::{Path, PathBuf};

#[path = "../../../fuzz/src/lib.rs"]
mod oracles;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the target's check on every file of `dir/<target>/`; returns how many there were.
fn replay(dir: &str, target: &str, check: fn(&[u8])) -> usize {
    let directory = repo().join(dir).join(target);
    let Ok(entries) = std::fs::read_dir(&directory) else {
        return 0;
    };
    let mut count = 0;
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let data = std::fs::read(&path).expect("a corpus file");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
        count += 1;
    }
    count
}

#[test]
fn the_seed_corpus_passes_every_check() {
    for (target, check) in oracles::TARGETS {
        let count = replay("fuzz/corpus", target, *check);
        assert!(count >= 5, "{target}: only {count} seed inputs");
    }
}

#[test]
fn every_input_a_fuzzer_found_passes_every_check() {
    for (target, check) in oracles::TARGETS {
        replay("fuzz/regressions", target, *check);
    }
}

/// Found while setting the import limit (docs/limits.md): ids were given by searching a list
/// from `-2` upwards for every new id, cubic in the number of forms of one wording. This text
/// (about 80 KB) took 8 s in a debug build, against 0.2 s now; at the 2 MiB limit the old way
/// would take hours.
#[test]
fn a_thousand_forms_of_one_wording_get_numbered_ids() {
    let seed = include_str!("../../../examples/plans/lang-son-2023.seed.txt");
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
