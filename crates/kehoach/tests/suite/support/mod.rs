//! What several test modules share: the repository's files, the bundled plan and its sample
//! log, and the texts the importer is tried on.

pub mod consolidate_vector;
pub mod vectors;

use std::path::Path;

use kehoach::evaluate::{evaluate_log, EvaluateOptions, Evaluation};
use kehoach::Plan;

pub use vectors::repo_root;

/// The text of the seed plan, as printed (`examples/plans/lang-son-2023.seed.txt`).
pub const SEED: &str = include_str!("../../../../../examples/plans/lang-son-2023.seed.txt");

/// The opening of a ministry decision, flattened with bars (`tests/fixtures/import/`).
pub const BNV_2022: &str =
    include_str!("../../../../../tests/fixtures/import/01_bnv-251-qd-bnv-2022.txt");

/// The opening of a department plan announced on a web page (`tests/fixtures/import/`).
pub const SXD_HUE_2021: &str =
    include_str!("../../../../../tests/fixtures/import/04_sxd-thuathienhue-4247-kh-sxd-2021.txt");

/// Reads a file as text; a missing or unreadable file fails the test with its path.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The bundled Lạng Sơn 2023 plan.
pub fn bundled_plan() -> Plan {
    Plan::from_json_str(kehoach::examples::LANG_SON_2023).expect("the bundled plan loads")
}

/// The bundled plan and the sample log `examples/activities/lang-son-2023.jsonl`.
pub fn sample() -> (Plan, String) {
    let log = read(&repo_root().join("examples/activities/lang-son-2023.jsonl"));
    (bundled_plan(), log)
}

/// The evaluation of `log` for Quý I 2023, with the default options.
pub fn q1(plan: &Plan, log: &str) -> Evaluation {
    evaluated(plan, log, "2023-Q1")
}

/// The evaluation of `log` for the period `id`, with the default options.
pub fn evaluated(plan: &Plan, log: &str, id: &str) -> Evaluation {
    evaluate_log(
        plan,
        log,
        &id.parse().expect("id"),
        &EvaluateOptions::default(),
    )
}

/// A period id of each kind around the sample log's year: the year, its halves, nine months,
/// quarters, first, middle and last month, and a quarter of the next year.
pub const PERIODS_OF_2023: &[&str] = &[
    "2023", "2023-H1", "2023-H2", "2023-9M", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2023-01",
    "2023-06", "2023-12", "2024-Q1",
];

/// Imports `text` (as `kehoach::import::import_plan_text`) and holds it as a fixture of
/// `tests/fixtures/import/<group>/`, named by its first words and a hash of the whole, so the
/// npm suite imports the very texts the Rust suite checks and must agree with the CLI on each.
/// The committed file must equal `text`; `KEHOACH_BLESS=1` writes it.
pub fn imported(group: &str, text: &str) -> kehoach::import::ImportResult {
    if text != SEED {
        let words: String = text
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join("-")
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(24)
            .collect::<String>()
            .to_ascii_lowercase();
        // A name never starts with "-", which a command line would take for an option.
        let words = if words.is_empty() {
            "text".to_string()
        } else {
            words
        };
        // FNV-1a: a stable name that changes with the text.
        let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
        let path = repo_root()
            .join("tests/fixtures/import")
            .join(group)
            .join(format!("{words}-{hash:016x}.txt"));
        if std::env::var_os("KEHOACH_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
            std::fs::write(&path, text).expect("fixture written");
        }
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing: run with KEHOACH_BLESS=1", path.display()));
        assert_eq!(committed, text, "{}", path.display());
    }
    kehoach::import::import_plan_text(text)
}

/// Every leaf of a JSON value by its JSON Pointer (empty objects and arrays are leaves), for
/// comparing two plans field by field.
pub fn leaves(
    value: &serde_json::Value,
    path: String,
    out: &mut std::collections::BTreeMap<String, serde_json::Value>,
) {
    use serde_json::Value;
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, item) in map {
                leaves(item, format!("{path}/{key}"), out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (index, item) in items.iter().enumerate() {
                leaves(item, format!("{path}/{index}"), out);
            }
        }
        leaf => {
            out.insert(path, leaf.clone());
        }
    }
}
