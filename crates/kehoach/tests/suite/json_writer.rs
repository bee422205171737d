//! kehoach's own JSON writer ([`kehoach::ToJson`]) against serde_json writing the same values
//! through their derived `Serialize`: byte for byte, compact and pretty, on every kind of
//! document kehoach writes — plans (the sample, every validation vector that loads),
//! diagnostics in both languages, evaluations and reports for every period of the sample log
//! under both windows, activity records, and import results. Generated plans and records are
//! compared in `model.rs` and `properties.rs`.

use std::fmt::Debug;

use kehoach::activity::Activity;
use kehoach::evaluate::{evaluate_log, EvaluateOptions};
use kehoach::period::WindowKind;
use kehoach::report::{build, render, ReportFormat};
use kehoach::{validate_plan, Lang, Plan, ToJson};
use serde::Serialize;

use crate::support::bundled_plan;
use crate::support::vectors::{input_text, repo_root, vector_files};

/// Asserts that both writers give the same text, compact and pretty.
fn same<T: ToJson + Serialize + Debug + ?Sized>(value: &T, what: &str) {
    assert_eq!(
        value.to_json(),
        serde_json::to_string(value).expect("serde writes it"),
        "compact JSON of {what}"
    );
    assert_eq!(
        value.to_json_pretty(),
        serde_json::to_string_pretty(value).expect("serde writes it"),
        "pretty JSON of {what}"
    );
}

/// The sample log, and records made to be rejected or unmatched with text that needs escaping,
/// so diagnostics and unmatched activities carry it.
fn log() -> String {
    let mut log = kehoach::examples::LANG_SON_2023_ACTIVITIES.to_string();
    for record in [
        r#"{"schemaVersion":1,"date":"2023-02-01","unit":"khong-co \"quote\" \\ tab\t","form":"tin-bai-website","title":"Bài \u0001 \"x\"","evidence":"https://e.vn/a\nb"}"#,
        r#"{"schemaVersion":1,"date":"2023-02-02","unit":"van-phong","form":"khong-co-hinh-thuc","title":"</script><b>&amp;","evidence":"e"}"#,
        r#"{"schemaVersion":99,"date":"2023-02-03"}"#,
        r#"{"schemaVersion":1,"date":"2023-13-01","unit":"van-phong","form":"tin-bai-website","title":"t"}"#,
        r#"[1, "not a record"]"#,
        r#"{"schemaVersion":1,"date":"2023-03-04","unit":"van-phong","form":"tin-bai-website","title":"","quantities":{"participants":0,"views":4294967295}}"#,
    ] {
        if !log.ends_with('\n') {
            log.push('\n');
        }
        log.push_str(record);
        log.push('\n');
    }
    log
}

#[test]
fn plans_and_their_diagnostics_are_written_as_serde_writes_them() {
    let plan = bundled_plan();
    same(&plan, "the sample plan");
    let mut loaded = 0;
    for path in vector_files() {
        let vector: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("vector readable"))
                .expect("vector is JSON");
        // The vectors of load errors hold no plan to write.
        let Ok(plan) = Plan::from_json_str(&input_text(&vector)) else {
            continue;
        };
        loaded += 1;
        let what = path.display().to_string();
        same(&plan, &what);
        for lang in [Lang::Vi, Lang::En] {
            let diagnostics = validate_plan(&plan, lang);
            same(&diagnostics, &format!("the diagnostics of {what}"));
            same(
                diagnostics.as_slice(),
                &format!("the diagnostics of {what}"),
            );
        }
    }
    assert!(loaded > 100, "only {loaded} vectors loaded");
}

/// The sample plan, and variants whose evaluations fill the optional fields the sample's
/// leave out and the other way round: no report schedule (no next report, no deadline), a
/// deadline day.
fn plans_to_evaluate() -> Vec<Plan> {
    let plan = bundled_plan();
    let mut unscheduled = plan.clone();
    unscheduled.implementation.reporting.schedule.clear();
    unscheduled.implementation.reporting.deadline_day = None;
    let mut with_deadline = plan.clone();
    with_deadline.implementation.reporting.deadline_day = Some(20);
    vec![plan, unscheduled, with_deadline]
}

#[test]
fn evaluations_and_reports_are_written_as_serde_writes_them() {
    let log = log();
    let mut periods: Vec<String> = ["2023", "2023-H1", "2023-H2", "2023-9M", "2022", "2024-Q1"]
        .map(String::from)
        .to_vec();
    periods.extend((1..=4).map(|quarter| format!("2023-Q{quarter}")));
    periods.extend((1..=12).map(|month| format!("2023-{month:02}")));
    periods.push("2023-02-10..2023-05-20".into());
    for (plan, period) in plans_to_evaluate()
        .iter()
        .flat_map(|plan| periods.iter().map(move |period| (plan, period)))
    {
        let id = period.parse().expect("period id");
        for window in [WindowKind::CutOff, WindowKind::Calendar] {
            for as_of in [None, Some(time::macros::date!(2023 - 05 - 15))] {
                let options = EvaluateOptions {
                    as_of,
                    window,
                    lang: Lang::En,
                };
                let evaluation = evaluate_log(plan, &log, &id, &options);
                let what = format!("{period} ({window:?}, as of {as_of:?})");
                same(&evaluation, &format!("the evaluation of {what}"));
                for lang in [Lang::Vi, Lang::En] {
                    let report = build(plan, &evaluation, lang);
                    same(&report, &format!("the report of {what}"));
                    assert_eq!(
                        render(plan, &evaluation, ReportFormat::Json, lang),
                        serde_json::to_string_pretty(&report).expect("serde writes it") + "\n",
                        "the JSON report of {what}"
                    );
                }
            }
        }
    }
}

#[test]
fn activity_records_are_written_as_serde_writes_them() {
    let mut records = 0;
    for line in log().lines() {
        let Ok(activity) = serde_json::from_str::<Activity>(line) else {
            continue;
        };
        records += 1;
        same(&activity, line);
        assert_eq!(
            activity.to_json_line(),
            serde_json::to_string(&activity).expect("serde writes it")
        );
    }
    assert!(records > 50, "only {records} records read");
}

#[test]
fn import_results_are_written_as_serde_writes_them() {
    let root = repo_root();
    let mut texts = vec![root.join("examples/plans/lang-son-2023.seed.txt")];
    for entry in std::fs::read_dir(root.join("tests/fixtures/import")).expect("import fixtures") {
        let path = entry.expect("entry").path();
        // The texts only: `docx/` holds Word files (import_docx.rs).
        if path.extension().is_some_and(|ext| ext == "txt") {
            texts.push(path);
        }
    }
    for path in texts {
        let text = std::fs::read_to_string(&path).expect("text readable");
        for lang in [Lang::Vi, Lang::En] {
            let result = kehoach::import::import_plan_text_in(&text, lang);
            same(&result, &path.display().to_string());
        }
    }
}
