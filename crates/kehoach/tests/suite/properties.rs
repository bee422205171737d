//! Properties of evaluation and periods over generated plans, logs and years, filling what the
//! other suites leave open (issue 7):
//!
//! * adding an activity never lowers an achieved count, in any quota row;
//! * per-unit counts add up to the agency's count;
//! * the periods of a year nest and tile it, to the day named in Nghị định 09/2019.
//!
//! Covered elsewhere and not repeated here: loading then saving any generated valid plan
//! round-trips (`model.rs`, `saving_then_loading_round_trips`); every day lies in exactly
//! one month, quarter and year, and months, quarters and halves tile the year end to end under
//! either window (`period.rs`); every record lands in one bucket and a year is the sum of
//! its months for the sample log (`evaluate.rs`).

use kehoach::activity::{Activity, Quantities};
use kehoach::evaluate::{evaluate, EvaluateOptions, Evaluation, QuotaRow};
use kehoach::period::{PeriodId, Span, WindowKind};
use kehoach::{Lang, Measure, PeriodType, Plan, Quota, QuotaScope, ToJson, Unit};
use proptest::prelude::*;
use time::{Date, Duration, Month};

use crate::support::PERIODS_OF_2023;

const UNITS: [&str; 3] = ["van-phong", "phong-don-vi", "phong-nghiep-vu"];

fn date(year: i32, month: Month, day: u8) -> Date {
    Date::from_calendar_date(year, month, day).expect("a calendar date")
}

fn quota(id: &str, form: &str, period: PeriodType, scope: QuotaScope, min: u32) -> Quota {
    Quota {
        id: id.to_string(),
        text: None,
        form: form.to_string(),
        measure: Measure::Count,
        period,
        scope,
        units: Vec::new(),
        min,
        max: None,
        population: None,
    }
}

/// The bundled plan with three units and quotas of every shape: by month and by quarter, for
/// the agency and for each unit (all units, or some), a share, and one with a maximum.
fn plan() -> Plan {
    let mut plan = Plan::from_json_str(kehoach::examples::LANG_SON_2023).expect("bundled plan");
    plan.units.push(Unit {
        id: UNITS[2].to_string(),
        name: "Phòng Nghiệp vụ".to_string(),
        abbreviation: None,
    });
    let website = "tin-bai-website";
    let meeting = "hoi-nghi-tap-huan";
    let mut some_units = quota(
        "hoi-nghi-mot-so-don-vi",
        meeting,
        PeriodType::Quarter,
        QuotaScope::EachUnit,
        1,
    );
    some_units.units = vec![UNITS[0].to_string(), UNITS[2].to_string()];
    let mut share = quota(
        "ty-le-tap-huan",
        meeting,
        PeriodType::HalfYear,
        QuotaScope::Agency,
        90,
    );
    share.measure = Measure::Share;
    share.population = Some(120);
    let mut capped = quota(
        "ban-tin-toi-da",
        "ban-tin-dien-tu",
        PeriodType::Month,
        QuotaScope::Agency,
        1,
    );
    capped.max = Some(2);
    plan.quotas = vec![
        quota(
            "tin-bai-thang",
            website,
            PeriodType::Month,
            QuotaScope::Agency,
            4,
        ),
        quota(
            "tin-bai-thang-don-vi",
            website,
            PeriodType::Month,
            QuotaScope::EachUnit,
            1,
        ),
        quota(
            "tin-bai-quy",
            website,
            PeriodType::Quarter,
            QuotaScope::Agency,
            10,
        ),
        quota(
            "tin-bai-quy-don-vi",
            website,
            PeriodType::Quarter,
            QuotaScope::EachUnit,
            3,
        ),
        quota(
            "hoi-nghi-nam",
            meeting,
            PeriodType::Year,
            QuotaScope::Agency,
            2,
        ),
        some_units,
        share,
        capped,
    ];
    plan
}

fn period_strategy() -> impl Strategy<Value = PeriodId> {
    let mut ids = PERIODS_OF_2023.to_vec();
    ids.extend([
        "2023-02",
        "2022-12",
        "2022-12-01..2023-02-10",
        "2023-03-14..2023-03-15",
    ]);
    prop::sample::select(ids).prop_map(|id| id.parse().expect("a period id"))
}

fn options_strategy() -> impl Strategy<Value = EvaluateOptions> {
    (
        prop_oneof![Just(WindowKind::CutOff), Just(WindowKind::Calendar)],
        prop::option::of(0i64..460),
    )
        .prop_map(|(window, as_of)| EvaluateOptions {
            as_of: as_of.map(|days| date(2022, Month::November, 1) + Duration::days(days)),
            window,
            lang: Lang::En,
        })
}

/// Forms of the plan and one it does not have; units of the plan and one it does not name;
/// evidence from a small pool so some records repeat it.
fn activity_strategy(known_units_only: bool) -> impl Strategy<Value = Activity> {
    let forms = prop::sample::select(vec![
        "tin-bai-website",
        "tin-bai-website",
        "hoi-nghi-tap-huan",
        "ban-tin-dien-tu",
        "khao-sat-hai-long",
        "khong-co-trong-ke-hoach",
    ]);
    let units = if known_units_only {
        prop::sample::select(UNITS.to_vec()).boxed()
    } else {
        prop::sample::select(vec![UNITS[0], UNITS[1], UNITS[2], "phong-khac"]).boxed()
    };
    (
        0i64..460,
        forms,
        units,
        prop::option::of(0u32..40),
        prop::option::of(0u32..200),
    )
        .prop_map(|(day, form, unit, evidence, participants)| Activity {
            schema_version: kehoach::SCHEMA_VERSION,
            date: date(2022, Month::November, 1) + Duration::days(day),
            unit: unit.to_string(),
            form: form.to_string(),
            task: None,
            audience: None,
            title: "Hoạt động".to_string(),
            evidence: evidence.map(|n| format!("https://example.vn/{n}")),
            quantities: Quantities {
                participants,
                ..Quantities::default()
            },
            notes: None,
        })
}

/// The rows of every quota, with where they are.
fn rows(evaluation: &Evaluation) -> Vec<(&str, &QuotaRow)> {
    evaluation
        .quotas
        .iter()
        .flat_map(|q| q.rows.iter().map(move |row| (q.quota.as_str(), row)))
        .collect()
}

/// Every row of `after` reaches at least what the same row of `before` did.
fn never_lower(before: &Evaluation, after: &Evaluation) -> Result<(), TestCaseError> {
    let (before, after) = (rows(before), rows(after));
    prop_assert_eq!(before.len(), after.len(), "the same rows");
    for ((quota, old), (_, new)) in before.iter().zip(&after) {
        prop_assert_eq!((old.period, &old.unit), (new.period, &new.unit));
        prop_assert!(
            new.achieved >= old.achieved,
            "{} {} {:?}: {} -> {}",
            quota,
            old.period,
            old.unit,
            old.achieved,
            new.achieved
        );
        prop_assert!(new.participants >= old.participants);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// kehoach's JSON writer gives serde_json's text for any evaluation and record (the fixed
    /// documents are compared in `json_writer.rs`).
    #[test]
    fn evaluations_and_records_are_written_as_serde_writes_them(
        log in prop::collection::vec(activity_strategy(false), 0..20),
        period in period_strategy(),
        options in options_strategy(),
    ) {
        let evaluation = evaluate(&plan(), &log, &period, &options);
        prop_assert_eq!(evaluation.to_json(), serde_json::to_string(&evaluation).expect("serde writes it"));
        for activity in &log {
            prop_assert_eq!(activity.to_json_line(), serde_json::to_string(activity).expect("serde writes it"));
        }
    }

    /// Appending any record, even one whose evidence is already in the log (it then counts
    /// nowhere), keeps every row's count.
    #[test]
    fn appending_an_activity_never_lowers_an_achieved_count(
        log in prop::collection::vec(activity_strategy(false), 0..40),
        extra in activity_strategy(false),
        period in period_strategy(),
        options in options_strategy(),
    ) {
        let plan = plan();
        let before = evaluate(&plan, &log, &period, &options);
        let mut longer = log.clone();
        longer.push(extra);
        let after = evaluate(&plan, &longer, &period, &options);
        never_lower(&before, &after)?;
        prop_assert_eq!(after.log.records, before.log.records + 1);
    }

    /// Inserting a record anywhere keeps every row's count when its evidence is its own (with
    /// repeated evidence the first record counts: see the test below).
    #[test]
    fn inserting_an_activity_with_its_own_evidence_never_lowers_an_achieved_count(
        log in prop::collection::vec(activity_strategy(false), 0..40),
        extra in activity_strategy(false),
        position in any::<prop::sample::Index>(),
        period in period_strategy(),
        options in options_strategy(),
    ) {
        let plan = plan();
        let before = evaluate(&plan, &log, &period, &options);
        let mut longer = log.clone();
        let mut extra = extra;
        extra.evidence = Some("https://example.vn/chi-mot-lan".to_string());
        longer.insert(position.index(log.len() + 1), extra);
        let after = evaluate(&plan, &longer, &period, &options);
        never_lower(&before, &after)?;
    }

    /// With every record from a unit of the plan, the unit rows of a sub-period add up to the
    /// agency row of the same form and sub-period; records of units the plan does not name
    /// count only for the agency.
    #[test]
    fn per_unit_counts_sum_to_the_agency_count(
        log in prop::collection::vec(activity_strategy(true), 0..60),
        strangers in prop::collection::vec(activity_strategy(false), 0..10),
        period in period_strategy(),
        options in options_strategy(),
    ) {
        let plan = plan();
        for (log, all_known) in [(log.clone(), true), ([log, strangers].concat(), false)] {
            let evaluation = evaluate(&plan, &log, &period, &options);
            for (agency, each_unit) in [("tin-bai-thang", "tin-bai-thang-don-vi"), ("tin-bai-quy", "tin-bai-quy-don-vi")] {
                let agency = evaluation.quotas.iter().find(|q| q.quota == agency).expect("agency quota");
                let each_unit = evaluation.quotas.iter().find(|q| q.quota == each_unit).expect("unit quota");
                prop_assert_eq!(each_unit.rows.len(), agency.rows.len() * UNITS.len());
                for row in &agency.rows {
                    let unit_rows: Vec<&QuotaRow> = each_unit.rows.iter().filter(|r| r.period == row.period).collect();
                    let units: Vec<Option<&str>> = unit_rows.iter().map(|r| r.unit.as_deref()).collect();
                    prop_assert_eq!(units, UNITS.iter().map(|u| Some(*u)).collect::<Vec<_>>());
                    let sum: u32 = unit_rows.iter().map(|r| r.achieved).sum();
                    if all_known {
                        prop_assert_eq!(sum, row.achieved, "{}", row.period);
                    } else {
                        prop_assert!(sum <= row.achieved, "{}", row.period);
                    }
                }
            }
            // The same split holds for the totals of the window.
            let by_unit: u32 = evaluation.units.iter().filter(|u| u.unit.is_some()).map(|u| u.totals.activities).sum();
            let all: u32 = evaluation.units.iter().map(|u| u.totals.activities).sum();
            prop_assert_eq!(all, evaluation.log.counted);
            if all_known {
                prop_assert_eq!(by_unit, all);
            }
        }
    }

    /// A quota on some units has their rows only, and each equals the row of the quota on
    /// every unit for the same unit and sub-period.
    #[test]
    fn a_quota_on_some_units_counts_as_the_quota_on_all_of_them(
        log in prop::collection::vec(activity_strategy(false), 0..60),
        period in period_strategy(),
        options in options_strategy(),
    ) {
        let mut plan = plan();
        plan.quotas.push(quota("hoi-nghi-moi-don-vi", "hoi-nghi-tap-huan", PeriodType::Quarter, QuotaScope::EachUnit, 1));
        let evaluation = evaluate(&plan, &log, &period, &options);
        let find = |id: &str| evaluation.quotas.iter().find(|q| q.quota == id).expect("quota");
        let (some, all) = (find("hoi-nghi-mot-so-don-vi"), find("hoi-nghi-moi-don-vi"));
        for row in &some.rows {
            prop_assert!(matches!(row.unit.as_deref(), Some("van-phong" | "phong-nghiep-vu")));
            let same = all.rows.iter().find(|r| r.period == row.period && r.unit == row.unit);
            prop_assert_eq!(same.map(|r| r.achieved), Some(row.achieved));
        }
    }

    /// Under the cut-off regime the reporting months of year Y run from 15 December of Y-1 to
    /// 14 December of Y: month m from the 15th of m-1 to the 14th of m, end to end, the dates
    /// written out rather than taken from the year's own window.
    #[test]
    fn cut_off_months_run_from_the_15th_to_the_14th_from_december_to_december(year in 1001i32..=9998) {
        let months = PeriodId::all_of_type(PeriodType::Month, year);
        prop_assert_eq!(months.len(), 12);
        let mut expected_start = date(year - 1, Month::December, 15);
        for (index, month) in months.iter().enumerate() {
            let window = month.window(WindowKind::CutOff);
            let number = Month::try_from(index as u8 + 1).expect("a month");
            prop_assert_eq!(window.start, expected_start, "{}", month);
            prop_assert_eq!(window.end, date(year, number, 14), "{}", month);
            expected_start = window.end + Duration::days(1);
        }
        prop_assert_eq!(expected_start, date(year, Month::December, 15));
        let whole = PeriodId::year(year).expect("a year").window(WindowKind::CutOff);
        prop_assert_eq!(whole, Span::new(date(year - 1, Month::December, 15), date(year, Month::December, 14)));
        let calendar = PeriodId::year(year).expect("a year").window(WindowKind::Calendar);
        prop_assert_eq!(calendar, Span::new(date(year, Month::January, 1), date(year, Month::December, 31)));
    }

    /// Every period is exactly the union of the finer periods inside it, under either window:
    /// a quarter of its three months, a half of its two quarters, nine months of three
    /// quarters, a year of its halves.
    #[test]
    fn coarser_periods_are_exact_unions_of_finer_ones(year in 1001i32..=9998, cut_off in any::<bool>()) {
        let kind = if cut_off { WindowKind::CutOff } else { WindowKind::Calendar };
        let windows = |t: PeriodType| -> Vec<Span> {
            PeriodId::all_of_type(t, year).iter().map(|p| p.window(kind)).collect()
        };
        let joined = |parts: &[Span]| -> Option<Span> {
            for pair in parts.windows(2) {
                if pair[0].end + Duration::days(1) != pair[1].start {
                    return None;
                }
            }
            Some(Span::new(parts.first()?.start, parts.last()?.end))
        };
        let months = windows(PeriodType::Month);
        let quarters = windows(PeriodType::Quarter);
        let halves = windows(PeriodType::HalfYear);
        for (index, quarter) in quarters.iter().enumerate() {
            prop_assert_eq!(joined(&months[index * 3..index * 3 + 3]), Some(*quarter));
        }
        for (index, half) in halves.iter().enumerate() {
            prop_assert_eq!(joined(&quarters[index * 2..index * 2 + 2]), Some(*half));
        }
        prop_assert_eq!(joined(&quarters[..3]), Some(windows(PeriodType::NineMonths)[0]));
        prop_assert_eq!(joined(&halves), Some(windows(PeriodType::Year)[0]));
    }

    /// The months covering any span of days follow one another without gap or overlap, and
    /// between them hold exactly the span's days and no more than a month on either side.
    #[test]
    fn the_months_covering_any_span_tile_it(
        start in 0i64..3000, length in 0i64..800, cut_off in any::<bool>(),
    ) {
        let kind = if cut_off { WindowKind::CutOff } else { WindowKind::Calendar };
        let first = date(2020, Month::January, 1) + Duration::days(start);
        let span = Span::new(first, first + Duration::days(length));
        let months = PeriodId::covering(&span, PeriodType::Month, kind);
        let windows: Vec<Span> = months.iter().map(|m| m.window(kind)).collect();
        prop_assert!(!windows.is_empty());
        for pair in windows.windows(2) {
            prop_assert_eq!(pair[0].end + Duration::days(1), pair[1].start);
        }
        prop_assert!(windows[0].contains(span.start));
        prop_assert!(windows[windows.len() - 1].contains(span.end));
    }
}

/// Why the insertion property above gives the new record its own evidence: of two records
/// with the same evidence the first counts, so an earlier record moves a count to its own
/// row (here from March to January) rather than adding one.
#[test]
fn an_earlier_record_with_the_same_evidence_takes_the_count() {
    let plan = plan();
    let record = |day: Date| Activity {
        schema_version: kehoach::SCHEMA_VERSION,
        date: day,
        unit: UNITS[0].to_string(),
        form: "tin-bai-website".to_string(),
        task: None,
        audience: None,
        title: "Tin CCHC".to_string(),
        evidence: Some("https://example.vn/tin".to_string()),
        quantities: Quantities::default(),
        notes: None,
    };
    let march = record(date(2023, Month::March, 2));
    let january = record(date(2023, Month::January, 5));
    let q1: PeriodId = "2023-Q1".parse().expect("id");
    let options = EvaluateOptions::default();
    let achieved = |log: &[Activity]| -> Vec<u32> {
        evaluate(&plan, log, &q1, &options).quotas[0]
            .rows
            .iter()
            .map(|r| r.achieved)
            .collect()
    };
    assert_eq!(achieved(std::slice::from_ref(&march)), [0, 0, 1]);
    assert_eq!(achieved(&[march.clone(), january.clone()]), [0, 0, 1]);
    assert_eq!(achieved(&[january, march]), [1, 0, 0]);
}
