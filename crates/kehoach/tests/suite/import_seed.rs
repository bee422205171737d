//! The seed's text imports into the hand-written plan: agreement measured field by field.
//!
//! Both plans are flattened into leaf values keyed by JSON Pointer and compared path by path;
//! a path present on one side only counts as a disagreement. Arrays compare by index, so a
//! missing or extra form shifts everything after it and shows.

use std::collections::BTreeMap;

use crate::support::leaves;
use crate::support::SEED;

use kehoach::import::{import_plan_text, ImportResult};
use kehoach::{Plan, Severity};
use serde_json::Value;

const TARGET: &str = include_str!("../../../../examples/plans/lang-son-2023.json");

/// The seed's import: the plan other tests (and the validation hook below) work on.
fn imported_seed() -> ImportResult {
    import_plan_text(SEED)
}

/// The group a leaf belongs to.
fn group(path: &str) -> &'static str {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["", "year"] => "header",
        ["", "document", field, ..]
            if matches!(
                *field,
                "kind" | "parentBody" | "issuer" | "number" | "issued" | "title" | "subject"
            ) =>
        {
            "header"
        }
        ["", "legalBases", ..] => "legal bases",
        ["", "audiences", _, "forms", ..] => "forms",
        ["", "audiences", ..] => "audiences",
        ["", "quotas", ..] => "quotas",
        _ => "rest",
    }
}

const GROUPS: [&str; 6] = [
    "header",
    "legal bases",
    "audiences",
    "forms",
    "quotas",
    "rest",
];

#[derive(Debug, Default)]
struct Agreement {
    /// Group → (agreeing leaves, leaves in either plan).
    groups: BTreeMap<&'static str, (usize, usize)>,
    /// Paths that differ, with the hand-written and the imported value.
    differences: Vec<(String, Option<Value>, Option<Value>)>,
}

impl Agreement {
    fn percent(&self, group: &str) -> f64 {
        let (agree, total) = self.groups.get(group).copied().unwrap_or((0, 0));
        if total == 0 {
            100.0
        } else {
            100.0 * agree as f64 / total as f64
        }
    }

    fn table(&self) -> String {
        let mut out = String::from("group         agree/total   %\n");
        for group in GROUPS {
            let (agree, total) = self.groups.get(group).copied().unwrap_or((0, 0));
            out.push_str(&format!(
                "{group:<13} {agree:>5}/{total:<5} {:>6.1}\n",
                self.percent(group)
            ));
        }
        out
    }
}

fn measure(expected: &Plan, got: &Plan) -> Agreement {
    let to_value = |plan: &Plan| serde_json::to_value(plan).unwrap_or(Value::Null);
    let mut want = BTreeMap::new();
    let mut have = BTreeMap::new();
    leaves(&to_value(expected), String::new(), &mut want);
    leaves(&to_value(got), String::new(), &mut have);
    let mut agreement = Agreement::default();
    let paths: std::collections::BTreeSet<&String> = want.keys().chain(have.keys()).collect();
    for path in paths {
        let entry = agreement.groups.entry(group(path)).or_insert((0, 0));
        entry.1 += 1;
        let (a, b) = (want.get(path), have.get(path));
        if a == b {
            entry.0 += 1;
        } else {
            agreement
                .differences
                .push((path.clone(), a.cloned(), b.cloned()));
        }
    }
    agreement
}

#[test]
fn the_seed_text_agrees_with_the_hand_written_plan() {
    let expected = Plan::from_json_str(TARGET).expect("the hand-written plan loads");
    let result = imported_seed();
    let agreement = measure(&expected, &result.plan);
    println!("{}", agreement.table());
    for (path, want, got) in &agreement.differences {
        println!("{path}: hand-written {want:?}, imported {got:?}");
    }
    for group in ["header", "legal bases", "audiences", "forms", "quotas"] {
        assert_eq!(
            agreement.percent(group),
            100.0,
            "{group} must agree fully:\n{}",
            agreement.table()
        );
    }
    // Remaining differences in the rest of the plan, each with its reason. None today: the
    // units come out monitoring unit first (the importer's documented order), which is the
    // order the hand-written plan uses.
    let remaining: Vec<&str> = agreement
        .differences
        .iter()
        .map(|(path, _, _)| path.as_str())
        .collect();
    let expected_remaining: Vec<&str> = vec![];
    assert_eq!(remaining, expected_remaining, "\n{}", agreement.table());
}

#[test]
fn the_seed_imports_without_anything_left_unplaced() {
    let result = imported_seed();
    let problems: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(!result.has_problems());
}

#[test]
fn the_seed_import_says_what_it_recognised_and_guessed() {
    let result = imported_seed();
    let codes: Vec<(&str, &str)> = result
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    // The blank number of a draft, read at line 3.
    let number = result
        .diagnostics
        .iter()
        .find(|d| d.code == "IMP002")
        .expect("the blank number is reported");
    assert_eq!(
        number.params.get("line").map(ToString::to_string),
        Some("3".into())
    );
    // The issuer is not printed: taken from the preamble (a guess, said so).
    assert!(codes.contains(&("IMP030", "/document/issuer")));
    // The parent body is inferred from the province.
    assert!(codes.contains(&("IMP031", "/document/parentBody")));
    // The first "b) Hình thức" bullet is split into four forms.
    assert!(codes.contains(&("IMP013", "/audiences/0/forms/0")));
    // The quota is lifted with its text, from line 58.
    let quota = result
        .diagnostics
        .iter()
        .find(|d| d.code == "IMP014")
        .expect("the quota is reported");
    assert_eq!(quota.path, "/quotas/0");
    assert_eq!(
        quota.params.get("line").map(ToString::to_string),
        Some("58".into())
    );
    // The reporting schedule is not in the text: the CCHC regime is assumed, and said so.
    assert!(codes.contains(&("IMP034", "/implementation/reporting/schedule")));
}

#[test]
fn the_imported_seed_saves_and_loads_as_a_plan() {
    let plan = imported_seed().plan;
    let reloaded =
        Plan::from_json_str(&plan.to_json_string()).expect("the import is a valid plan document");
    assert_eq!(reloaded, plan);
}

#[test]
fn the_seed_import_validates_without_errors() {
    let plan = imported_seed().plan;
    let diagnostics = kehoach::validate::validate_plan(&plan, kehoach::Lang::Vi);
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == kehoach::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The same draft warnings as the hand-written plan: blank number, no day and month.
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["DOC015", "DOC008"]);
}
