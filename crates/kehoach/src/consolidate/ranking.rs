//! The ranking of agencies: an ordered list of criteria, each with the direction that is
//! better, configured per province (provinces score their agencies differently: configuration,
//! not code). Agencies equal on every criterion share a rank.

use std::cmp::Ordering;

use kehoach_json_derive::{FromJson, ToJson};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[cfg(feature = "typescript")]
use tsify::Tsify;

use super::{AgencyResult, Figures, ReportStatus};
use crate::LoadError;

/// How agencies are ranked: criteria compared in order, the next one only breaking ties of
/// the ones before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RankingConfig {
    /// The criteria, most important first.
    pub criteria: Vec<RankCriterion>,
}

/// One criterion and which way is better.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson,
)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RankCriterion {
    /// What is compared.
    pub criterion: Criterion,
    /// Whether more or less is better.
    pub better: Better,
}

/// What a criterion compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    /// The share of quota rows met among those judged (met, short or above the maximum).
    QuotasMetShare,
    /// The quota rows short.
    QuotasShort,
    /// The tasks overdue.
    TasksOverdue,
    /// The share of the plan's forms with activities in the period.
    FormsCarriedOutShare,
    /// The activities counted.
    Activities,
    /// The agency's own report: on time, received (no deadline set), late, missing — in that
    /// order from best.
    ReportTimeliness,
}

/// Which way of a criterion is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// The JSON contract.
#[derive(Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Better {
    /// A higher value ranks first.
    Higher,
    /// A lower value ranks first.
    Lower,
}

impl Default for RankingConfig {
    /// Quotas first (share met, more is better), then tasks overdue (fewer), the agency's own
    /// report (on time first), forms carried out (share, more) and activities (more).
    fn default() -> Self {
        let criterion = |criterion, better| RankCriterion { criterion, better };
        RankingConfig {
            criteria: vec![
                criterion(Criterion::QuotasMetShare, Better::Higher),
                criterion(Criterion::TasksOverdue, Better::Lower),
                criterion(Criterion::ReportTimeliness, Better::Higher),
                criterion(Criterion::FormsCarriedOutShare, Better::Higher),
                criterion(Criterion::Activities, Better::Higher),
            ],
        }
    }
}

impl RankingConfig {
    /// Loads a ranking from JSON text (`{"criteria": [{"criterion": "activities", "better":
    /// "higher"}]}`), with located errors.
    pub fn from_json_str(text: &str) -> Result<RankingConfig, LoadError> {
        crate::model::load::load_json(text, false)
    }
}

/// One place of the ranking: its rank, and the agencies on it (more than one when tied).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, FromJson, ToJson)]
#[cfg_attr(feature = "typescript", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Place {
    /// The rank: 1 for the first; after a tie of two on rank 3 comes rank 5.
    pub rank: u32,
    /// The agencies' ids, in manifest order.
    pub agencies: Vec<String>,
}

/// A criterion's value for one agency, comparable across agencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionValue {
    /// A share `numerator / denominator`; `None` when nothing was judged.
    Share(Option<(u32, u32)>),
    /// A count.
    Count(u32),
    /// An ordinal: higher is better in the criterion's own sense.
    Ordinal(u8),
}

impl Criterion {
    /// The agency's value.
    pub fn value(self, figures: &Figures, report: ReportStatus) -> CriterionValue {
        match self {
            Criterion::QuotasMetShare => CriterionValue::Share(figures.quotas_met_share()),
            Criterion::QuotasShort => CriterionValue::Count(figures.quotas_short),
            Criterion::TasksOverdue => CriterionValue::Count(figures.tasks_overdue),
            Criterion::FormsCarriedOutShare => CriterionValue::Share(figures.forms_share()),
            Criterion::Activities => CriterionValue::Count(figures.activities),
            Criterion::ReportTimeliness => CriterionValue::Ordinal(match report {
                ReportStatus::OnTime => 3,
                ReportStatus::Received => 2,
                ReportStatus::Late => 1,
                ReportStatus::Missing => 0,
            }),
        }
    }
}

/// Orders two values with the better one first; a share with nothing judged comes after
/// every share, whichever way is better.
fn better_first(a: CriterionValue, b: CriterionValue, better: Better) -> Ordering {
    let natural = match (a, b) {
        (CriterionValue::Share(Some((an, ad))), CriterionValue::Share(Some((bn, bd)))) => {
            (u64::from(an) * u64::from(bd)).cmp(&(u64::from(bn) * u64::from(ad)))
        }
        (CriterionValue::Share(None), CriterionValue::Share(None)) => return Ordering::Equal,
        (CriterionValue::Share(None), _) => return Ordering::Greater,
        (_, CriterionValue::Share(None)) => return Ordering::Less,
        (CriterionValue::Count(a), CriterionValue::Count(b)) => a.cmp(&b),
        (CriterionValue::Ordinal(a), CriterionValue::Ordinal(b)) => a.cmp(&b),
        _ => Ordering::Equal,
    };
    match better {
        Better::Higher => natural.reverse(),
        Better::Lower => natural,
    }
}

/// Ranks the agencies with data (competition ranking: ties share a rank, the next rank skips
/// as many places as were tied), leaving the others unranked; sets each agency's `rank` and
/// returns the places in order.
pub(crate) fn rank(config: &RankingConfig, agencies: &mut [AgencyResult]) -> Vec<Place> {
    let compare = |a: &AgencyResult, b: &AgencyResult| -> Ordering {
        let (Some(fa), Some(fb)) = (&a.figures, &b.figures) else {
            return Ordering::Equal;
        };
        config
            .criteria
            .iter()
            .map(|c| {
                better_first(
                    c.criterion.value(fa, a.report.status),
                    c.criterion.value(fb, b.report.status),
                    c.better,
                )
            })
            .find(|order| order.is_ne())
            .unwrap_or(Ordering::Equal)
    };
    let mut order: Vec<usize> = (0..agencies.len())
        .filter(|&index| agencies.get(index).is_some_and(|a| a.figures.is_some()))
        .collect();
    // A stable sort keeps tied agencies in manifest order.
    order.sort_by(|&a, &b| match (agencies.get(a), agencies.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    let mut places: Vec<Place> = Vec::new();
    let mut previous: Option<usize> = None;
    for (position, &index) in order.iter().enumerate() {
        let tied = match (previous.and_then(|p| agencies.get(p)), agencies.get(index)) {
            (Some(before), Some(this)) => compare(before, this).is_eq(),
            _ => false,
        };
        let id = agencies
            .get(index)
            .map(|agency| agency.id.clone())
            .unwrap_or_default();
        match places.last_mut() {
            Some(place) if tied => place.agencies.push(id),
            _ => places.push(Place {
                rank: u32::try_from(position + 1).unwrap_or(u32::MAX),
                agencies: vec![id],
            }),
        }
        if let (Some(agency), Some(place)) = (agencies.get_mut(index), places.last()) {
            agency.rank = Some(place.rank);
        }
        previous = Some(index);
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_compare_exactly_and_nothing_judged_comes_last_either_way() {
        let share = |n, d| CriterionValue::Share(Some((n, d)));
        let none = CriterionValue::Share(None);
        // 1/3 and 2/6 are the same share: a tie, not an artefact of rounding.
        assert_eq!(
            better_first(share(1, 3), share(2, 6), Better::Higher),
            Ordering::Equal
        );
        assert_eq!(
            better_first(share(2, 3), share(1, 2), Better::Higher),
            Ordering::Less
        );
        assert_eq!(
            better_first(share(2, 3), share(1, 2), Better::Lower),
            Ordering::Greater
        );
        for better in [Better::Higher, Better::Lower] {
            assert_eq!(better_first(none, share(0, 5), better), Ordering::Greater);
            assert_eq!(better_first(share(0, 5), none, better), Ordering::Less);
        }
        let count = CriterionValue::Count;
        assert_eq!(
            better_first(count(3), count(1), Better::Lower),
            Ordering::Greater
        );
    }
}
