//! Consolidation: many agencies' plans and logs → one province's (or district's) figures for
//! a period, per agency, per level and in all, with a ranking that says how it was made.
//!
//! The Sở Nội vụ of a province receives every department's, district's and commune's plan and
//! results and writes one consolidated report. A [`Manifest`] lists the agencies; for each,
//! [`consolidate`] asks the caller for the plan's text and a reader over the log (the CLI opens
//! files, the npm package passes text), evaluates the log as a stream, keeps a few counters and
//! the shortfalls, and drops the evaluation before the next agency: memory grows with the
//! number of agencies, never with the records. A plan or log that is missing, unreadable or
//! does not load is a diagnostic on that agency (codes CON…), which is then reported as
//! missing data; it never stops the run.
//!
//! An agency's own report for the period is *on time* when it was received on or before the
//! due day (the manifest's deadline day in the period's last month, moved to the next working
//! day when it is a day off, as `period::deadline` computes it), *late* after it, *missing*
//! when the manifest records no day, and merely *received* when no deadline day is set.
//! See `docs/consolidation.md` for why.
//!
//! ```
//! use kehoach::consolidate::{consolidate, AgencyInput, Input, Manifest, RankingConfig};
//! let manifest = Manifest::from_json_str(r#"{
//!   "schemaVersion": 2,
//!   "body": {"issuer": {"name": "Sở Nội vụ", "abbreviation": "SNV"}, "level": "province",
//!            "area": "Lạng Sơn", "place": "Lạng Sơn",
//!            "signature": {"headTitle": "GIÁM ĐỐC", "signerName": "Nguyễn Văn A"}},
//!   "deadlineDay": 18,
//!   "agencies": [{"id": "svhttdl", "name": "Sở Văn hóa, Thể thao và Du lịch",
//!                 "level": "department", "received": {"2023-Q1": "2023-03-21"}}]
//! }"#)?;
//! // JSON Lines: one record per line.
//! let log = concat!(
//!     r#"{"schemaVersion": 1, "date": "2023-01-05", "unit": "van-phong", "#,
//!     r#""form": "tin-bai-website", "title": "Tin CCHC", "evidence": "https://example.vn/1"}"#,
//! );
//! let consolidation = consolidate(
//!     &manifest,
//!     &"2023-Q1".parse()?,
//!     &Default::default(),
//!     &RankingConfig::default(),
//!     |_agency| AgencyInput {
//!         plan: Input::Given(kehoach::examples::LANG_SON_2023.to_string()),
//!         log: Input::Given(log.as_bytes()),
//!     },
//! );
//! let agency = &consolidation.agencies[0];
//! assert_eq!(agency.figures.as_ref().map(|f| f.activities), Some(1));
//! // Due Saturday 18/03/2023, so Monday 20/03; received on the 21st: one day late.
//! assert_eq!(agency.report.days_late, Some(1));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod codes;
mod manifest;
mod ranking;

use std::io::BufRead;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

#[cfg(feature = "typescript")]
use tsify::Tsify;

use crate::diagnostic::Params;
use crate::evaluate::{evaluate_reader, EvaluateOptions, Evaluation, QuotaStatus, TaskStatus};
use crate::period::{deadline, Deadline, PeriodId, Span};
use crate::sorted::SortedList;
use crate::{Diagnostic, Plan, ReportKind, ReportingRule};

pub use codes::RULES;
pub use manifest::{
    manifest_schema, Agency, AgencyLevel, AreaLevel, ConsolidatingBody, Manifest, ReceivedDates,
};
pub use ranking::{Better, Criterion, CriterionValue, Place, RankCriterion, RankingConfig};

/// What the caller gives for one input of an agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input<T> {
    /// The plan's text, or a reader over the log.
    Given(T),
    /// The manifest names no such input.
    Absent,
    /// It is named but could not be opened or read: why, in the user's terms.
    Unreadable(String),
}

/// An agency's plan (as JSON text) and log (as a reader over a JSON array or JSON Lines).
pub struct AgencyInput<R> {
    /// The plan.
    pub plan: Input<String>,
    /// The activity log.
    pub log: Input<R>,
}

/// The consolidated figures of a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Consolidation {
    /// The JSON contract version.
    pub schema_version: u32,
    /// The consolidating body, as the manifest gives it.
    pub body: ConsolidatingBody,
    /// The period.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub period: PeriodId,
    /// The window each agency's log was evaluated in.
    pub window: Span,
    /// The day figures are counted up to.
    #[serde(with = "crate::model::iso_date")]
    #[schemars(schema_with = "crate::model::iso_date::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub as_of: Date,
    /// When the agencies' reports of the period were due.
    pub deadline: Deadline,
    /// The criteria the agencies were ranked by, in order.
    pub ranking: RankingConfig,
    /// The places of the ranking, best first; agencies without data are not ranked.
    pub places: Vec<Place>,
    /// Every agency of the manifest, in manifest order.
    pub agencies: Vec<AgencyResult>,
    /// The figures added up per level, in the order department, district, commune (levels
    /// with no agency left out).
    pub levels: Vec<Totals>,
    /// The figures added up over every agency.
    pub total: Totals,
    /// Problems of the manifest itself (duplicate ids, unknown parents).
    pub diagnostics: Vec<Diagnostic>,
}

/// One agency's results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgencyResult {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its level.
    pub level: AgencyLevel,
    /// Its parent's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Its figures; absent when its plan or log is missing or does not load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<Figures>,
    /// The quota rows it fell short on, in plan order.
    pub shortfalls: Vec<Shortfall>,
    /// The tasks overdue, in plan order.
    pub overdue_tasks: Vec<OverdueTask>,
    /// Its own report of the period.
    pub report: ReportTimeliness,
    /// Its rank; absent without data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// What kept its data out or made it partial (CON…).
    pub diagnostics: Vec<Diagnostic>,
}

/// What an agency did, or several added up.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Figures {
    /// Quota rows met (one per quota, sub-period and unit).
    pub quotas_met: u32,
    /// Quota rows over and short.
    pub quotas_short: u32,
    /// Quota rows above their maximum.
    pub quotas_exceeded: u32,
    /// Quota rows not over yet and not met yet.
    pub quotas_not_over: u32,
    /// Tasks done.
    pub tasks_done: u32,
    /// Tasks overdue.
    pub tasks_overdue: u32,
    /// Tasks in the plans.
    pub tasks_total: u32,
    /// Forms with activities in the period.
    pub forms_carried_out: u32,
    /// Forms in the plans.
    pub forms_total: u32,
    /// Activities counted.
    pub activities: u32,
}

impl Figures {
    /// Quota rows judged: met, short or above the maximum (rows not over yet are not judged).
    pub fn quotas_judged(&self) -> u32 {
        self.quotas_met
            .saturating_add(self.quotas_short)
            .saturating_add(self.quotas_exceeded)
    }

    /// Quota rows met out of those judged; `None` when none was judged.
    pub fn quotas_met_share(&self) -> Option<(u32, u32)> {
        let judged = self.quotas_judged();
        (judged > 0).then_some((self.quotas_met, judged))
    }

    /// Forms carried out out of the plans' forms; `None` without forms.
    pub fn forms_share(&self) -> Option<(u32, u32)> {
        (self.forms_total > 0).then_some((self.forms_carried_out, self.forms_total))
    }

    fn add(&mut self, other: &Figures) {
        let pairs = [
            (&mut self.quotas_met, other.quotas_met),
            (&mut self.quotas_short, other.quotas_short),
            (&mut self.quotas_exceeded, other.quotas_exceeded),
            (&mut self.quotas_not_over, other.quotas_not_over),
            (&mut self.tasks_done, other.tasks_done),
            (&mut self.tasks_overdue, other.tasks_overdue),
            (&mut self.tasks_total, other.tasks_total),
            (&mut self.forms_carried_out, other.forms_carried_out),
            (&mut self.forms_total, other.forms_total),
            (&mut self.activities, other.activities),
        ];
        for (sum, value) in pairs {
            *sum = sum.saturating_add(value);
        }
    }
}

/// A quota row an agency fell short on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Shortfall {
    /// The quota's id in the agency's plan.
    pub quota: String,
    /// The name of the form it counts, as the plan writes it.
    pub form: String,
    /// The sub-period.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub period: PeriodId,
    /// The unit's name, for a quota on each unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The minimum.
    pub required: u32,
    /// What was achieved.
    pub achieved: u32,
}

/// A task overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OverdueTask {
    /// Its id in the agency's plan.
    pub task: String,
    /// What it is, as the plan writes it.
    pub content: String,
    /// The day it was due.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso_date::option"
    )]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub due: Option<Date>,
}

/// An agency's own report of the period, against the deadline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportTimeliness {
    /// On time, late, missing, or received with no deadline to judge.
    pub status: ReportStatus,
    /// The day it was received.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::iso_date::option"
    )]
    #[schemars(schema_with = "crate::model::iso_date::option::schema")]
    #[cfg_attr(feature = "typescript", tsify(type = "string", optional))]
    pub received: Option<Date>,
    /// Calendar days after the due day, when late.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_late: Option<u32>,
}

/// Where an agency's own report stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum ReportStatus {
    /// Received on or before the due day.
    OnTime,
    /// Received after the due day.
    Late,
    /// Not received (the manifest records no day for the period).
    Missing,
    /// Received, and no deadline is set to judge it by.
    Received,
}

/// Figures added up over a level or the whole area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Totals {
    /// The level; absent for the whole area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<AgencyLevel>,
    /// Agencies listed.
    pub agencies: u32,
    /// Agencies whose plan and log were consolidated.
    pub with_data: u32,
    /// Their figures added up.
    pub figures: Figures,
    /// Agencies' reports on time.
    pub reports_on_time: u32,
    /// Agencies' reports late.
    pub reports_late: u32,
    /// Agencies' reports missing.
    pub reports_missing: u32,
    /// Agencies' reports received with no deadline to judge them by.
    pub reports_received: u32,
}

impl Totals {
    fn new(level: Option<AgencyLevel>) -> Totals {
        Totals {
            level,
            agencies: 0,
            with_data: 0,
            figures: Figures::default(),
            reports_on_time: 0,
            reports_late: 0,
            reports_missing: 0,
            reports_received: 0,
        }
    }

    fn add(&mut self, agency: &AgencyResult) {
        self.agencies = self.agencies.saturating_add(1);
        if let Some(figures) = &agency.figures {
            self.with_data = self.with_data.saturating_add(1);
            self.figures.add(figures);
        }
        let count = match agency.report.status {
            ReportStatus::OnTime => &mut self.reports_on_time,
            ReportStatus::Late => &mut self.reports_late,
            ReportStatus::Missing => &mut self.reports_missing,
            ReportStatus::Received => &mut self.reports_received,
        };
        *count = count.saturating_add(1);
    }
}

/// Consolidates the agencies of `manifest` for `period`: for each agency in turn, `open` gives
/// its plan's text and a reader over its log; the log is evaluated as a stream with `options`
/// and only the agency's figures are kept. Agencies are then added up per level and in all,
/// and ranked by `ranking`. (A caller that loads plans or evaluates logs its own way — from
/// JavaScript objects, say — drives a [`Consolidator`] instead.)
pub fn consolidate<R: BufRead>(
    manifest: &Manifest,
    period: &PeriodId,
    options: &EvaluateOptions,
    ranking: &RankingConfig,
    mut open: impl FnMut(&Agency) -> AgencyInput<R>,
) -> Consolidation {
    let mut consolidator = Consolidator::new(manifest, period, options);
    for (index, agency) in manifest.agencies.iter().enumerate() {
        consolidator.push(index, open(agency));
    }
    consolidator.finish(ranking)
}

/// Consolidation one agency at a time, for callers that hand over each agency's inputs (or
/// its evaluation) themselves: [`consolidate`] is this with a closure. Each agency is reduced
/// to its figures as it is pushed, so memory holds one agency's evaluation at a time.
pub struct Consolidator<'m> {
    manifest: &'m Manifest,
    period: PeriodId,
    options: EvaluateOptions,
    due: Deadline,
    agencies: Vec<Option<AgencyResult>>,
}

impl<'m> Consolidator<'m> {
    /// A consolidation of `manifest`'s agencies for `period`, nothing pushed yet.
    pub fn new(manifest: &'m Manifest, period: &PeriodId, options: &EvaluateOptions) -> Self {
        Consolidator {
            manifest,
            period: *period,
            options: *options,
            due: deadline(&reporting_rule(manifest), period),
            agencies: vec![None; manifest.agencies.len()],
        }
    }

    /// Loads the plan and evaluates the log (streamed) of the manifest's agency at `index`.
    /// An index beyond the manifest is ignored; pushing an agency again replaces it.
    pub fn push<R: BufRead>(&mut self, index: usize, input: AgencyInput<R>) {
        let Some(agency) = self.manifest.agencies.get(index) else {
            return;
        };
        let result = agency_result(
            agency,
            &format!("/agencies/{index}"),
            input,
            &self.period,
            &self.options,
            &self.due,
        );
        if let Some(slot) = self.agencies.get_mut(index) {
            *slot = Some(result);
        }
    }

    /// Takes the manifest's agency at `index` as already evaluated by the caller (its plan,
    /// and the evaluation of its log for this period with this consolidation's options).
    pub fn push_evaluated(&mut self, index: usize, plan: &Plan, evaluation: &Evaluation) {
        let Some(agency) = self.manifest.agencies.get(index) else {
            return;
        };
        let mut result = empty_result(agency, &self.period, &self.due);
        if evaluation.log.rejected > 0 {
            result.diagnostics.push(
                codes::LOG_REJECTED.at(
                    format!("/agencies/{index}/log"),
                    Params::new()
                        .with("agency", agency.name.as_str())
                        .with("count", evaluation.log.rejected),
                    self.options.lang,
                ),
            );
        }
        reduce(plan, evaluation, &mut result);
        if let Some(slot) = self.agencies.get_mut(index) {
            *slot = Some(result);
        }
    }

    /// Adds up and ranks what was pushed. An agency never pushed counts as one whose plan and
    /// log were not given.
    pub fn finish(self, ranking: &RankingConfig) -> Consolidation {
        let Consolidator {
            manifest,
            period,
            options,
            due,
            agencies,
        } = self;
        let lang = options.lang;
        let mut agencies: Vec<AgencyResult> = agencies
            .into_iter()
            .zip(&manifest.agencies)
            .enumerate()
            .map(|(index, (result, agency))| {
                result.unwrap_or_else(|| {
                    let input: AgencyInput<&[u8]> = AgencyInput {
                        plan: Input::Absent,
                        log: Input::Absent,
                    };
                    agency_result(
                        agency,
                        &format!("/agencies/{index}"),
                        input,
                        &period,
                        &options,
                        &due,
                    )
                })
            })
            .collect();
        let diagnostics = manifest_diagnostics(manifest, lang);
        let places = ranking::rank(ranking, &mut agencies);
        let mut total = Totals::new(None);
        let mut levels: Vec<Totals> = AgencyLevel::ALL
            .iter()
            .map(|&level| Totals::new(Some(level)))
            .collect();
        for agency in &agencies {
            total.add(agency);
            if let Some(level) = levels.iter_mut().find(|t| t.level == Some(agency.level)) {
                level.add(agency);
            }
        }
        levels.retain(|totals| totals.agencies > 0);
        let window = period.window(options.window);
        Consolidation {
            schema_version: crate::SCHEMA_VERSION,
            body: manifest.body.clone(),
            period,
            window,
            as_of: options.as_of.unwrap_or(window.end),
            deadline: due,
            ranking: ranking.clone(),
            places,
            agencies,
            levels,
            total,
            diagnostics,
        }
    }
}

/// Problems of the manifest itself: an id used twice, a parent not in the list. The ids are
/// looked up in a sorted list, so a country's 4,000 agencies cost no quadratic scan.
fn manifest_diagnostics(manifest: &Manifest, lang: crate::Lang) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let all: SortedList<&str, ()> = manifest
        .agencies
        .iter()
        .map(|agency| (agency.id.as_str(), ()))
        .collect();
    let mut seen: SortedList<&str, ()> = SortedList::default();
    for (index, agency) in manifest.agencies.iter().enumerate() {
        let at = format!("/agencies/{index}");
        if seen.insert(agency.id.as_str(), ()).is_some() {
            diagnostics.push(
                codes::DUPLICATE_ID.at(
                    format!("{at}/id"),
                    Params::new()
                        .with("id", agency.id.as_str())
                        .with("agency", agency.name.as_str()),
                    lang,
                ),
            );
        }
        if let Some(parent) = &agency.parent {
            if all.get(parent).is_none() {
                diagnostics.push(
                    codes::UNKNOWN_PARENT.at(
                        format!("{at}/parent"),
                        Params::new()
                            .with("agency", agency.name.as_str())
                            .with("parent", parent.as_str()),
                        lang,
                    ),
                );
            }
        }
    }
    diagnostics
}

/// The province's reporting rule as `period::deadline` reads it: whatever report the period
/// is, the agencies owe it, due on the manifest's day.
fn reporting_rule(manifest: &Manifest) -> ReportingRule {
    ReportingRule {
        recipient: manifest.body.issuer.clone(),
        schedule: vec![
            ReportKind::Month,
            ReportKind::Quarter1,
            ReportKind::Quarter2,
            ReportKind::HalfYear,
            ReportKind::Quarter3,
            ReportKind::NineMonths,
            ReportKind::Quarter4,
            ReportKind::Year,
        ],
        with_cchc_report: true,
        deadline_day: manifest.deadline_day,
        holidays: manifest.holidays.clone(),
        quota_periods: crate::QuotaPeriods::default(),
    }
}

/// One agency, loaded, evaluated and reduced to its figures.
fn agency_result<R: BufRead>(
    agency: &Agency,
    at: &str,
    input: AgencyInput<R>,
    period: &PeriodId,
    options: &EvaluateOptions,
    due: &Deadline,
) -> AgencyResult {
    let lang = options.lang;
    let name = || Params::new().with("agency", agency.name.as_str());
    let mut result = empty_result(agency, period, due);
    let plan_at = format!("{at}/plan");
    let plan = match input.plan {
        Input::Given(text) => match Plan::from_json_str(&text) {
            Ok(plan) => Some(plan),
            Err(error) => {
                let place = if error.path.is_empty() {
                    match (error.line, error.column) {
                        (Some(line), Some(column)) => format!("{line}:{column}"),
                        _ => "/".into(),
                    }
                } else {
                    error.path.clone()
                };
                result.diagnostics.push(
                    codes::PLAN_INVALID.at(
                        plan_at.as_str(),
                        name()
                            .with("at", place)
                            .with("detail", error.message_in(lang)),
                        lang,
                    ),
                );
                None
            }
        },
        Input::Absent => {
            result
                .diagnostics
                .push(codes::PLAN_NOT_GIVEN.at(plan_at.as_str(), name(), lang));
            None
        }
        Input::Unreadable(detail) => {
            result.diagnostics.push(codes::PLAN_UNREADABLE.at(
                plan_at.as_str(),
                name().with("detail", detail),
                lang,
            ));
            None
        }
    };
    let log_at = format!("{at}/log");
    let reader = match input.log {
        Input::Given(reader) => Some(reader),
        Input::Absent => {
            result
                .diagnostics
                .push(codes::LOG_NOT_GIVEN.at(log_at.as_str(), name(), lang));
            None
        }
        Input::Unreadable(detail) => {
            result.diagnostics.push(codes::LOG_UNREADABLE.at(
                log_at.as_str(),
                name().with("detail", detail),
                lang,
            ));
            None
        }
    };
    let (Some(plan), Some(reader)) = (plan, reader) else {
        return result;
    };
    let evaluation = match evaluate_reader(&plan, reader, period, options, |_| {}) {
        Ok(evaluation) => evaluation,
        Err(error) => {
            result.diagnostics.push(codes::LOG_UNREADABLE.at(
                log_at.as_str(),
                name().with("detail", error.to_string()),
                lang,
            ));
            return result;
        }
    };
    if evaluation.log.rejected > 0 {
        result.diagnostics.push(codes::LOG_REJECTED.at(
            log_at.as_str(),
            name().with("count", evaluation.log.rejected),
            lang,
        ));
    }
    reduce(&plan, &evaluation, &mut result);
    result
}

/// An agency with no figures yet, its own report judged.
fn empty_result(agency: &Agency, period: &PeriodId, due: &Deadline) -> AgencyResult {
    AgencyResult {
        id: agency.id.clone(),
        name: agency.name.clone(),
        level: agency.level,
        parent: agency.parent.clone(),
        figures: None,
        shortfalls: Vec::new(),
        overdue_tasks: Vec::new(),
        report: timeliness(agency.received.get(period), due),
        rank: None,
        diagnostics: Vec::new(),
    }
}

/// Keeps what the consolidation needs of an agency's evaluation.
fn reduce(plan: &Plan, evaluation: &Evaluation, result: &mut AgencyResult) {
    let mut figures = Figures::default();
    for quota in &evaluation.quotas {
        for row in &quota.rows {
            let count = match row.status {
                QuotaStatus::Met => &mut figures.quotas_met,
                QuotaStatus::Short => &mut figures.quotas_short,
                QuotaStatus::Exceeded => &mut figures.quotas_exceeded,
                QuotaStatus::NotOver => &mut figures.quotas_not_over,
                QuotaStatus::OutsidePlan | QuotaStatus::NotMeasurable => continue,
            };
            *count = count.saturating_add(1);
            if row.status == QuotaStatus::Short {
                result.shortfalls.push(Shortfall {
                    quota: quota.quota.clone(),
                    form: plan
                        .form(&quota.form)
                        .map_or_else(|| quota.form.clone(), |form| form.name.clone()),
                    period: row.period,
                    unit: row.unit.as_ref().map(|id| {
                        plan.unit(id)
                            .map_or_else(|| id.clone(), |unit| unit.name.clone())
                    }),
                    required: row.required,
                    achieved: row.achieved,
                });
            }
        }
    }
    for task in &evaluation.tasks {
        figures.tasks_total = figures.tasks_total.saturating_add(1);
        match task.status {
            TaskStatus::Done => figures.tasks_done = figures.tasks_done.saturating_add(1),
            TaskStatus::Overdue => {
                figures.tasks_overdue = figures.tasks_overdue.saturating_add(1);
                result.overdue_tasks.push(OverdueTask {
                    task: task.task.clone(),
                    content: plan
                        .task(&task.task)
                        .map_or_else(|| task.task.clone(), |t| t.content.clone()),
                    due: task.due,
                });
            }
            TaskStatus::NotDue | TaskStatus::Ongoing | TaskStatus::NoDate => {}
        }
    }
    let forms = u32::try_from(evaluation.forms.len()).unwrap_or(u32::MAX);
    let idle = u32::try_from(evaluation.forms_without_activity.len()).unwrap_or(u32::MAX);
    figures.forms_total = forms;
    figures.forms_carried_out = forms.saturating_sub(idle);
    figures.activities = evaluation.log.counted;
    result.figures = Some(figures);
}

/// Judges the day a report was received against the due day.
fn timeliness(received: Option<Date>, due: &Deadline) -> ReportTimeliness {
    let (status, days_late) = match (received, due.due) {
        (None, _) => (ReportStatus::Missing, None),
        (Some(_), None) => (ReportStatus::Received, None),
        (Some(day), Some(due)) if day <= due => (ReportStatus::OnTime, None),
        (Some(day), Some(due)) => (
            ReportStatus::Late,
            Some(u32::try_from((day - due).whole_days()).unwrap_or(u32::MAX)),
        ),
    };
    ReportTimeliness {
        status,
        received,
        days_late,
    }
}

/// The JSON Schema of a consolidation (`kehoach consolidate --format json` prints the report
/// model; this is the figures themselves, as the npm package returns them).
///
/// ```
/// assert_eq!(kehoach::consolidate::consolidation_schema()["title"], "Consolidation");
/// ```
pub fn consolidation_schema() -> serde_json::Value {
    crate::schema::schema_for::<Consolidation>()
}

/// The JSON Schema of a ranking configuration (`kehoach consolidate --ranking FILE`).
///
/// ```
/// assert_eq!(kehoach::consolidate::ranking_schema()["title"], "RankingConfig");
/// ```
pub fn ranking_schema() -> serde_json::Value {
    crate::schema::schema_for::<RankingConfig>()
}

impl Consolidation {
    /// Loads a consolidation from its JSON (what `consolidate` returned, e.g. through the npm
    /// package, whose report module renders from it), with located errors.
    ///
    /// ```
    /// use kehoach::consolidate::{consolidate, AgencyInput, Consolidation, Input, Manifest};
    /// let manifest = Manifest::from_json_str(r#"{
    ///   "schemaVersion": 2,
    ///   "body": {"issuer": {"name": "Sở Nội vụ", "abbreviation": "SNV"}, "level": "province",
    ///            "area": "Lạng Sơn", "place": "Lạng Sơn",
    ///            "signature": {"headTitle": "GIÁM ĐỐC", "signerName": "Nguyễn Văn A"}},
    ///   "agencies": [{"id": "a", "name": "Sở A", "level": "department"}]
    /// }"#)?;
    /// let consolidation = consolidate(
    ///     &manifest,
    ///     &"2023-Q1".parse()?,
    ///     &Default::default(),
    ///     &Default::default(),
    ///     |_agency| AgencyInput::<&[u8]> { plan: Input::Absent, log: Input::Absent },
    /// );
    /// let again = Consolidation::from_json_str(&consolidation.to_json_string())?;
    /// assert_eq!(again, consolidation);
    /// assert!(Consolidation::from_json_str("{\"schemaVersion\": 2}").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Consolidation, crate::LoadError> {
        crate::model::load::load_json(text, true)
    }

    /// The consolidation as pretty JSON with a trailing newline.
    pub fn to_json_string(&self) -> String {
        crate::model::save::to_pretty_json(self)
    }

    /// The agency of `id`.
    pub fn agency(&self, id: &str) -> Option<&AgencyResult> {
        self.agencies.iter().find(|agency| agency.id == id)
    }
}
