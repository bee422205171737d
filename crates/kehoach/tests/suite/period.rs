//! Periods: properties of ids, calendar spans and the Nghị định 09/2019 cut-off windows that
//! must hold for every year and day, checked over generated inputs.

#![allow(
    clippy::unreachable,
    reason = "`which` is drawn from 0..20, every value of which is matched above"
)]

use kehoach::period::{PeriodId, Span, WindowKind};
use kehoach::PeriodType;
use proptest::prelude::*;
use time::{Date, Month};

fn day(year: i32, ordinal: u16) -> Option<Date> {
    Date::from_ordinal_date(
        year,
        ordinal.min(if time::util::is_leap_year(year) {
            366
        } else {
            365
        }),
    )
    .ok()
}

proptest! {
    #[test]
    fn every_day_lies_in_exactly_one_reporting_month_of_each_kind(
        year in 1990i32..2100, ordinal in 1u16..=366
    ) {
        let Some(date) = day(year, ordinal) else { return Ok(()) };
        let point = Span::new(date, date);
        for kind in [WindowKind::CutOff, WindowKind::Calendar] {
            let months = PeriodId::covering(&point, PeriodType::Month, kind);
            prop_assert_eq!(months.len(), 1, "{} {:?}", date, kind);
            let quarters = PeriodId::covering(&point, PeriodType::Quarter, kind);
            prop_assert_eq!(quarters.len(), 1);
            let years = PeriodId::covering(&point, PeriodType::Year, kind);
            prop_assert_eq!(years.len(), 1);
        }
        // Under the cut-off regime, the 15th and later belong to the next month.
        let month = PeriodId::covering(&point, PeriodType::Month, WindowKind::CutOff)[0];
        let expected = if date.day() >= 15 {
            let next = date.month().next();
            let y = if date.month() == Month::December { year + 1 } else { year };
            PeriodId::month(y, next)
        } else {
            PeriodId::month(year, date.month())
        };
        prop_assert_eq!(Ok(month), expected);
    }

    #[test]
    fn windows_tile_a_year_without_gap_or_overlap(year in 1990i32..2100, kind in prop_oneof![
        Just(WindowKind::CutOff), Just(WindowKind::Calendar)
    ]) {
        let whole = PeriodId::year(year).map(|y| y.window(kind)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for period_type in [PeriodType::Month, PeriodType::Quarter, PeriodType::HalfYear] {
            let parts = PeriodId::all_of_type(period_type, year);
            let first = parts.first().map(|p| p.window(kind).start);
            let last = parts.last().map(|p| p.window(kind).end);
            prop_assert_eq!(first, Some(whole.start));
            prop_assert_eq!(last, Some(whole.end));
            for pair in parts.windows(2) {
                prop_assert_eq!(pair[0].window(kind).end.next_day(), Some(pair[1].window(kind).start));
            }
            let days: u32 = parts.iter().map(|p| p.window(kind).days()).sum();
            prop_assert_eq!(days, whole.days());
        }
    }

    #[test]
    fn ids_read_back_what_they_write(year in 1001i32..9999, which in 0u8..20, a in 0u16..4000, len in 0u16..3000) {
        let id = match which {
            0 => PeriodId::year(year),
            1 | 2 => PeriodId::half(year, which),
            3 => PeriodId::nine_months(year),
            4..=7 => PeriodId::quarter(year, which - 3),
            8..=19 => PeriodId::month(year, Month::try_from(which - 7).unwrap_or(Month::January)),
            _ => unreachable!(),
        };
        if let Ok(id) = id {
            prop_assert_eq!(PeriodId::parse(&id.to_string()), Ok(id));
            let json = serde_json::to_string(&id).unwrap_or_default();
            prop_assert_eq!(serde_json::from_str::<PeriodId>(&json).ok(), Some(id));
        }
        if let (Some(start), true) = (day(year.min(9000), a % 365 + 1), year <= 9000) {
            let end = start.checked_add(time::Duration::days(i64::from(len))).unwrap_or(start);
            let range = PeriodId::range(start, end);
            prop_assert!(range.is_ok());
            if let Ok(range) = range {
                prop_assert_eq!(PeriodId::parse(&range.to_string()), Ok(range));
                prop_assert_eq!(range.cut_off_window(), Span::new(start, end));
            }
        }
    }

    #[test]
    fn parsing_any_text_never_panics(text in ".{0,40}") {
        let _ = PeriodId::parse(&text);
    }
}

#[test]
fn report_kinds_and_their_periods_agree() {
    use kehoach::ReportKind;
    for (id, kind) in [
        ("2023-Q1", Some(ReportKind::Quarter1)),
        ("2023-H1", Some(ReportKind::HalfYear)),
        ("2023-Q3", Some(ReportKind::Quarter3)),
        ("2023-9M", Some(ReportKind::NineMonths)),
        ("2023", Some(ReportKind::Year)),
        ("2023-05", Some(ReportKind::Month)),
        ("2023-H2", None),
        ("2023-01-01..2023-01-31", None),
    ] {
        let period: PeriodId = id.parse().expect("id");
        assert_eq!(period.report_kind(), kind, "{id}");
        if let Some(kind) = kind.filter(|k| *k != ReportKind::Month) {
            assert_eq!(PeriodId::of_report(kind, 2023), Some(period));
        }
    }
}

#[test]
fn deadlines_count_working_days_and_holidays() {
    use kehoach::period::{deadline, DeadlineStatus};
    let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023).expect("plan");
    let mut rule = plan.implementation.reporting.clone();
    let h1: PeriodId = "2023-H1".parse().expect("id");
    rule.deadline_day = Some(15);
    // Cut-off Wednesday 14 June 2023, due Thursday 15: Nghị định 09/2019 (Điều 8 khoản 5 điểm b)
    // counts from the cut-off to the deadline, so the deadline day is the one working day.
    let due = deadline(&rule, &h1);
    assert_eq!(due.status, DeadlineStatus::Configured);
    assert_eq!(due.working_days_after_cut_off, Some(1));
    assert_eq!(due.meets_minimum_gap, Some(true));
    // The same day as the cut-off leaves none.
    rule.deadline_day = Some(14);
    let due = deadline(&rule, &h1);
    assert_eq!(due.working_days_after_cut_off, Some(0));
    assert_eq!(due.meets_minimum_gap, Some(false));
    // A holiday on the 15th moves the due day to Friday 16th, still one working day.
    rule.deadline_day = Some(15);
    rule.holidays = vec![time::macros::date!(2023 - 06 - 15)];
    let due = deadline(&rule, &h1);
    assert_eq!(due.due, Some(time::macros::date!(2023 - 06 - 16)));
    assert_eq!(due.working_days_after_cut_off, Some(1));
    assert_eq!(due.meets_minimum_gap, Some(true));
    // A day before the cut-off cannot leave a gap either.
    rule.deadline_day = Some(10);
    assert_eq!(deadline(&rule, &h1).meets_minimum_gap, Some(false));
    rule.deadline_day = Some(0);
    assert_eq!(deadline(&rule, &h1).status, DeadlineStatus::InvalidDay);
    // 31 in a 30-day month is that month's last day: Friday 30 June.
    rule.deadline_day = Some(31);
    rule.holidays.clear();
    assert_eq!(
        deadline(&rule, &h1).due,
        Some(time::macros::date!(2023 - 06 - 30))
    );
}
