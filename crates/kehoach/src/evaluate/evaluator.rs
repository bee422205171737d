//! The evaluator: folds records, one at a time, into fixed counters.
//!
//! Its size depends on the plan and the period (forms, units, quota rows), never on the log.

use time::Date;

use super::{
    AudienceTotals, CodeCount, CutRule, EvaluateOptions, Evaluation, FormTotals, LogSummary,
    PeriodInfo, QuotaEvaluation, QuotaRow, QuotaStatus, TaskActivity, TaskEvaluation, TaskStatus,
    Totals, UnitTotals, UnmatchedActivity, WindowInfo, MAX_LISTED, MAX_TASK_ACTIVITIES,
};
use crate::activity::{Activity, LogChecker, LogEntry, RecordCheck};
use crate::period::{deadline, next_report, plan_span, PeriodId, Span, WindowKind};
use crate::{Diagnostic, Measure, Plan, Quota, QuotaPeriods, QuotaScope, Timing, TimingKind};

/// A quota row being counted.
struct RowCounter {
    period: PeriodId,
    span: Span,
    counted: Option<Span>,
    cut: bool,
    outside_plan: bool,
    unit: Option<String>,
    count: u32,
    participants: u64,
}

/// A task of the plan's table being counted: its activities to date, the first few kept.
#[derive(Default)]
struct TaskCounter {
    in_window: u32,
    to_date: u32,
    by_due: u32,
    activities: Vec<TaskActivity>,
}

/// A quota being counted.
struct QuotaCounter<'p> {
    quota: &'p Quota,
    rows: Vec<RowCounter>,
}

/// Where [`Evaluator::push_activity`] counted a record in the window's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// The form's index in [`Plan::forms`] order.
    pub form: usize,
    /// The unit's index in `plan.units`, when the plan has the record's unit.
    pub unit: Option<usize>,
}

/// Folds an activity log into an [`Evaluation`].
///
/// ```
/// use kehoach::activity::Activity;
/// use kehoach::evaluate::{EvaluateOptions, Evaluator};
/// let plan = kehoach::Plan::from_json_str(kehoach::examples::LANG_SON_2023)?;
/// let period = "2023-03".parse()?;
/// let mut evaluator = Evaluator::new(&plan, &period, &EvaluateOptions::default());
/// let record = Activity::from_json_str(r#"{"schemaVersion": 1, "date": "2023-03-01",
///     "unit": "van-phong", "form": "tin-bai-website", "title": "Tin CCHC", "evidence": "u1"}"#)?;
/// evaluator.push_activity(0, None, &record, &mut |_| {});
/// let evaluation = evaluator.finish();
/// // The window of the March report (15/02 – 14/03) sees calendar February and March.
/// let march = &evaluation.quotas[0].rows[1];
/// assert_eq!((march.period.to_string(), march.achieved), ("2023-03".into(), 1));
/// assert_eq!(march.status, kehoach::evaluate::QuotaStatus::NotOver);
/// assert_eq!(march.shortfall, 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Evaluator<'p> {
    plan: &'p Plan,
    checker: LogChecker<'p>,
    period: PeriodInfo,
    window: WindowInfo,
    quotas: Vec<QuotaCounter<'p>>,
    forms: Vec<Totals>,
    audiences: Vec<Totals>,
    units: Vec<Totals>,
    other_units: Totals,
    /// The days a task or a timed form counts as carried out: the plan's first day to as-of.
    to_date: Option<Span>,
    /// The last day a task must be done by to be judged in this period (see [`horizon`]).
    horizon: Date,
    tasks: Vec<TaskCounter>,
    /// Per form, in [`Plan::forms`] order: activities from the plan's first day to as-of.
    forms_to_date: Vec<u32>,
    unmatched: Vec<UnmatchedActivity>,
    log: LogSummary,
}

impl<'p> Evaluator<'p> {
    /// An evaluator of `plan` over `period`.
    pub fn new(plan: &'p Plan, period: &PeriodId, options: &EvaluateOptions) -> Evaluator<'p> {
        let kind = options.window;
        let span = period.window(kind);
        let plan_span = plan_span(plan.year, kind);
        let as_of = options.as_of.unwrap_or(span.end);
        let counted = span.intersect(&plan_span).and_then(|s| up_to(&s, as_of));
        let window = WindowInfo {
            kind,
            span,
            plan_span,
            counted,
            as_of,
            period_over: as_of >= span.end,
            cut_sub_periods: CutRule::CountedWhole,
            quota_periods: plan.implementation.reporting.quota_periods,
        };
        let rule = &plan.implementation.reporting;
        let period_info = PeriodInfo {
            id: *period,
            calendar: period.calendar_span(),
            cut_off: period.cut_off_window(),
            deadline: deadline(rule, period),
            next_report: next_report(rule, period),
        };
        let quotas = plan
            .quotas
            .iter()
            .map(|quota| QuotaCounter {
                quota,
                rows: quota_rows(plan, quota, &window),
            })
            .collect();
        let to_date = (plan_span.start <= as_of).then(|| Span::new(plan_span.start, as_of));
        let horizon = horizon(&window, &period_info);
        Evaluator {
            plan,
            checker: LogChecker::new(plan, options.lang),
            period: period_info,
            window,
            quotas,
            forms: vec![Totals::default(); plan.forms().count()],
            audiences: vec![Totals::default(); plan.audiences.len()],
            units: vec![Totals::default(); plan.units.len()],
            other_units: Totals::default(),
            to_date,
            horizon,
            tasks: plan.tasks.iter().map(|_| TaskCounter::default()).collect(),
            forms_to_date: vec![0; plan.forms().count()],
            unmatched: Vec::new(),
            log: LogSummary::default(),
        }
    }

    /// Takes one entry of a log: a record is checked and counted, a rejected line is noted.
    /// Every diagnostic also goes to `on_diagnostic`. Returns where a record was counted (see
    /// [`Evaluator::push_activity`]).
    pub fn push(
        &mut self,
        entry: LogEntry,
        on_diagnostic: &mut dyn FnMut(&Diagnostic),
    ) -> Option<Counted> {
        match entry {
            LogEntry::Record {
                index,
                line,
                activity,
            } => self.push_activity(index, line, &activity, on_diagnostic),
            LogEntry::Rejected(diagnostic) => {
                self.log.rejected = self.log.rejected.saturating_add(1);
                note(&mut self.log, diagnostic, on_diagnostic);
                None
            }
        }
    }

    /// Checks and counts one record found at `index` (and `line`, in JSON Lines). Returns the
    /// form and unit it was counted under in the window's totals, or `None` when it counts in
    /// none (a repeated evidence, a day not counted, a form not in the plan): what a report
    /// that names the activities lists, without reading the log again.
    pub fn push_activity(
        &mut self,
        index: u32,
        line: Option<u32>,
        activity: &Activity,
        on_diagnostic: &mut dyn FnMut(&Diagnostic),
    ) -> Option<Counted> {
        let log = &mut self.log;
        let check = self
            .checker
            .check(index, line, activity, &mut |diagnostic| {
                note(log, diagnostic, on_diagnostic)
            });
        self.log.records = self.log.records.saturating_add(1);
        if check.duplicate_of.is_some() {
            self.log.duplicates = self.log.duplicates.saturating_add(1);
            return None;
        }
        self.count_in_quotas(activity, &check);
        self.count_to_date(activity, &check);
        self.count_in_totals(index, line, activity, &check)
    }

    /// Counts a record for its task and its form from the plan's first day, so a task done in
    /// Quý I is still done in the 6-month report. A task id the plan lacks counts nowhere
    /// here: the record still counts under its form, and the log check names the id.
    fn count_to_date(&mut self, activity: &Activity, check: &RecordCheck) {
        if !self
            .to_date
            .is_some_and(|span| span.contains(activity.date))
        {
            return;
        }
        if let Some(count) = check.form.and_then(|form| self.forms_to_date.get_mut(form)) {
            *count = count.saturating_add(1);
        }
        // The log check has found the task by its id already (its sorted index).
        let Some(at) = check.task else {
            return;
        };
        let in_window = self
            .window
            .counted
            .is_some_and(|span| span.contains(activity.date));
        let by_due = self
            .plan
            .tasks
            .get(at)
            .and_then(|task| task.timing.as_ref())
            .and_then(|timing| timing.due)
            .is_none_or(|due| activity.date <= due);
        if let Some(counter) = self.tasks.get_mut(at) {
            counter.to_date = counter.to_date.saturating_add(1);
            if by_due {
                counter.by_due = counter.by_due.saturating_add(1);
            }
            if in_window {
                counter.in_window = counter.in_window.saturating_add(1);
            }
            if counter.activities.len() < MAX_TASK_ACTIVITIES {
                counter.activities.push(TaskActivity {
                    date: activity.date,
                    unit: activity.unit.clone(),
                    title: activity.title.clone(),
                    evidence: activity.evidence.clone(),
                });
            }
        }
    }

    fn count_in_quotas(&mut self, activity: &Activity, check: &RecordCheck) {
        if check.form.is_none() {
            return;
        }
        for counter in &mut self.quotas {
            if counter.quota.form != activity.form {
                continue;
            }
            for row in &mut counter.rows {
                let in_row = row.counted.is_some_and(|span| span.contains(activity.date));
                let in_scope = row.unit.as_deref().is_none_or(|unit| unit == activity.unit);
                if in_row && in_scope {
                    row.count = row.count.saturating_add(1);
                    row.participants = row
                        .participants
                        .saturating_add(u64::from(activity.quantities.participants.unwrap_or(0)));
                }
            }
        }
    }

    fn count_in_totals(
        &mut self,
        index: u32,
        line: Option<u32>,
        activity: &Activity,
        check: &RecordCheck,
    ) -> Option<Counted> {
        let date = activity.date;
        let log = &mut self.log;
        let bucket = if !self.window.span.contains(date) {
            &mut log.outside_window
        } else if !self.window.plan_span.contains(date) {
            &mut log.outside_plan
        } else if date > self.window.as_of {
            &mut log.after_as_of
        } else if check.form.is_none() {
            if self.unmatched.len() < MAX_LISTED {
                self.unmatched.push(UnmatchedActivity {
                    index,
                    line,
                    date,
                    form: activity.form.clone(),
                    unit: activity.unit.clone(),
                    title: activity.title.clone(),
                });
            }
            &mut log.unmatched
        } else {
            &mut log.counted
        };
        *bucket = bucket.saturating_add(1);
        if !self.window.counted.is_some_and(|span| span.contains(date)) {
            return None;
        }
        let form = check.form?;
        if let Some(totals) = self.forms.get_mut(form) {
            totals.add(activity);
        }
        if let Some(totals) = check.audience.and_then(|a| self.audiences.get_mut(a)) {
            totals.add(activity);
        }
        match check.unit.and_then(|u| self.units.get_mut(u)) {
            Some(totals) => totals.add(activity),
            None => self.other_units.add(activity),
        }
        Some(Counted {
            form,
            unit: check.unit,
        })
    }

    /// The evaluation of everything pushed so far.
    pub fn finish(self) -> Evaluation {
        let plan = self.plan;
        let as_of = self.window.as_of;
        let quotas = self
            .quotas
            .into_iter()
            .map(|counter| finish_quota(counter, as_of))
            .collect();
        let horizon = self.horizon;
        let forms: Vec<FormTotals> = plan
            .forms()
            .zip(self.forms)
            .zip(self.forms_to_date)
            .map(|(((audience, form), totals), to_date)| FormTotals {
                form: form.id.clone(),
                audience: plan
                    .audiences
                    .get(audience)
                    .map_or_else(String::new, |a| a.id.clone()),
                kind: form.kind,
                totals,
                status: form
                    .timing
                    .as_ref()
                    .map(|timing| status(Some(timing), to_date, horizon)),
            })
            .collect();
        let tasks = plan
            .tasks
            .iter()
            .zip(self.tasks)
            .map(|(task, counter)| TaskEvaluation {
                task: task.id.clone(),
                status: status(task.timing.as_ref(), counter.to_date, horizon),
                due: task.timing.as_ref().and_then(|timing| timing.due),
                in_window: counter.in_window,
                to_date: counter.to_date,
                by_due: counter.by_due,
                activities: counter.activities,
            })
            .collect();
        let forms_without_activity = forms
            .iter()
            .filter(|form| form.totals.activities == 0)
            .map(|form| form.form.clone())
            .collect();
        let audiences = plan
            .audiences
            .iter()
            .zip(self.audiences)
            .map(|(audience, totals)| AudienceTotals {
                audience: audience.id.clone(),
                totals,
            })
            .collect();
        let mut units: Vec<UnitTotals> = plan
            .units
            .iter()
            .zip(self.units)
            .map(|(unit, totals)| UnitTotals {
                unit: Some(unit.id.clone()),
                totals,
            })
            .collect();
        if self.other_units.activities > 0 {
            units.push(UnitTotals {
                unit: None,
                totals: self.other_units,
            });
        }
        let log = self.log;
        Evaluation {
            schema_version: crate::SCHEMA_VERSION,
            period: self.period,
            window: self.window,
            quotas,
            forms,
            audiences,
            units,
            forms_without_activity,
            tasks,
            unmatched: self.unmatched,
            log,
        }
    }
}

/// Records a diagnostic in the summary (counted always, listed while there is room) and hands
/// it on.
fn note(log: &mut LogSummary, diagnostic: Diagnostic, on_diagnostic: &mut dyn FnMut(&Diagnostic)) {
    on_diagnostic(&diagnostic);
    log.diagnostic_count = log.diagnostic_count.saturating_add(1);
    // Kept in code order as it grows, so no sort is needed (nor linked into the wasm module).
    match log
        .by_code
        .binary_search_by(|c| c.code.as_str().cmp(&diagnostic.code))
    {
        Ok(found) => {
            if let Some(entry) = log.by_code.get_mut(found) {
                entry.count = entry.count.saturating_add(1);
            }
        }
        Err(at) => log.by_code.insert(
            at,
            CodeCount {
                code: diagnostic.code.clone(),
                severity: diagnostic.severity,
                count: 1,
            },
        ),
    }
    if log.diagnostics.len() < MAX_LISTED {
        log.diagnostics.push(diagnostic);
    }
}

/// The rows a quota is checked in: its sub-periods that share a day with the window, each
/// for the agency or for each unit.
///
/// With calendar quota periods (the default) the sub-periods are the calendar months,
/// quarters… of the plan's year, whatever the window: the window picks which of them appear,
/// not where they start. Sub-periods outside the plan's year appear (as `outside-plan`) only
/// when the window has none inside it. With reporting-window quota periods they are the
/// periods of the window's kind, within the plan's span of that kind.
fn quota_rows(plan: &Plan, quota: &Quota, window: &WindowInfo) -> Vec<RowCounter> {
    let units: Vec<Option<String>> = match quota.scope {
        QuotaScope::Agency => vec![None],
        QuotaScope::EachUnit if quota.units.is_empty() => plan
            .units
            .iter()
            .map(|unit| Some(unit.id.clone()))
            .collect(),
        QuotaScope::EachUnit => quota.units.iter().cloned().map(Some).collect(),
    };
    let (kind, quota_plan_span) = match window.quota_periods {
        QuotaPeriods::ReportingWindow => (window.kind, window.plan_span),
        QuotaPeriods::Calendar => (
            WindowKind::Calendar,
            plan_span(plan.year, WindowKind::Calendar),
        ),
    };
    let mut periods = PeriodId::covering(&window.span, quota.period, kind);
    if window.quota_periods == QuotaPeriods::Calendar
        && periods
            .iter()
            .any(|period| period.window(kind).overlaps(&quota_plan_span))
    {
        periods.retain(|period| period.window(kind).overlaps(&quota_plan_span));
    }
    let mut rows = Vec::new();
    for period in periods {
        let span = period.window(kind);
        let inside_plan = span.intersect(&quota_plan_span);
        let counted = inside_plan.and_then(|s| up_to(&s, window.as_of));
        for unit in &units {
            rows.push(RowCounter {
                period,
                span,
                counted,
                cut: !window.span.covers(&span),
                outside_plan: inside_plan.is_none(),
                unit: unit.clone(),
                count: 0,
                participants: 0,
            });
        }
    }
    rows
}

/// The last day a task may be due by and be judged in this evaluation. The report of a period
/// answers for what the plan set for the period by name: once the window is over, a task due
/// by the period's last calendar day is due, even when the cut-off window closed earlier (Quý
/// I's report, data to 14/03, answers for a task due 31/03). Looked at before its window is
/// over, only what is due by the as-of day is.
fn horizon(window: &WindowInfo, period: &PeriodInfo) -> Date {
    if window.period_over {
        window.as_of.max(period.calendar.end)
    } else {
        window.as_of
    }
}

/// Where a task or a timed form stands, from its timing and the activities recorded for it
/// from the plan's first day to the as-of day.
fn status(timing: Option<&Timing>, to_date: u32, horizon: Date) -> TaskStatus {
    let done = to_date > 0;
    let Some(timing) = timing else {
        return if done {
            TaskStatus::Done
        } else {
            TaskStatus::NoDate
        };
    };
    match (timing.kind, timing.due) {
        (TimingKind::Continuous | TimingKind::Recurring, _) => TaskStatus::Ongoing,
        // "Cả năm" is carried out throughout the year: judged as done or not once the year's
        // last day is within the period, followed as ongoing until then.
        (TimingKind::Year, Some(due)) if due > horizon => TaskStatus::Ongoing,
        _ if done => TaskStatus::Done,
        (kind, Some(due)) if kind.has_due_date() => {
            if due <= horizon {
                TaskStatus::Overdue
            } else {
                TaskStatus::NotDue
            }
        }
        _ => TaskStatus::NoDate,
    }
}

/// The days of `span` up to `as_of`, if any.
fn up_to(span: &Span, as_of: Date) -> Option<Span> {
    (span.start <= as_of).then(|| Span::new(span.start, span.end.min(as_of)))
}

fn finish_quota(counter: QuotaCounter<'_>, as_of: Date) -> QuotaEvaluation {
    let quota = counter.quota;
    let window_rows = counter.rows;
    let rows = window_rows
        .into_iter()
        .map(|row| finish_row(quota, row, as_of))
        .collect();
    QuotaEvaluation {
        quota: quota.id.clone(),
        form: quota.form.clone(),
        measure: quota.measure,
        period: quota.period,
        scope: quota.scope,
        min: quota.min,
        max: quota.max,
        population: quota.population,
        rows,
    }
}

fn finish_row(quota: &Quota, row: RowCounter, as_of: Date) -> QuotaRow {
    let over = as_of >= row.span.end;
    let (achieved, participants, reaches_min, passes_max) = match quota.measure {
        Measure::Count => (
            row.count,
            None,
            row.count >= quota.min,
            quota.max.is_some_and(|max| row.count > max),
        ),
        Measure::Share => {
            let population = u64::from(quota.population.unwrap_or(0));
            let reached = row.participants.saturating_mul(100);
            let achieved = reached.checked_div(population).unwrap_or(0);
            (
                u32::try_from(achieved).unwrap_or(u32::MAX),
                Some(u32::try_from(row.participants).unwrap_or(u32::MAX)),
                reached >= population.saturating_mul(u64::from(quota.min)),
                quota
                    .max
                    .is_some_and(|max| reached > population.saturating_mul(u64::from(max))),
            )
        }
    };
    let unmeasurable = quota.measure == Measure::Share && quota.population.unwrap_or(0) == 0;
    let status = if row.outside_plan {
        QuotaStatus::OutsidePlan
    } else if unmeasurable {
        QuotaStatus::NotMeasurable
    } else if passes_max {
        QuotaStatus::Exceeded
    } else if reaches_min && (over || quota.max.is_none()) {
        QuotaStatus::Met
    } else if !over {
        QuotaStatus::NotOver
    } else {
        QuotaStatus::Short
    };
    let shortfall = match status {
        QuotaStatus::Short | QuotaStatus::NotOver => quota.min.saturating_sub(achieved),
        _ => 0,
    };
    QuotaRow {
        period: row.period,
        span: row.span,
        counted: row.counted,
        cut: row.cut,
        unit: row.unit,
        required: quota.min,
        achieved,
        participants,
        status,
        shortfall,
    }
}
