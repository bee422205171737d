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
