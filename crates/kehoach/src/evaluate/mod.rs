//! Evaluation: plan + activity log + period → whether each quota was met, in each of its
//! sub-periods and scopes, and what was done, per form, audience and unit.
//!
//! The evaluation is a fold: [`Evaluator`] takes records one at a time and keeps only
//! counters, so a log of any length is evaluated in constant memory (the log check's evidence
//! fingerprints aside, see [`crate::activity::LogChecker`]). Everything is decided by the
//! inputs: the "as of" day is an option defaulting to the window's last day, never the clock.
//!
//! Rules (see `docs/evaluation.md` for why):
//!
//! * The window is the period's cut-off window (Nghị định 09/2019) unless the options ask for
//!   the calendar span. It decides which activities the report reads (the totals count the
//!   window within the plan's year of the same kind); it does not move a quota's months.
//! * A quota is checked in each of its sub-periods that share a day with the window. By
//!   default (`implementation.reporting.quotaPeriods: "calendar"`) these are the calendar
//!   months, quarters… of the plan's year: Quý I's window (15/12/2022 – 14/03/2023) shows
//!   January and February whole and March up to 14 March, and activities of December 2022
//!   credit no 2023 quota. With `"reporting-window"` they are the periods of the window's kind
//!   (under the cut-off regime a month runs from the 15th of the month before to the 14th).
//! * A sub-period the window cuts — March seen from Quý I, a month half in an explicit range,
//!   the year around a quarter — is counted whole: its activities count up to the "as of" day
//!   wherever the window ends, and it is marked `cut`.
//! * A sub-period not over on the "as of" day is `not-over` unless its minimum is already
//!   reached (`met`) or its maximum already passed (`exceeded`).
//! * The same evidence recorded twice counts once.
//! * Each task of the plan's table, and each form with a timing, gets a [`TaskStatus`] from
//!   the activities naming it from the plan's first day to the "as of" day: done, overdue (due
//!   by the period's end and nothing recorded), not due yet, ongoing ("thường xuyên", "hằng
//!   tháng", "cả năm" before the year is out) or no date.
//!
//! ```
//! use kehoach::evaluate::{evaluate_log, EvaluateOptions, QuotaStatus};
//! let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
//! let log = std::fs::read_to_string(concat!(
//!     env!("CARGO_MANIFEST_DIR"),
//!     "/../../examples/activities/lang-son-2023.jsonl"
//! ))?;
//! let q1 = "2023-Q1".parse()?;
//! let evaluation = evaluate_log(&plan, &log, &q1, &EvaluateOptions::default());
//! let articles = &evaluation.quotas[0];
//! // January, February and March 2023: calendar months; March is counted up to 14/03.
//! let rows: Vec<_> = articles.rows.iter().map(|row| (row.achieved, row.status)).collect();
//! assert_eq!(
//!     rows,
//!     [(3, QuotaStatus::Short), (3, QuotaStatus::Short), (2, QuotaStatus::NotOver)]
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod evaluator;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::activity::{read_log, read_log_str, Activity, LogEntry, Quantities};
use crate::period::{Deadline, PeriodId, Span, WindowKind};
use crate::{
    Diagnostic, FormKind, Lang, Measure, PeriodType, Plan, QuotaPeriods, QuotaScope, Severity,
};

pub use evaluator::{Counted, Evaluator};

/// How many diagnostics and unmatched activities an evaluation lists; the counts cover all.
pub const MAX_LISTED: usize = 100;

/// The choices an evaluation depends on besides plan, log and period. All have defaults.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EvaluateOptions {
    /// The day the evaluation describes (a report's date). Default: the window's last day.
    /// Activities dated later are not counted; sub-periods ending later are not over.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso_date::option"
    )]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub as_of: Option<Date>,
    /// Which window selects activities: `cut-off` (default) or `calendar`.
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub window: WindowKind,
    /// The language of the log diagnostics' messages.
    #[serde(default)]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub lang: Lang,
}

/// The result of evaluating a log against a plan for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Evaluation {
    /// The JSON contract version.
    pub schema_version: u32,
    /// The period evaluated, its spans and report deadline.
    pub period: PeriodInfo,
    /// The window used, and the rule for sub-periods it cuts.
    pub window: WindowInfo,
    /// Every quota of the plan, in plan order, with one row per sub-period and scope.
    pub quotas: Vec<QuotaEvaluation>,
    /// Every form of the plan, in plan order, with what was done in the window.
    pub forms: Vec<FormTotals>,
    /// Every audience of the plan, in plan order.
    pub audiences: Vec<AudienceTotals>,
    /// Every unit of the plan, in plan order, then (if any) activities of units the plan does
    /// not name, under `unit: null`.
    pub units: Vec<UnitTotals>,
    /// Ids of the plan's forms with no activity counted in the window, in plan order. A form
    /// with no timing and nothing done is not a shortfall: see each form's `status`.
    pub forms_without_activity: Vec<String>,
    /// Every task of the plan's task table, in plan order, with its status in the period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskEvaluation>,
    /// Activities in the window whose form is not in the plan (the first [`MAX_LISTED`];
    /// `log.unmatched` counts all).
    pub unmatched: Vec<UnmatchedActivity>,
    /// What the log held and what the check found.
    pub log: LogSummary,
}

/// The period evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PeriodInfo {
    /// Its id.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub id: PeriodId,
    /// Its calendar span.
    pub calendar: Span,
    /// Its Nghị định 09/2019 cut-off window.
    pub cut_off: Span,
    /// Its report's deadline under the plan's reporting rule.
    pub deadline: Deadline,
    /// The next report the plan's schedule asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub next_report: Option<PeriodId>,
}

/// The window the evaluation used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WindowInfo {
    /// Cut-off or calendar.
    pub kind: WindowKind,
    /// The period's window of that kind.
    pub span: Span,
    /// The plan's year under the same kind: the totals count activities in it. (Quota rows
    /// count in the plan's calendar year under calendar quota periods.)
    pub plan_span: Span,
    /// The days whose activities the totals count: window ∩ plan span, up to `asOf`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Span>,
    /// The day the evaluation describes.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub as_of: Date,
    /// Whether the window had ended on `asOf`.
    pub period_over: bool,
    /// How a sub-period the window cuts is treated.
    pub cut_sub_periods: CutRule,
    /// Which periods the quotas were counted in (the plan's
    /// `implementation.reporting.quotaPeriods`): calendar months and quarters of the plan's
    /// year, or the reporting windows.
    pub quota_periods: QuotaPeriods,
}

/// How a quota's sub-period that the window does not wholly cover is treated.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum CutRule {
    /// Counted whole: all its activities up to the "as of" day count, in the window or not,
    /// against the full quota; the row is marked `cut`.
    CountedWhole,
}

/// One quota's evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuotaEvaluation {
    /// The quota's id.
    pub quota: String,
    /// The form it counts.
    pub form: String,
    /// Count or share.
    pub measure: Measure,
    /// The sub-period type ("month" for "hằng tháng").
    pub period: PeriodType,
    /// The agency, or each unit.
    pub scope: QuotaScope,
    /// The minimum: a count, or a percentage.
    pub min: u32,
    /// The maximum, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// For a share: how many people make 100%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
    /// One row per sub-period (in order) and, for `each-unit`, per unit (in plan order).
    pub rows: Vec<QuotaRow>,
}

/// A quota in one sub-period and scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuotaRow {
    /// The sub-period.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub period: PeriodId,
    /// Its days: the calendar month, quarter… (calendar quota periods, the default), or its
    /// window of the evaluation's kind (reporting-window quota periods).
    pub span: Span,
    /// The days counted: the sub-period within the plan's span, up to the "as of" day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Span>,
    /// Whether the evaluated window covers only part of it (see [`CutRule`]).
    pub cut: bool,
    /// The unit, for a quota on each unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The minimum (a count, or a percentage for a share).
    pub required: u32,
    /// The count, or the percentage reached (rounded down) for a share.
    pub achieved: u32,
    /// For a share: the participants counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    /// The verdict.
    pub status: QuotaStatus,
    /// How much is missing: `required − achieved` when short or not over yet, else 0.
    pub shortfall: u32,
}

/// The verdict on a quota in one sub-period.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum QuotaStatus {
    /// The minimum is reached (and the maximum, if any, not passed).
    Met,
    /// The sub-period is over and the minimum was not reached.
    Short,
    /// The sub-period is not over on the "as of" day and the minimum is not reached yet.
    NotOver,
    /// The maximum is passed.
    Exceeded,
    /// The sub-period lies outside the plan's span: the plan sets nothing there.
    OutsidePlan,
    /// The quota cannot be measured: a share without a population.
    NotMeasurable,
}

/// What was done: how many activities, and their summed quantities.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Totals {
    /// Activities counted.
    pub activities: u32,
    /// Their quantities, summed; a quantity no activity reported is absent.
    pub quantities: Quantities,
}

impl Totals {
    pub(crate) fn add(&mut self, activity: &Activity) {
        self.activities = self.activities.saturating_add(1);
        self.quantities.add(&activity.quantities);
    }
}

/// What was done for one form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormTotals {
    /// The form's id.
    pub form: String,
    /// Its audience's id.
    pub audience: String,
    /// Its kind.
    pub kind: FormKind,
    /// What was done.
    pub totals: Totals,
    /// Its status in the period, when the plan gives the form a timing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
}

/// Where a task (or a form with a timing) stands in the evaluated period.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum TaskStatus {
    /// Activities carrying it out were recorded from the plan's first day to the "as of" day.
    Done,
    /// Due in or before the period, and nothing recorded: a shortfall ("tồn tại"). Once the
    /// window is over on the "as of" day, "in the period" runs to the period's last calendar
    /// day (Quý I's report answers for a task due 31/03 though its figures stop at 14/03);
    /// before that, to the "as of" day.
    Overdue,
    /// Due after that, and nothing recorded yet.
    NotDue,
    /// Carried out continuously or periodically ("thường xuyên", "hằng tháng", "cả năm" until
    /// the period reaches the year's end): the counts say whether it was carried out in the
    /// period.
    Ongoing,
    /// No date to be due by ("theo chỉ đạo", or no timing), and nothing recorded.
    NoDate,
}

/// A task of the plan and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TaskEvaluation {
    /// The task's id.
    pub task: String,
    /// Where it stands.
    pub status: TaskStatus,
    /// The day it is due, when its timing gives one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso_date::option"
    )]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub due: Option<Date>,
    /// Activities naming the task counted in the window.
    pub in_window: u32,
    /// Activities naming the task from the plan's first day to the "as of" day.
    pub to_date: u32,
    /// Of those, the ones on or before its due day (all of them when it has none): none with
    /// `toDate` above zero means it was done late.
    pub by_due: u32,
    /// The first activities that carried it out, to date (at most [`MAX_TASK_ACTIVITIES`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<TaskActivity>,
}

/// How many activities an evaluation lists for each task; `toDate` counts all.
pub const MAX_TASK_ACTIVITIES: usize = 5;

/// An activity that carried out a task: enough to show it in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TaskActivity {
    /// Its day.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub date: Date,
    /// Its unit's id.
    pub unit: String,
    /// Its title.
    pub title: String,
    /// Its evidence, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// What was done for one audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AudienceTotals {
    /// The audience's id.
    pub audience: String,
    /// What was done.
    pub totals: Totals,
}

/// What one unit did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnitTotals {
    /// The unit's id; `null` for units the plan does not name.
    pub unit: Option<String>,
    /// What was done.
    pub totals: Totals,
}

/// An activity in the window whose form is not in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnmatchedActivity {
    /// Its place in the log (`/{index}`).
    pub index: u32,
    /// Its line, in JSON Lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Its date.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub date: Date,
    /// The form it names.
    pub form: String,
    /// The unit it names.
    pub unit: String,
    /// Its title.
    pub title: String,
}

/// What the log held. Every valid record lands in exactly one of `duplicates`,
/// `outsideWindow`, `outsidePlan`, `afterAsOf`, `unmatched` and `counted`, which sum to
/// `records`.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogSummary {
    /// Valid records read.
    pub records: u32,
    /// Lines or elements that were not valid records (skipped, with a diagnostic).
    pub rejected: u32,
    /// Records counted in the totals.
    pub counted: u32,
    /// Records not counted because their evidence repeats an earlier record's.
    pub duplicates: u32,
    /// Records dated outside the window.
    pub outside_window: u32,
    /// Records in the window but outside the plan's span.
    pub outside_plan: u32,
    /// Records in the window dated after the "as of" day.
    pub after_as_of: u32,
    /// Records in the window whose form is not in the plan.
    pub unmatched: u32,
    /// Diagnostics of the log check, all of them.
    pub diagnostic_count: u32,
    /// Diagnostics per code, in code order.
    pub by_code: Vec<CodeCount>,
    /// The first [`MAX_LISTED`] diagnostics, in log order.
    pub diagnostics: Vec<Diagnostic>,
}

/// How many diagnostics one code produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CodeCount {
    /// The code ("LOG004").
    pub code: String,
    /// Its severity.
    pub severity: Severity,
    /// How many.
    pub count: u32,
}

impl LogSummary {
    /// Whether the check found errors (records that could not be read).
    pub fn has_errors(&self) -> bool {
        self.by_code
            .iter()
            .any(|entry| entry.severity == Severity::Error && entry.count > 0)
    }
}

/// Evaluates records already in memory (the npm package's path for an array of objects).
///
/// Records are checked as they would be in a file; `/{index}` in diagnostics is the index in
/// `activities`.
pub fn evaluate(
    plan: &Plan,
    activities: &[Activity],
    period: &PeriodId,
    options: &EvaluateOptions,
) -> Evaluation {
    let mut evaluator = Evaluator::new(plan, period, options);
    for (index, activity) in activities.iter().enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        evaluator.push_activity(index, None, activity, &mut |_| {});
    }
    evaluator.finish()
}

/// Evaluates a log given as text: a JSON array or JSON Lines, told apart by the first
/// character. Bad lines and records become diagnostics in `log`; nothing here fails.
pub fn evaluate_log(
    plan: &Plan,
    log: &str,
    period: &PeriodId,
    options: &EvaluateOptions,
) -> Evaluation {
    let mut evaluator = Evaluator::new(plan, period, options);
    read_log_str(log, options.lang, |entry| {
        evaluator.push(entry, &mut |_| {});
    });
    evaluator.finish()
}

/// Evaluates parsed JSON values, one per record (a JS array of plain objects, say). A value
/// that is not a record becomes a diagnostic, as a bad line would.
pub fn evaluate_values(
    plan: &Plan,
    values: impl IntoIterator<Item = serde_json::Value>,
    period: &PeriodId,
    options: &EvaluateOptions,
) -> Evaluation {
    let mut evaluator = Evaluator::new(plan, period, options);
    for (index, value) in values.into_iter().enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let entry = crate::activity::entry_from_value(value, index, None, options.lang);
        evaluator.push(entry, &mut |_| {});
    }
    evaluator.finish()
}

/// Evaluates a log read from `reader` as a stream, handing every diagnostic to
/// `on_diagnostic` as it is found (the CLI prints them to stderr). Memory stays flat.
pub fn evaluate_reader<R: std::io::BufRead>(
    plan: &Plan,
    reader: R,
    period: &PeriodId,
    options: &EvaluateOptions,
    mut on_diagnostic: impl FnMut(&Diagnostic),
) -> std::io::Result<Evaluation> {
    let mut evaluator = Evaluator::new(plan, period, options);
    read_log(reader, options.lang, |entry: LogEntry| {
        evaluator.push(entry, &mut on_diagnostic);
    })?;
    Ok(evaluator.finish())
}

/// The JSON Schema of an evaluation.
///
/// ```
/// assert_eq!(kehoach::evaluate::evaluation_schema()["title"], "Evaluation");
/// ```
pub fn evaluation_schema() -> serde_json::Value {
    crate::schema::schema_for::<Evaluation>()
}

impl EvaluateOptions {
    /// Loads options from JSON text (`{"asOf": "2023-03-31", "window": "calendar"}`), with the
    /// same located errors as a plan: an unknown key or a bad value names its path.
    pub fn from_json_str(text: &str) -> Result<EvaluateOptions, crate::LoadError> {
        crate::model::load::load_json(text, false)
    }
}

impl Evaluation {
    /// The evaluation as pretty JSON with a trailing newline.
    pub fn to_json_string(&self) -> String {
        crate::model::save::to_pretty_json(self)
    }

    /// Loads an evaluation written by [`Evaluation::to_json_string`] (reports can be rendered
    /// from a saved evaluation).
    pub fn from_json_str(text: &str) -> Result<Evaluation, crate::LoadError> {
        crate::model::load::load_json(text, true)
    }
}
