//! Consolidation: the hand-computed vector (`tests/fixtures/consolidate/`: a broken plan, no
//! log, one late report, two agencies tied), a configured ranking, located manifest errors,
//! inputs that cannot be read, and the golden consolidated report of the example province in
//! every format and language.
//!
//! Regenerate the golden files after an intended change with
//! `KEHOACH_BLESS=1 cargo test -p kehoach --test suite consolidate::`, then read the diff.

use std::io::BufReader;
use std::path::Path;

use kehoach::consolidate::{
    consolidate, AgencyInput, Consolidation, Consolidator, Input, Manifest, RankingConfig,
    ReportStatus,
};
use kehoach::evaluate::EvaluateOptions;
use kehoach::report::{
    agency_sheet, consolidated, render_report, ConsolidatedOptions, ReportFormat, SheetCell,
};
use kehoach::Lang;
use serde_json::{json, Value};

use crate::support::consolidate_vector::{expected, project, DIR};
use crate::support::repo_root;

/// Consolidates the manifest at `path` for 2023-Q1, opening plans and logs as the CLI does:
/// relative to the manifest's folder, logs streamed from the file.
fn consolidate_file(path: &Path, lang: Lang, ranking: &RankingConfig) -> Consolidation {
    let manifest = Manifest::from_json_str(&crate::support::read(path)).expect("manifest loads");
    let base = path.parent().expect("a folder").to_path_buf();
    let options = EvaluateOptions {
        lang,
        ..EvaluateOptions::default()
    };
    consolidate(
        &manifest,
        &"2023-Q1".parse().expect("id"),
        &options,
        ranking,
        |agency| AgencyInput {
            plan: agency.plan.as_ref().map_or(Input::Absent, |p| {
                match std::fs::read_to_string(base.join(p)) {
                    Ok(text) => Input::Given(text),
                    Err(error) => Input::Unreadable(error.to_string()),
                }
            }),
            log: agency.log.as_ref().map_or(Input::Absent, |p| {
                match std::fs::File::open(base.join(p)) {
                    Ok(file) => Input::Given(BufReader::new(file)),
                    Err(error) => Input::Unreadable(error.to_string()),
                }
            }),
        },
    )
}

fn vector(ranking: &RankingConfig) -> Consolidation {
    consolidate_file(
        &repo_root().join(DIR).join("manifest.json"),
        Lang::Vi,
        ranking,
    )
}

fn figures_json(consolidation: &Consolidation) -> Value {
    serde_json::from_str(&consolidation.to_json_string()).expect("figures are JSON")
}

#[test]
fn the_hand_computed_vector_gives_the_figures_worked_out_by_hand() {
    let consolidation = vector(&RankingConfig::default());
    assert_eq!(
        project(&figures_json(&consolidation)),
        expected(&repo_root())
    );
}

#[test]
fn a_configured_ranking_orders_by_its_own_criteria_and_says_so() {
    let ranking = RankingConfig::from_json_str(
        r#"{"criteria": [{"criterion": "activities", "better": "higher"}]}"#,
    )
    .expect("ranking loads");
    let consolidation = vector(&ranking);
    // By activities alone: xã D 12, Sở A 10, Sở B and huyện C 6 each (tied).
    let places: Vec<(u32, Vec<&str>)> = consolidation
        .places
        .iter()
        .map(|p| (p.rank, p.agencies.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        places,
        [
            (1, vec!["xa-d"]),
            (2, vec!["so-a"]),
            (3, vec!["so-b", "huyen-c"])
        ]
    );
    let report = consolidated(&consolidation, &ConsolidatedOptions::default());
    let text = render_report(&report, ReportFormat::Text);
    assert!(
        text.contains("theo lần lượt các tiêu chí: (1) số hoạt động (nhiều xếp trước)."),
        "{text}"
    );
    assert!(text.contains("Đồng hạng 3: Sở B, UBND huyện C."), "{text}");
    // Fewer first reverses it; ties stay ties.
    let reversed = RankingConfig::from_json_str(
        r#"{"criteria": [{"criterion": "activities", "better": "lower"}]}"#,
    )
    .expect("ranking loads");
    let consolidation = vector(&reversed);
    assert_eq!(consolidation.places[0].agencies, ["so-b", "huyen-c"]);
    assert_eq!(consolidation.places[1].rank, 3);
}

#[test]
fn a_ranking_with_an_unknown_criterion_is_a_located_error() {
    let error = RankingConfig::from_json_str(
        r#"{"criteria": [{"criterion": "activities", "better": "higher"}, {"criterion": "likes", "better": "higher"}]}"#,
    )
    .expect_err("unknown criterion");
    assert_eq!(error.path, "/criteria/1/criterion");
}

#[test]
fn the_consolidated_report_names_what_each_agency_missed_and_who_is_late() {
    let consolidation = vector(&RankingConfig::default());
    let vi = render_report(
        &consolidated(&consolidation, &ConsolidatedOptions::default()),
        ReportFormat::Text,
    );
    for expected in [
        "Tổng hợp kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2023",
        "Hạn gửi báo cáo của các cơ quan, đơn vị về Sở Nội vụ: ngày 20/03/2023",
        "Có 04/06 cơ quan, đơn vị có đủ kế hoạch và số liệu để tổng hợp.",
        "- Sở B: đưa tin trên Trang thông tin điện tử của Sở tháng 1/2023 đạt 02/04 (thiếu 02).",
        "- UBND xã D: nhận báo cáo ngày 23/03/2023, muộn 03 ngày.",
        "- UBND xã F: chưa có số liệu hoạt động (nhật ký hoạt động).",
        "Có 01 cơ quan, đơn vị chưa gửi báo cáo quý I năm 2023: UBND xã E.",
        "Đồng hạng 3: Sở B, UBND huyện C.",
        "II. KIẾN NGHỊ, ĐỀ XUẤT",
    ] {
        assert!(vi.contains(expected), "missing {expected:?} in\n{vi}");
    }
    assert_eq!(vi, kehoach::nfc(&vi), "the report is NFC");
    let en = render_report(
        &consolidated(
            &consolidation,
            &ConsolidatedOptions {
                lang: Lang::En,
                signed_on: None,
            },
        ),
        ReportFormat::Text,
    );
    assert!(
        en.contains("- UBND xã D: report received on 23 March 2023, 3 days late."),
        "{en}"
    );
    assert!(en.contains("Tied at rank 3: Sở B, UBND huyện C."), "{en}");
}

#[test]
fn the_sheet_holds_the_same_figures_as_numbers() {
    let consolidation = vector(&RankingConfig::default());
    let sheet = agency_sheet(&consolidation, Lang::Vi);
    assert_eq!(sheet.rows.len(), 6);
    let column = |name: &str| {
        sheet
            .columns
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let row_of = |name: &str| {
        sheet
            .rows
            .iter()
            .find(|row| row[1] == SheetCell::Text(name.into()))
            .expect("a row")
    };
    let d = row_of("UBND xã D");
    assert_eq!(d[column("Hoạt động")], SheetCell::Count(12));
    assert_eq!(
        d[column("Tỷ lệ chỉ tiêu đạt")],
        SheetCell::Share {
            numerator: 3,
            denominator: 3
        }
    );
    assert_eq!(d[column("Báo cáo")], SheetCell::Text("Muộn 03 ngày".into()));
    assert_eq!(d[column("Xếp hạng")], SheetCell::Count(2));
    assert_eq!(row_of("UBND xã E")[column("Hoạt động")], SheetCell::Empty);
}

#[test]
fn a_manifest_error_names_where_it_is() {
    let manifest = |agency: Value| {
        json!({
            "schemaVersion": 2,
            "body": {"issuer": {"name": "Sở Nội vụ"}, "level": "province", "area": "Lạng Sơn",
                     "place": "Lạng Sơn", "signature": {"headTitle": "GIÁM ĐỐC", "signerName": "A"}},
            "agencies": [agency]
        })
        .to_string()
    };
    let bad_period = manifest(json!({"id": "a", "name": "A", "level": "department",
        "received": {"2023-Q5": "2023-03-17"}}));
    let error = Manifest::from_json_str(&bad_period).expect_err("no such period");
    assert_eq!(error.path, "/agencies/0/received/2023-Q5");
    let bad_date = manifest(json!({"id": "a", "name": "A", "level": "department",
        "received": {"2023-Q1": "17/03/2023"}}));
    let error = Manifest::from_json_str(&bad_date).expect_err("not ISO");
    assert_eq!(error.path, "/agencies/0/received/2023-Q1");
    let bad_level = manifest(json!({"id": "a", "name": "A", "level": "ministry"}));
    let error = Manifest::from_json_str(&bad_level).expect_err("no such level");
    assert_eq!(error.path, "/agencies/0/level");
    // A received day keyed "2023-q1" is read as the same period.
    let lower = manifest(json!({"id": "a", "name": "A", "level": "department",
        "received": {"2023-q1": "2023-03-17"}}));
    let loaded = Manifest::from_json_str(&lower).expect("loads");
    assert_eq!(
        loaded.agencies[0]
            .received
            .get(&"2023-Q1".parse().expect("id")),
        Some(time::macros::date!(2023 - 03 - 17))
    );
    assert_eq!(
        Manifest::from_json_str(&loaded.to_json_string()),
        Ok(loaded)
    );
}

#[test]
fn inputs_that_cannot_be_read_are_diagnostics_and_the_rest_is_consolidated() {
    let text = crate::support::read(&repo_root().join(DIR).join("manifest.json"));
    let mut manifest = Manifest::from_json_str(&text).expect("loads");
    manifest.agencies.truncate(2);
    // Duplicate ids and unknown parents are findings on the manifest, not the end.
    manifest.agencies[1].id = "so-a".into();
    manifest.agencies[1].parent = Some("nowhere".into());
    let log = "{\"schemaVersion\": 1, \"date\": \"2023-01-05\"}\nnot json\n";
    let consolidation = consolidate(
        &manifest,
        &"2023-Q1".parse().expect("id"),
        &EvaluateOptions::default(),
        &RankingConfig::default(),
        |agency| AgencyInput {
            plan: if agency.name == "Sở A" {
                Input::Unreadable("permission denied".into())
            } else {
                Input::Given(kehoach::examples::LANG_SON_2023.to_string())
            },
            log: Input::Given(log.as_bytes()),
        },
    );
    let codes = |index: usize| -> Vec<&str> {
        consolidation.agencies[index]
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    };
    assert_eq!(codes(0), ["CON002"]);
    assert!(consolidation.agencies[0].figures.is_none());
    assert_eq!(codes(1), ["CON006"], "two unreadable records");
    assert_eq!(
        consolidation.agencies[1].figures.map(|f| f.activities),
        Some(0)
    );
    let manifest_codes: Vec<&str> = consolidation
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert_eq!(manifest_codes, ["CON007", "CON008"]);
    assert_eq!(consolidation.diagnostics[0].path, "/agencies/1/id");
}

#[test]
fn without_a_deadline_day_received_reports_are_not_judged() {
    let text = crate::support::read(&repo_root().join(DIR).join("manifest.json"));
    let mut manifest = Manifest::from_json_str(&text).expect("loads");
    manifest.deadline_day = None;
    let consolidation = consolidate(
        &manifest,
        &"2023-Q1".parse().expect("id"),
        &EvaluateOptions::default(),
        &RankingConfig::default(),
        |_| AgencyInput::<&[u8]> {
            plan: Input::Absent,
            log: Input::Absent,
        },
    );
    let statuses: Vec<ReportStatus> = consolidation
        .agencies
        .iter()
        .map(|a| a.report.status)
        .collect();
    use ReportStatus::{Missing, Received};
    assert_eq!(
        statuses,
        [Received, Received, Received, Received, Missing, Received]
    );
    assert!(consolidation.places.is_empty(), "no data, no ranking");
    let text = render_report(
        &consolidated(&consolidation, &ConsolidatedOptions::default()),
        ReportFormat::Text,
    );
    assert!(text.contains("Chưa quy định hạn gửi báo cáo"), "{text}");
}

#[test]
fn names_are_escaped_in_html() {
    let text = crate::support::read(&repo_root().join(DIR).join("manifest.json"));
    let mut manifest = Manifest::from_json_str(&text).expect("loads");
    manifest.agencies[0].name = "<script>alert(1)</script>".into();
    let consolidation = consolidate(
        &manifest,
        &"2023-Q1".parse().expect("id"),
        &EvaluateOptions::default(),
        &RankingConfig::default(),
        |_| AgencyInput::<&[u8]> {
            plan: Input::Absent,
            log: Input::Absent,
        },
    );
    let html = render_report(
        &consolidated(&consolidation, &ConsolidatedOptions::default()),
        ReportFormat::Html,
    );
    assert!(!html.contains("<script>alert"), "unescaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn the_example_manifest_matches_its_schema() {
    let schema = kehoach::consolidate::manifest_schema();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let manifest: Value = serde_json::from_str(&crate::support::read(
        &repo_root().join("examples/province/manifest.json"),
    ))
    .expect("JSON");
    let errors: Vec<String> = validator
        .iter_errors(&manifest)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = manifest.clone();
    bad["agencies"][0]["level"] = json!("ministry");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn golden_consolidated_reports_of_the_example_province() {
    let bless = std::env::var_os("KEHOACH_BLESS").is_some();
    let dir = repo_root().join("tests/golden");
    let manifest = repo_root().join("examples/province/manifest.json");
    let mut stale = Vec::new();
    let mut check = |name: String, text: String| {
        let path = dir.join(name);
        if bless {
            std::fs::write(&path, &text).expect("write golden");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    };
    for (lang, code) in [(Lang::Vi, "vi"), (Lang::En, "en")] {
        let consolidation = consolidate_file(&manifest, lang, &RankingConfig::default());
        let report = consolidated(
            &consolidation,
            &ConsolidatedOptions {
                lang,
                signed_on: None,
            },
        );
        for (format, extension) in [
            (ReportFormat::Markdown, "md"),
            (ReportFormat::Html, "html"),
            (ReportFormat::Text, "txt"),
            (ReportFormat::Json, "json"),
        ] {
            check(
                format!("province-2023-Q1.{code}.{extension}"),
                render_report(&report, format),
            );
        }
        if lang == Lang::Vi {
            check(
                "province-2023-Q1.figures.json".into(),
                consolidation.to_json_string(),
            );
        }
    }
    assert!(
        stale.is_empty(),
        "golden consolidated reports differ (run with KEHOACH_BLESS=1 and review the diff): {stale:?}"
    );
}

#[test]
fn agencies_evaluated_by_the_caller_give_the_same_figures() {
    // What the npm package does with plans and logs it holds as objects: load and evaluate
    // each itself, then hand over the evaluation.
    let dir = repo_root().join(DIR);
    let manifest =
        Manifest::from_json_str(&crate::support::read(&dir.join("manifest.json"))).expect("loads");
    let period = "2023-Q1".parse().expect("id");
    let options = EvaluateOptions::default();
    let mut consolidator = Consolidator::new(&manifest, &period, &options);
    for (index, agency) in manifest.agencies.iter().enumerate() {
        let plan = agency
            .plan
            .as_ref()
            .and_then(|p| kehoach::Plan::from_json_str(&crate::support::read(&dir.join(p))).ok());
        let log = agency
            .log
            .as_ref()
            .map(|p| crate::support::read(&dir.join(p)));
        match (plan, log) {
            (Some(plan), Some(log)) => {
                let evaluation = kehoach::evaluate::evaluate_log(&plan, &log, &period, &options);
                consolidator.push_evaluated(index, &plan, &evaluation);
            }
            // The broken plan goes through the loader so its error is the same.
            (None, Some(log)) => consolidator.push(
                index,
                AgencyInput {
                    plan: Input::Given(crate::support::read(&dir.join("broken-plan.json"))),
                    log: Input::Given(log.as_bytes()),
                },
            ),
            // Never pushed: counted as given nothing.
            _ => {}
        }
    }
    let consolidation = consolidator.finish(&RankingConfig::default());
    let mut expected = expected(&repo_root());
    // Never pushed, xã F lacks its plan too.
    expected["agencies"]["xa-f"]["codes"] = json!(["CON001", "CON004"]);
    assert_eq!(project(&figures_json(&consolidation)), expected);
}
