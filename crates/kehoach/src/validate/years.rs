//! The plan's year, agreed across its `year`, subject, date of issue, number, budget, preamble
//! and quotas.

use super::catalogue::*;
use super::{date_word, Checker};
use crate::diagnostic::{Params, Rule};
use crate::model::iso_date;
use crate::text::date::years_named;

/// Years before the Democratic Republic or after 2100 are typing mistakes.
const PLAUSIBLE: std::ops::RangeInclusive<i32> = 1945..=2100;

pub(super) fn check(c: &mut Checker) {
    let plan = c.plan;
    let year = plan.year;
    if !PLAUSIBLE.contains(&year) {
        c.emit(&YR009, "/year", Params::new().with("year", year));
    }
    let doc = &plan.document;
    let named = years_named(&doc.subject);
    if named.is_empty() {
        c.emit(
            &YR002,
            "/document/subject",
            Params::new().with("year", year),
        );
    } else if !named.contains(&year) {
        let found = named.first().copied().unwrap_or(year);
        c.emit(
            &YR001,
            "/document/subject",
            Params::new().with("found", found).with("year", year),
        );
    }
    let issued_year = doc.issued.year;
    let issued_params = || {
        Params::new()
            .with("year", year)
            .with("issuedYear", issued_year)
    };
    if issued_year > year {
        c.emit(&YR003, "/document/issued/year", issued_params());
    } else if issued_year < year.saturating_sub(1) {
        c.emit(&YR004, "/document/issued/year", issued_params());
    }
    if let Some(date) = doc.issued.date {
        if date.year() != issued_year {
            c.emit_with(
                &YR005,
                "/document/issued/date",
                Params::new()
                    .with("date", iso_date::format(date))
                    .with("issuedYear", issued_year),
                vec![date_word("dateText", date)],
            );
        }
    }
    if let Some(parsed) = doc.number.parse() {
        if let Some(Ok(symbol_year)) = parsed.year.map(str::parse::<i32>) {
            if symbol_year != issued_year && !super::document::is_administrative(doc.kind) {
                c.emit(
                    &YR011,
                    "/document/number",
                    Params::new()
                        .with("number", doc.number.as_str())
                        .with("symbolYear", symbol_year)
                        .with("issuedYear", issued_year),
                );
            }
        }
    }
    if let Some(budget) = &plan.budget {
        if budget.fiscal_year != year {
            c.emit(
                &YR006,
                "/budget/fiscalYear",
                Params::new()
                    .with("fiscalYear", budget.fiscal_year)
                    .with("year", year),
            );
        }
        other_year(c, &YR007, "/budget/text".into(), &budget.text);
    }
    if let Some(preamble) = &plan.preamble {
        other_year(c, &YR010, "/preamble".into(), preamble);
    }
    for (index, quota) in plan.quotas.iter().enumerate() {
        if let Some(text) = &quota.text {
            other_year(c, &YR008, format!("/quotas/{index}/text"), text);
        }
    }
}

/// Reports the first year named in `text` that is not the plan's.
fn other_year(c: &mut Checker, rule: &Rule, path: String, text: &str) {
    let year = c.plan.year;
    if let Some(found) = years_named(text).into_iter().find(|named| *named != year) {
        c.emit(
            rule,
            path,
            Params::new().with("found", found).with("year", year),
        );
    }
}
