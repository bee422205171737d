//! What the report says was done, activity by activity: for each form of the plan, the first
//! activities counted in the period (date, title, unit, figures, proof) and how many there
//! were; and for each unit, how many activities of each form. The evaluation keeps only sums,
//! so the digest is collected in the same pass over the log ([`Digest::evaluate_log`],
//! [`Digest::evaluate_reader`]), from where the evaluator counted each record.

use time::Date;

use crate::activity::{read_log, read_log_str, Activity, LogChecker, LogEntry, Quantities};
use crate::evaluate::{Counted, EvaluateOptions, Evaluation, Evaluator};
use crate::period::{PeriodId, Span};
use crate::{Diagnostic, Lang, Plan};

/// How many activities of one form the report names; the others are counted ("và 03 hoạt
/// động khác").
pub const SHOWN_PER_FORM: usize = 5;

/// The activities a report names, and the counts by unit and form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Digest {
    /// Per form of the plan, in [`Plan::forms`] order.
    pub forms: Vec<FormDigest>,
    /// Per unit of the plan (in `plan.units` order) then one for units not in the plan: the
    /// number of activities per form, in [`Plan::forms`] order.
    pub units: Vec<Vec<u32>>,
}

/// The activities of one form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDigest {
    /// The first [`SHOWN_PER_FORM`] activities of the log, by date.
    pub shown: Vec<Entry>,
    /// How many were counted in all.
    pub total: u32,
}

/// One activity as the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The day.
    pub date: Date,
    /// The title.
    pub title: String,
    /// The unit's index in `plan.units`, when the plan has it.
    pub unit: Option<usize>,
    /// The figures.
    pub quantities: Quantities,
    /// The proof: a link or a document reference.
    pub evidence: Option<String>,
}

impl Digest {
    /// Evaluates a log given as text and collects its digest in the same pass: what
    /// `render_log` and the npm package's `renderReport` read.
    pub fn evaluate_log(
        plan: &Plan,
        log: &str,
        period: &PeriodId,
        options: &EvaluateOptions,
    ) -> (Evaluation, Digest) {
        let mut evaluator = Evaluator::new(plan, period, options);
        let mut digest = Digest::empty(plan);
        read_log_str(log, options.lang, |entry| {
            digest.take(&mut evaluator, entry, &mut |_| {});
        });
        (evaluator.finish(), digest.sorted())
    }

    /// [`Digest::evaluate_log`] over a stream (the CLI's `report`), each log diagnostic also
    /// handed to `on_diagnostic` as it is found.
    pub fn evaluate_reader<R: std::io::BufRead>(
        plan: &Plan,
        reader: R,
        period: &PeriodId,
        options: &EvaluateOptions,
        mut on_diagnostic: impl FnMut(&Diagnostic),
    ) -> std::io::Result<(Evaluation, Digest)> {
        let mut evaluator = Evaluator::new(plan, period, options);
        let mut digest = Digest::empty(plan);
        read_log(reader, options.lang, |entry| {
            digest.take(&mut evaluator, entry, &mut on_diagnostic);
        })?;
        Ok((evaluator.finish(), digest.sorted()))
    }

    /// The digest of a log on its own, checking each record again as the evaluator would
    /// (the tests and the fuzz oracle hold the one-pass path to it): records of a form of the
    /// plan, in the days `counted` (the evaluation's `window.counted`; `None` counts nothing),
    /// the same evidence once.
    pub fn of_log(plan: &Plan, log: &str, counted: Option<Span>, lang: Lang) -> Digest {
        let mut checker = LogChecker::new(plan, lang);
        let mut digest = Digest::empty(plan);
        read_log_str(log, lang, |entry| {
            let LogEntry::Record {
                index,
                line,
                activity,
            } = entry
            else {
                return;
            };
            let check = checker.check(index, line, &activity, &mut |_| {});
            let in_days = counted.is_some_and(|span| span.contains(activity.date));
            if let (None, true, Some(form)) = (check.duplicate_of, in_days, check.form) {
                let counted = Counted {
                    form,
                    unit: check.unit,
                };
                digest.record(counted, &activity);
            }
        });
        digest.sorted()
    }

    fn empty(plan: &Plan) -> Digest {
        let forms = plan.forms().count();
        Digest {
            forms: vec![FormDigest::default(); forms],
            units: vec![vec![0; forms]; plan.units.len() + 1],
        }
    }

    /// Hands `entry` to the evaluator and records the activity where it was counted.
    fn take(
        &mut self,
        evaluator: &mut Evaluator,
        entry: LogEntry,
        on_diagnostic: &mut dyn FnMut(&Diagnostic),
    ) {
        match entry {
            LogEntry::Record {
                index,
                line,
                activity,
            } => {
                if let Some(counted) =
                    evaluator.push_activity(index, line, &activity, on_diagnostic)
                {
                    self.record(counted, &activity);
                }
            }
            rejected => {
                evaluator.push(rejected, on_diagnostic);
            }
        }
    }

    /// Counts `activity` under its form and unit, and names it while its form has room.
    fn record(&mut self, counted: Counted, activity: &Activity) {
        let other = self.units.len().saturating_sub(1);
        if let Some(count) = self
            .units
            .get_mut(counted.unit.unwrap_or(other))
            .and_then(|counts| counts.get_mut(counted.form))
        {
            *count = count.saturating_add(1);
        }
        if let Some(digest) = self.forms.get_mut(counted.form) {
            digest.total = digest.total.saturating_add(1);
            if digest.shown.len() < SHOWN_PER_FORM {
                digest.shown.push(Entry {
                    date: activity.date,
                    title: activity.title.clone(),
                    unit: counted.unit,
                    quantities: activity.quantities,
                    evidence: activity.evidence.clone(),
                });
            }
        }
    }

    /// The named activities of each form by date.
    fn sorted(mut self) -> Digest {
        for form in &mut self.forms {
            form.shown.sort_by_key(|entry| entry.date);
        }
        self
    }
}
