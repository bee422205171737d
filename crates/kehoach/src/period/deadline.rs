//! When a periodic report is due, from the plan's reporting rule, and which report comes next.
//!
//! The day is configuration (`reporting.deadlineDay`): the CCHC regime lets each province set
//! when its departments report to Sở Nội vụ, so when the plan does not say, neither do we.

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use super::{ymd, PeriodId};
use crate::calendar::{is_working_day, working_days_to};
use crate::{ReportKind, ReportingRule};

/// Whether a deadline could be worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineStatus {
    /// The plan sets the day: `nominal` and `due` are known.
    Configured,
    /// The plan does not set the day (the province does): no date is invented.
    NotConfigured,
    /// The plan's day is not a day of a month (0 or above 31).
    InvalidDay,
    /// The period is not one of the CCHC reports (an explicit range, the second half-year).
    NotAReport,
}

/// When the report of a period is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Deadline {
    /// The CCHC report the period is, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_kind: Option<ReportKind>,
    /// Whether the plan's schedule lists that report.
    pub in_schedule: bool,
    /// The last day of data: the end of the cut-off window.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub cut_off: Date,
    /// Whether a deadline could be worked out.
    pub status: DeadlineStatus,
    /// The plan's deadline day, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// That day in the period's last month (the month's last day when it is shorter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::model::iso_date::option")]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub nominal: Option<Date>,
    /// The nominal day, moved to the next working day when it is a weekend or holiday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::model::iso_date::option")]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub due: Option<Date>,
    /// Working days after the cut-off day, up to and including the due day (the count of
    /// Nghị định 09/2019, Điều 8 khoản 5 điểm b, as rule RPT008 counts it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_days_after_cut_off: Option<u32>,
    /// Whether at least one working day separates cut-off and deadline (Nghị định 09/2019,
    /// Điều 8 khoản 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meets_minimum_gap: Option<bool>,
}

/// The deadline of `period`'s report under `rule`.
///
/// ```
/// use kehoach::period::{deadline, DeadlineStatus, PeriodId};
/// let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023).unwrap();
/// let q1: PeriodId = "2023-Q1".parse().unwrap();
/// // The seed says only "theo quy định": no day is invented.
/// let due = deadline(&plan.implementation.reporting, &q1);
/// assert_eq!(due.status, DeadlineStatus::NotConfigured);
/// assert!(due.in_schedule);
///
/// let mut rule = plan.implementation.reporting.clone();
/// rule.deadline_day = Some(18); // Saturday 18 March 2023 …
/// let due = deadline(&rule, &q1);
/// assert_eq!(due.due.map(|d| d.to_string()), Some("2023-03-20".into())); // … due Monday 20th
/// assert_eq!(due.working_days_after_cut_off, Some(4)); // 15, 16, 17 and 20 March
/// ```
pub fn deadline(rule: &ReportingRule, period: &PeriodId) -> Deadline {
    let report_kind = period.report_kind();
    let cut_off = period.cut_off_window().end;
    let mut deadline = Deadline {
        report_kind,
        in_schedule: report_kind.is_some_and(|kind| rule.schedule.contains(&kind)),
        cut_off,
        status: DeadlineStatus::NotAReport,
        day: rule.deadline_day,
        nominal: None,
        due: None,
        working_days_after_cut_off: None,
        meets_minimum_gap: None,
    };
    if report_kind.is_none() {
        return deadline;
    }
    let Some(day) = rule.deadline_day else {
        deadline.status = DeadlineStatus::NotConfigured;
        return deadline;
    };
    if !(1..=31).contains(&day) {
        deadline.status = DeadlineStatus::InvalidDay;
        return deadline;
    }
    let nominal = ymd(cut_off.year(), cut_off.month(), day);
    let due = next_working_day(nominal, &rule.holidays);
    let gap = working_days_to(cut_off, due, &rule.holidays);
    deadline.status = DeadlineStatus::Configured;
    deadline.nominal = Some(nominal);
    deadline.due = Some(due);
    deadline.working_days_after_cut_off = Some(gap);
    deadline.meets_minimum_gap = Some(gap >= 1);
    deadline
}

/// The day itself when it is a working day, else the next one (Bộ luật Dân sự 2015, Điều 148
/// khoản 5: a time limit ending on a day off ends on the next working day). Gives up after two
/// months of days off, which only an absurd holiday list can produce.
fn next_working_day(date: Date, holidays: &[Date]) -> Date {
    let mut day = date;
    for _ in 0..62 {
        if is_working_day(day, holidays) {
            return day;
        }
        match day.next_day() {
            Some(next) => day = next,
            None => return date,
        }
    }
    date
}

/// The next report the schedule asks for after `period`: the scheduled report whose data
/// ends soonest after `period`'s, this year or next.
///
/// ```
/// use kehoach::period::{next_report, PeriodId};
/// let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023).unwrap();
/// let rule = &plan.implementation.reporting;
/// let next = |id: &str| next_report(rule, &id.parse().unwrap()).map(|p| p.to_string());
/// assert_eq!(next("2023-Q1"), Some("2023-H1".into()));
/// assert_eq!(next("2023-H1"), Some("2023-Q3".into()));
/// assert_eq!(next("2023"), Some("2024-Q1".into()));
/// ```
pub fn next_report(rule: &ReportingRule, period: &PeriodId) -> Option<PeriodId> {
    let end = period.cut_off_window().end;
    let year = period.reporting_year();
    rule.schedule
        .iter()
        .flat_map(|&kind| match kind {
            ReportKind::Month => vec![period.following_month()],
            _ => vec![
                PeriodId::of_report(kind, year),
                PeriodId::of_report(kind, year.saturating_add(1)),
            ],
        })
        .flatten()
        .filter(|candidate| candidate.cut_off_window().end > end)
        .min_by_key(|candidate| (candidate.cut_off_window().end, *candidate))
}
