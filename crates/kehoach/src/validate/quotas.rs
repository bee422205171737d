//! Quotas: sensible bounds, a counted form and units that exist, a period that still has a
//! period left in the plan's year, and a text that says what the fields say.

use time::{Date, Month};

use super::catalogue::*;
use super::{compound_key, date_word, has_id, names, repeats, sorted_ids, Checker};
use crate::diagnostic::Params;
use crate::model::iso_date;
use crate::model::save::JsonName;
use crate::text::fold::{find_ci, strip_prefix_ci};
use crate::{Measure, PeriodType, Quota, QuotaScope};

pub(super) fn check(c: &mut Checker) {
    let plan = c.plan;
    let units = sorted_ids(plan.units.iter().map(|unit| unit.id.as_str()));
    for (index, quota) in plan.quotas.iter().enumerate() {
        let base = format!("/quotas/{index}");
        bounds(c, &base, quota);
        if plan.form(&quota.form).is_none() {
            c.emit(
                &QTA006,
                format!("{base}/form"),
                Params::new().with("form", quota.form.as_str()),
            );
        }
        period_fits(c, &base, quota);
        match quota.scope {
            QuotaScope::Agency if !quota.units.is_empty() => {
                c.emit(&QTA009, format!("{base}/units"), Params::new());
            }
            _ => {
                for (u, unit) in quota.units.iter().enumerate() {
                    if !has_id(&units, unit) {
                        c.emit(
                            &QTA008,
                            format!("{base}/units/{u}"),
                            Params::new().with("unit", unit.as_str()),
                        );
                    }
                }
            }
        }
        if let Some(text) = &quota.text {
            against_text(c, &base, quota, text);
        }
    }
    duplicates(c);
}

fn bounds(c: &mut Checker, base: &str, quota: &Quota) {
    if quota.min == 0 {
        c.emit(&QTA001, format!("{base}/min"), Params::new());
    }
    if let Some(max) = quota.max {
        if max < quota.min {
            c.emit(
                &QTA002,
                format!("{base}/max"),
                Params::new().with("max", max).with("min", quota.min),
            );
        }
    }
    match quota.measure {
        Measure::Share => {
            let values = [("min", Some(quota.min)), ("max", quota.max)];
            for (field, value) in values {
                if let Some(value) = value.filter(|v| *v > 100) {
                    c.emit(
                        &QTA003,
                        format!("{base}/{field}"),
                        Params::new().with("value", value),
                    );
                }
            }
            if quota.population.is_none_or(|p| p == 0) {
                c.emit(&QTA004, format!("{base}/population"), Params::new());
            }
        }
        Measure::Count => {
            if let Some(population) = quota.population {
                c.emit(
                    &QTA005,
                    format!("{base}/population"),
                    Params::new().with("population", population),
                );
            }
        }
    }
}

/// The last day of the last period of this type in `year`.
fn last_period_end(period: PeriodType, year: i32) -> Option<Date> {
    let (month, day) = match period {
        PeriodType::HalfYear => (Month::June, 30),
        PeriodType::NineMonths => (Month::September, 30),
        PeriodType::Month | PeriodType::Quarter | PeriodType::Year => (Month::December, 31),
    };
    Date::from_calendar_date(year, month, day).ok()
}

fn period_fits(c: &mut Checker, base: &str, quota: &Quota) {
    let plan = c.plan;
    // Only a plan dated within its own year can have let a period pass: an undated draft or
    // a plan issued the year before has the whole year ahead, and one issued after its year
    // is YR003's to report.
    let Some(issued) = plan.document.issued.date.filter(|d| d.year() == plan.year) else {
        return;
    };
    let Some(end) = last_period_end(quota.period, plan.year) else {
        return;
    };
    if end < issued {
        c.emit_with(
            &QTA007,
            format!("{base}/period"),
            Params::new()
                .with("period", quota.period.json_name())
                .with("year", plan.year)
                .with("end", iso_date::format(end))
                .with("date", iso_date::format(issued)),
            vec![
                names::period("periodName", quota.period),
                date_word("endText", end),
                date_word("dateText", issued),
            ],
        );
    }
}

/// The number after "ít nhất", "tối thiểu"… in a quota's text.
fn minimum_in(text: &str) -> Option<u32> {
    const TRIGGERS: &[&str] = &["ít nhất", "tối thiểu", "không ít hơn", "không dưới"];
    let (_, end) = TRIGGERS
        .iter()
        .filter_map(|trigger| find_ci(text, trigger))
        .min()?;
    let mut rest = text.get(end..)?.trim_start();
    if let Some(after) = strip_prefix_ci(rest, "là ") {
        rest = after.trim_start();
    }
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The period types a quota's text names ("Hằng tháng" → month), shortest first, each once.
fn periods_in(text: &str) -> Vec<PeriodType> {
    const WORDS: &[(PeriodType, &[&str])] = &[
        (
            PeriodType::Month,
            &["hằng tháng", "hàng tháng", "mỗi tháng", "/tháng"],
        ),
        (
            PeriodType::Quarter,
            &["hằng quý", "hàng quý", "mỗi quý", "/quý"],
        ),
        (PeriodType::HalfYear, &["6 tháng", "sáu tháng"]),
        (PeriodType::NineMonths, &["9 tháng", "chín tháng"]),
        (
            PeriodType::Year,
            &["hằng năm", "hàng năm", "mỗi năm", "/năm"],
        ),
    ];
    // WORDS go shortest period first, so pushing each period once keeps the list in order.
    let mut found = Vec::new();
    for (period, words) in WORDS {
        for word in *words {
            let mut rest = text;
            while let Some((start, end)) = find_ci(rest, word) {
                // "16 tháng" is not "6 tháng".
                let after_digit = rest
                    .get(..start)
                    .and_then(|before| before.chars().next_back())
                    .is_some_and(|c| c.is_ascii_digit());
                if !after_digit && found.last() != Some(period) {
                    found.push(*period);
                }
                rest = rest.get(end..).unwrap_or("");
            }
        }
    }
    found
}

fn against_text(c: &mut Checker, base: &str, quota: &Quota, text: &str) {
    if let Some(text_min) = minimum_in(text) {
        if text_min != quota.min {
            c.emit(
                &QTA010,
                format!("{base}/min"),
                Params::new()
                    .with("textMin", text_min)
                    .with("min", quota.min),
            );
        }
    }
    let named = periods_in(text);
    if let (1, Some(text_period)) = (named.len(), named.first().copied()) {
        if text_period != quota.period {
            c.emit_with(
                &QTA011,
                format!("{base}/period"),
                Params::new()
                    .with("period", quota.period.json_name())
                    .with("textPeriod", text_period.json_name()),
                vec![
                    names::period("periodName", quota.period),
                    names::period("textPeriodName", text_period),
                ],
            );
        }
    }
}

fn duplicates(c: &mut Checker) {
    let plan = c.plan;
    let keyed = plan.quotas.iter().enumerate().map(|(index, quota)| {
        let units = sorted_ids(quota.units.iter().map(String::as_str));
        let mut parts = vec![
            quota.form.as_str(),
            quota.period.json_name(),
            quota.scope.json_name(),
            quota.measure.json_name(),
        ];
        parts.extend(units);
        let key = compound_key(&parts);
        (format!("/quotas/{index}"), key, quota.id.as_str())
    });
    for (path, first, _) in repeats(keyed) {
        c.emit(&QTA012, path, Params::new().with("first", first));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_minimum_and_period_from_text() {
        let seed = "Hằng tháng, có ít nhất 04 tin, bài về CCHC đăng trên trang thông tin điện tử.";
        assert_eq!(minimum_in(seed), Some(4));
        assert_eq!(periods_in(seed), vec![PeriodType::Month]);
        assert_eq!(minimum_in("tối thiểu là 90% cán bộ"), Some(90));
        assert_eq!(minimum_in("04 số/tháng"), None);
        assert_eq!(
            periods_in("Bản tin điện tử 04 số/tháng"),
            vec![PeriodType::Month]
        );
        assert_eq!(
            periods_in("báo cáo 6 tháng đầu năm"),
            vec![PeriodType::HalfYear]
        );
        assert!(periods_in("trong 16 tháng").is_empty());
        assert_eq!(
            periods_in("mỗi năm 02 lần, hằng tháng 01 tin; hàng tháng"),
            vec![PeriodType::Month, PeriodType::Year]
        );
    }
}
