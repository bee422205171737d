//! Validation: the rules a plan must follow, as coded diagnostics in Vietnamese or English.
//!
//! A department writes its plan by hand and a province checks dozens of them; this module is
//! what tells both, precisely and in their language, what is wrong and where. Each finding is a
//! [`Diagnostic`] from a [`Rule`] of the [`catalogue()`]: a stable code, a severity, a JSON
//! Pointer to the exact field, a message and the values behind it.
//!
//! Loading and validating are separate on purpose: a plan that is not JSON, has an unknown key
//! or a wrong type cannot be loaded and is a [`LoadError`]; a plan that loads is never an error
//! here, whatever it breaks — its problems come back as diagnostics.
//!
//! ```
//! use kehoach::{validate, Lang, Severity};
//!
//! let diagnostics = validate::validate_plan_json(kehoach::examples::LANG_SON_2023, Lang::Vi)?;
//! // The bundled plan is a draft: no number yet, no day and month of issue.
//! let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
//! assert_eq!(codes, ["DOC015", "DOC008"]);
//! assert!(diagnostics.iter().all(|d| d.severity == Severity::Warning));
//! assert_eq!(diagnostics[1].path, "/document/number");
//! # Ok::<(), kehoach::LoadError>(())
//! ```
//!
//! Diagnostics come out in the order of [`crate::diagnostic::sort`]: by path (array indices as
//! numbers), then code, then message.

pub mod catalogue;
mod citation_checks;
mod docs;
mod document;
mod forms;
mod listing;
mod names;
mod quotas;
mod reporting;
mod structure;
mod tasks;
mod years;

use time::{Date, Month};

use crate::diagnostic::{self, Diagnostic, Lang, Params, Rule, RuleDoc};
use crate::model::LoadError;
use crate::sorted::SortedList;
use crate::Plan;

pub use docs::rules_markdown;
pub use listing::{diagnostics_summary, diagnostics_text};

/// Validates a loaded plan against every rule of the [`catalogue()`], messages in `lang`.
///
/// Never fails: whatever the plan breaks comes back as diagnostics, in their deterministic
/// order.
pub fn validate_plan(plan: &Plan, lang: Lang) -> Vec<Diagnostic> {
    let mut checker = Checker::new(plan, lang);
    document::check(&mut checker);
    citation_checks::check(&mut checker);
    structure::check(&mut checker);
    forms::check(&mut checker);
    tasks::check(&mut checker);
    quotas::check(&mut checker);
    reporting::check(&mut checker);
    years::check(&mut checker);
    let mut diagnostics = checker.out;
    diagnostic::sort(&mut diagnostics);
    diagnostics
}

/// Loads a plan from JSON text and validates it: the one path the CLI and the npm package share.
///
/// Malformed JSON, unknown keys, wrong types and a wrong `schemaVersion` are a [`LoadError`]
/// naming the JSON Pointer; everything else is a diagnostic.
///
/// ```
/// use kehoach::{validate, Lang};
/// let error = validate::validate_plan_json(r#"{"schemaVersion": 1, "year": "2023"}"#, Lang::En)
///     .unwrap_err();
/// assert_eq!(error.path, "/year");
/// ```
pub fn validate_plan_json(text: &str, lang: Lang) -> Result<Vec<Diagnostic>, LoadError> {
    let plan = Plan::from_json_str(text)?;
    Ok(validate_plan(&plan, lang))
}

/// Every rule of the plan validator with its documentation, in code order.
pub fn catalogue() -> &'static [RuleDoc] {
    catalogue::CATALOGUE
}

/// The validator's rule with this code ("DOC007"), with its documentation.
pub fn rule(code: &str) -> Option<&'static RuleDoc> {
    catalogue::rule(code)
}

/// A word of a message in both languages. It fills a placeholder of the message but stays out
/// of the diagnostic's `params`, which hold only language-neutral values (ids, numbers, ISO
/// dates, text quoted from the plan) so both languages carry the same params.
pub(crate) struct Word {
    name: &'static str,
    vi: String,
    en: String,
}

/// A message word in both languages.
pub(crate) fn word(name: &'static str, vi: impl Into<String>, en: impl Into<String>) -> Word {
    Word {
        name,
        vi: vi.into(),
        en: en.into(),
    }
}

/// A date as messages print it: "15/02/2023" in Vietnamese, "2023-02-15" in English.
pub(crate) fn date_word(name: &'static str, date: Date) -> Word {
    word(
        name,
        crate::vietnamese::short_date(date),
        crate::model::iso_date::format(date),
    )
}

/// Collects the diagnostics of one validation run.
pub(crate) struct Checker<'p> {
    /// The plan under validation.
    pub plan: &'p Plan,
    lang: Lang,
    out: Vec<Diagnostic>,
}

impl<'p> Checker<'p> {
    fn new(plan: &'p Plan, lang: Lang) -> Self {
        Checker {
            plan,
            lang,
            out: Vec::new(),
        }
    }

    /// Records a breach of `rule` at `path`.
    pub fn emit(&mut self, rule: &Rule, path: impl Into<String>, params: Params) {
        self.emit_with(rule, path, params, Vec::new());
    }

    /// Records a breach of `rule` at `path`, its message also using `words`.
    pub fn emit_with(
        &mut self,
        rule: &Rule,
        path: impl Into<String>,
        params: Params,
        words: Vec<Word>,
    ) {
        let words: Vec<(&str, &str)> = words
            .iter()
            .map(|word| {
                let text = match self.lang {
                    Lang::Vi => &word.vi,
                    Lang::En => &word.en,
                };
                (word.name, text.as_str())
            })
            .collect();
        let diagnostic = rule.at_with_words(path.into(), params, &words, self.lang);
        self.out.push(diagnostic);
    }

    /// The day the plan counts as issued: its date, or for an undated draft the last day of its
    /// year of issue (it cannot be issued later than that and keep its date line).
    pub fn reference_date(&self) -> Option<Date> {
        let issued = &self.plan.document.issued;
        issued
            .date
            .or_else(|| Date::from_calendar_date(issued.year, Month::December, 31).ok())
    }
}

/// Finds repeats among `(path, key, shown)` items: for each item whose key was seen before,
/// returns its path, the path of the first item with that key, and what to show.
///
/// Keys are text (see [`compound_key`] for keys of several parts): one list type for every
/// check ([`SortedList`]), where a map per key type would each add its code to the npm module.
pub(crate) fn repeats<'a>(
    items: impl IntoIterator<Item = (String, String, &'a str)>,
) -> Vec<(String, String, &'a str)> {
    let mut seen: SortedList<String, String> = SortedList::default();
    let mut out = Vec::new();
    for (path, key, shown) in items {
        match seen.get(&key) {
            Some(first) => out.push((path, first.clone(), shown)),
            None => {
                seen.insert(key, path);
            }
        }
    }
    out
}

/// One text key from several parts, each prefixed with its length so that no two different
/// lists of parts give the same key.
pub(crate) fn compound_key(parts: &[&str]) -> String {
    let mut key = String::new();
    for part in parts {
        key.push_str(&part.len().to_string());
        key.push(':');
        key.push_str(part);
    }
    key
}

/// Ids sorted and without repeats, for [`has_id`] (a plan names tens of units, and a sorted
/// list needs no set type of its own in the npm module).
pub(crate) fn sorted_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut ids: Vec<&str> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Whether the [`sorted_ids`] hold `id`.
pub(crate) fn has_id(ids: &[&str], id: &str) -> bool {
    ids.binary_search(&id).is_ok()
}
