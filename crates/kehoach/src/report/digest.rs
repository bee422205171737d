//! What the report says was done, activity by activity: for each form of the plan, the first
//! activities counted in the period (date, title, unit, figures, proof) and how many there
//! were; and for each unit, how many activities of each form. The evaluation keeps only sums,
//! so the report reads the log once more, counting exactly what the evaluation counts: records
//! of a form of the plan, in the counted days, the same evidence once.

use time::Date;

use crate::activity::{read_log_str, Activity, LogChecker, LogEntry, Quantities};
use crate::period::Span;
use crate::{Lang, Plan};

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
    /// The digest of a log (a JSON array or JSON Lines) over the days `counted` (the
    /// evaluation's `window.counted`; `None` counts nothing).
    pub fn of_log(plan: &Plan, log: &str, counted: Option<Span>, lang: Lang) -> Digest {
        let mut collector = Collector::new(plan, counted, lang);
        read_log_str(log, lang, |entry| {
            if let LogEntry::Record {
                index,
                line,
                activity,
            } = entry
            {
                collector.push(index, line, &activity);
            }
        });
        collector.finish()
    }

    /// The digest of records already in memory.
    pub fn of_activities(
        plan: &Plan,
        activities: &[Activity],
        counted: Option<Span>,
        lang: Lang,
    ) -> Digest {
        let mut collector = Collector::new(plan, counted, lang);
        for (index, activity) in activities.iter().enumerate() {
            collector.push(u32::try_from(index).unwrap_or(u32::MAX), None, activity);
        }
        collector.finish()
    }
}

struct Collector<'p> {
    checker: LogChecker<'p>,
    counted: Option<Span>,
    digest: Digest,
}

impl<'p> Collector<'p> {
    fn new(plan: &'p Plan, counted: Option<Span>, lang: Lang) -> Collector<'p> {
        let forms = plan.forms().count();
        Collector {
            checker: LogChecker::new(plan, lang),
            counted,
            digest: Digest {
                forms: vec![FormDigest::default(); forms],
                units: vec![vec![0; forms]; plan.units.len() + 1],
            },
        }
    }

    fn push(&mut self, index: u32, line: Option<u32>, activity: &Activity) {
        let check = self.checker.check(index, line, activity, &mut |_| {});
        if check.duplicate_of.is_some()
            || !self
                .counted
                .is_some_and(|span| span.contains(activity.date))
        {
            return;
        }
        let Some(form) = check.form else { return };
        let other = self.digest.units.len().saturating_sub(1);
        if let Some(count) = self
            .digest
            .units
            .get_mut(check.unit.unwrap_or(other))
            .and_then(|counts| counts.get_mut(form))
        {
            *count = count.saturating_add(1);
        }
        if let Some(digest) = self.digest.forms.get_mut(form) {
            digest.total = digest.total.saturating_add(1);
            if digest.shown.len() < SHOWN_PER_FORM {
                digest.shown.push(Entry {
                    date: activity.date,
                    title: activity.title.clone(),
                    unit: check.unit,
                    quantities: activity.quantities,
                    evidence: activity.evidence.clone(),
                });
            }
        }
    }

    fn finish(mut self) -> Digest {
        for form in &mut self.digest.forms {
            form.shown.sort_by_key(|entry| entry.date);
        }
        self.digest
    }
}
