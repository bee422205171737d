//! The shared evaluation vectors of `tests/fixtures/evaluate/`, and properties of the
//! evaluation that hold for any log.

use std::path::PathBuf;

use kehoach::activity::Activity;
use kehoach::evaluate::{
    evaluate, evaluate_log, evaluate_reader, evaluate_values, EvaluateOptions, Evaluation,
    QuotaStatus,
};
use kehoach::period::PeriodId;
use kehoach::Plan;
use serde_json::Value;

use crate::support::{evaluated, read, repo_root, sample, PERIODS_OF_2023};

/// RFC 7396.
fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(entries) => {
            if !target.is_object() {
                *target = Value::Object(serde_json::Map::new());
            }
            if let Value::Object(map) = target {
                for (key, value) in entries {
                    if value.is_null() {
                        map.remove(key);
                    } else {
                        merge_patch(map.entry(key.clone()).or_insert(Value::Null), value);
                    }
                }
            }
        }
        other => *target = other.clone(),
    }
}

/// The subset match the fixture README describes; returns where it fails.
fn matches(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(expected), Value::Object(actual)) => {
            for (key, value) in expected {
                let Some(found) = actual.get(key) else {
                    return Err(format!("{path}/{key}: missing, expected {value}"));
                };
                matches(value, found, &format!("{path}/{key}"))?;
            }
            Ok(())
        }
        (Value::Array(expected), Value::Array(actual)) => {
            if expected.len() != actual.len() {
                return Err(format!(
                    "{path}: {} elements, expected {}: {}",
                    actual.len(),
                    expected.len(),
                    Value::Array(actual.clone())
                ));
            }
            for (index, (e, a)) in expected.iter().zip(actual).enumerate() {
                matches(e, a, &format!("{path}/{index}"))?;
            }
            Ok(())
        }
        (e, a) if e == a => Ok(()),
        (e, a) => Err(format!("{path}: {a}, expected {e}")),
    }
}

struct Case {
    name: String,
    fixture: Value,
    plan: Plan,
    period: PeriodId,
    options: EvaluateOptions,
}

fn cases() -> Vec<Case> {
    let dir = repo_root().join("tests/fixtures/evaluate");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let fixture: Value =
                serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let plan_file = fixture["plan"]["file"].as_str().expect("plan.file");
            let mut plan: Value =
                serde_json::from_str(&read(&repo_root().join(plan_file))).expect("plan JSON");
            if let Some(patch) = fixture["plan"].get("mergePatch") {
                merge_patch(&mut plan, patch);
            }
            let plan = Plan::from_json_value(plan).unwrap_or_else(|e| panic!("{name}: {e}"));
            let period = fixture["period"]
                .as_str()
                .expect("period")
                .parse()
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let options = match fixture.get("options") {
                Some(options) => serde_json::from_value(options.clone())
                    .unwrap_or_else(|e| panic!("{name}: options: {e}")),
                None => EvaluateOptions::default(),
            };
            Case {
                name,
                fixture,
                plan,
                period,
                options,
            }
        })
        .collect()
}

fn check(case: &Case, evaluation: &Evaluation, via: &str) {
    let actual = serde_json::to_value(evaluation).expect("serialises");
    if let Err(problem) = matches(&case.fixture["expected"], &actual, "") {
        panic!(
            "{} ({via}): {problem}\n{}",
            case.name,
            serde_json::to_string_pretty(&actual).unwrap_or_default()
        );
    }
}

#[test]
fn every_vector_gives_its_hand_computed_evaluation_by_every_path() {
    let cases = cases();
    assert!(cases.len() >= 11, "the vectors are there: {}", cases.len());
    for case in &cases {
        if let Some(text) = case.fixture.get("activitiesText").and_then(Value::as_str) {
            check(
                case,
                &evaluate_log(&case.plan, text, &case.period, &case.options),
                "text",
            );
            let streamed = evaluate_reader(
                &case.plan,
                text.as_bytes(),
                &case.period,
                &case.options,
                |_| {},
            )
            .expect("in memory");
            check(case, &streamed, "reader");
            continue;
        }
        let values = case.fixture["activities"]
            .as_array()
            .cloned()
            .unwrap_or_else(|| panic!("{}: activities or activitiesText", case.name));
        let by_values = evaluate_values(&case.plan, values.clone(), &case.period, &case.options);
        check(case, &by_values, "values");

        let array_text = serde_json::to_string_pretty(&values).expect("array");
        let by_array = evaluate_log(&case.plan, &array_text, &case.period, &case.options);
        assert_eq!(by_array, by_values, "{}: JSON array text", case.name);

        let lines: Vec<String> = values.iter().map(Value::to_string).collect();
        let by_lines = evaluate_log(&case.plan, &lines.join("\n"), &case.period, &case.options);
        let mut without_lines = by_lines.clone();
        for d in &mut without_lines.log.diagnostics {
            d.params.remove("line");
        }
        for u in &mut without_lines.unmatched {
            u.line = None;
        }
        assert_eq!(without_lines, by_values, "{}: JSON Lines text", case.name);

        let records: Vec<Activity> = values
            .iter()
            .map(|v| Activity::from_json_value(v.clone()).expect("valid records"))
            .collect();
        let by_records = evaluate(&case.plan, &records, &case.period, &case.options);
        assert_eq!(by_records, by_values, "{}: records", case.name);
    }
}

#[test]
fn the_matcher_can_fail() {
    let actual = serde_json::json!({"a": [1, {"b": 2, "c": 3}]});
    assert!(matches(&serde_json::json!({"a": [1, {"b": 2}]}), &actual, "").is_ok());
    assert!(matches(&serde_json::json!({"a": [1, {"b": 3}]}), &actual, "").is_err());
    assert!(matches(&serde_json::json!({"a": [1]}), &actual, "").is_err());
    assert!(matches(&serde_json::json!({"z": 1}), &actual, "").is_err());
}

#[test]
fn the_sample_log_tells_its_story() {
    let (plan, log) = sample();
    let year = evaluated(&plan, &log, "2023");
    let articles = &year.quotas[0];
    let months: Vec<(String, u32, QuotaStatus)> = articles
        .rows
        .iter()
        .map(|row| (row.period.to_string(), row.achieved, row.status))
        .collect();
    let short: Vec<&str> = months
        .iter()
        .filter(|(_, _, status)| *status == QuotaStatus::Short)
        .map(|(id, _, _)| id.as_str())
        .collect();
    // Calendar months of 2023 (tin-bai-website, the 08/03 duplicate counted once): January,
    // February, July and October have 3; December is counted to the cut-off day, 14/12,
    // with 2 (06/12, 12/12) and is not over.
    assert_eq!(
        short,
        ["2023-01", "2023-02", "2023-07", "2023-10"],
        "{months:?}"
    );
    let achieved: Vec<u32> = months.iter().map(|(_, n, _)| *n).collect();
    assert_eq!(achieved, [3, 3, 5, 4, 4, 4, 3, 5, 5, 3, 5, 2], "{months:?}");
    assert_eq!(
        months.last().map(|(_, _, status)| *status),
        Some(QuotaStatus::NotOver)
    );
    assert!(
        year.forms_without_activity.is_empty(),
        "every form is used in the year"
    );
    let codes: Vec<&str> = year.log.by_code.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(
        codes,
        ["LOG004", "LOG005", "LOG006", "LOG007", "LOG008", "LOG009", "LOG010"]
    );
    assert_eq!(year.log.rejected, 0);
}

/// The default options under each window: the cut-off window and the calendar.
fn under_each_window() -> [EvaluateOptions; 2] {
    [
        kehoach::period::WindowKind::CutOff,
        kehoach::period::WindowKind::Calendar,
    ]
    .map(|window| EvaluateOptions {
        window,
        ..EvaluateOptions::default()
    })
}

#[test]
fn every_record_lands_in_one_bucket_for_every_period() {
    let (plan, log) = sample();
    let custom = "2022-12-01..2023-01-31";
    for id in PERIODS_OF_2023.iter().copied().chain([custom]) {
        for options in under_each_window() {
            let window = options.window;
            let e = evaluate_log(&plan, &log, &id.parse().expect("id"), &options);
            let l = &e.log;
            assert_eq!(
                l.counted
                    + l.duplicates
                    + l.outside_window
                    + l.outside_plan
                    + l.after_as_of
                    + l.unmatched,
                l.records,
                "{id} {window:?}"
            );
            let form_total: u32 = e.forms.iter().map(|f| f.totals.activities).sum();
            let unit_total: u32 = e.units.iter().map(|u| u.totals.activities).sum();
            let audience_total: u32 = e.audiences.iter().map(|a| a.totals.activities).sum();
            assert_eq!(form_total, l.counted, "{id}");
            assert_eq!(unit_total, l.counted, "{id}");
            assert_eq!(audience_total, l.counted, "{id}");
        }
    }
}

#[test]
fn a_year_is_the_sum_of_its_months_under_either_window() {
    use kehoach::period::WindowKind;
    use kehoach::QuotaPeriods;
    for quota_periods in [QuotaPeriods::Calendar, QuotaPeriods::ReportingWindow] {
        let (mut plan, log) = sample();
        plan.implementation.reporting.quota_periods = quota_periods;
        for window in [WindowKind::CutOff, WindowKind::Calendar] {
            let options = EvaluateOptions {
                window,
                ..EvaluateOptions::default()
            };
            let year = evaluate_log(&plan, &log, &"2023".parse().expect("id"), &options);
            let mut months = 0;
            for month in 1..=12 {
                let id: PeriodId = format!("2023-{month:02}").parse().expect("id");
                let e = evaluate_log(&plan, &log, &id, &options);
                months += e.log.counted;
                let by_cut_off_window =
                    quota_periods == QuotaPeriods::Calendar && window == WindowKind::CutOff;
                if by_cut_off_window {
                    // The month report of m (15/(m−1) – 14/m) sees calendar months m−1 and m;
                    // m−1 is over and counted whole, so it is the year's row of m−1.
                    let rows = &e.quotas[0].rows;
                    if month > 1 {
                        assert_eq!(rows.len(), 2, "{id}");
                        let earlier = &year.quotas[0].rows[month - 2];
                        assert!(rows[0].cut, "{id}: the window cuts the month before");
                        assert_eq!(
                            (
                                rows[0].period,
                                rows[0].counted,
                                rows[0].achieved,
                                rows[0].status
                            ),
                            (
                                earlier.period,
                                earlier.counted,
                                earlier.achieved,
                                earlier.status
                            ),
                            "{id}"
                        );
                    }
                    let this = rows.last().expect("a row");
                    assert_eq!(this.period, id);
                    assert_ne!(
                        this.status,
                        QuotaStatus::Short,
                        "a month not over is never short: {id}"
                    );
                } else {
                    let row = &e.quotas[0].rows[0];
                    assert_eq!(
                        row,
                        &year.quotas[0].rows[month - 1],
                        "{id} {window:?} {quota_periods:?}"
                    );
                }
            }
            assert_eq!(months, year.log.counted, "{window:?}");
        }
    }
}

#[test]
fn a_saved_evaluation_loads_back_equal() {
    let (plan, log) = sample();
    let e = evaluated(&plan, &log, "2023-Q1");
    assert_eq!(Evaluation::from_json_str(&e.to_json_string()), Ok(e));
}

#[test]
fn the_evaluation_follows_its_schema() {
    let (plan, log) = sample();
    let e = evaluated(&plan, &log, "2023-Q1");
    let schema = kehoach::evaluate::evaluation_schema();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let instance = serde_json::to_value(&e).expect("JSON");
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    let schema = kehoach::activity::activities_schema();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let records: Vec<Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).expect("sample line"))
        .collect();
    assert!(validator.is_valid(&Value::Array(records)));
    assert!(!validator.is_valid(&serde_json::json!([{"schemaVersion": 1}])));
}
