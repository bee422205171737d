//! Reporting: a schedule that is non-empty, without repeats, in time order; a deadline that
//! exists in every report's month and leaves at least one working day from the data cut-off to
//! the deadline, the deadline day included (Nghị định 09/2019, Điều 8 khoản 5 điểm b); a named
//! recipient.

use time::{Date, Month};

use super::catalogue::*;
use super::names::{self, report_last_month};
use super::{date_word, repeats, word, Checker, Word};
use crate::calendar::{working_days_to, CUT_OFF_DAY};
use crate::diagnostic::Params;
use crate::model::iso_date;
use crate::model::save::JsonName;
use crate::ReportKind;

pub(super) fn check(c: &mut Checker) {
    let reporting = &c.plan.implementation.reporting;
    if reporting.recipient.name.trim().is_empty() {
        c.emit(
            &RPT010,
            "/implementation/reporting/recipient/name",
            Params::new(),
        );
    }
    schedule(c);
    deadline(c);
    holidays(c);
}

fn schedule(c: &mut Checker) {
    let schedule = &c.plan.implementation.reporting.schedule;
    let base = "/implementation/reporting/schedule";
    if schedule.is_empty() {
        c.emit(&RPT001, base, Params::new());
    }
    let keyed = schedule
        .iter()
        .enumerate()
        .map(|(index, kind)| (format!("{base}/{index}"), kind.json_name().to_owned(), ""));
    let repeated = repeats(keyed);
    let mut previous: Option<ReportKind> = None;
    for (index, kind) in schedule.iter().enumerate() {
        let path = format!("{base}/{index}");
        if let Some((_, first, _)) = repeated.iter().find(|(repeat, _, _)| *repeat == path) {
            c.emit_with(
                &RPT002,
                path,
                Params::new()
                    .with("report", kind.json_name())
                    .with("first", first.as_str()),
                vec![names::report("reportName", *kind)],
            );
            continue;
        }
        if let Some(before) = previous.filter(|before| before > kind) {
            c.emit_with(
                &RPT003,
                path.clone(),
                Params::new()
                    .with("report", kind.json_name())
                    .with("previous", before.json_name()),
                vec![
                    names::report("reportName", *kind),
                    names::report("previousName", before),
                ],
            );
        }
        previous = Some(previous.map_or(*kind, |before| before.max(*kind)));
        let overlaps = match kind {
            ReportKind::Quarter2 => Some(ReportKind::HalfYear),
            ReportKind::Quarter3 => Some(ReportKind::NineMonths),
            ReportKind::Quarter4 => Some(ReportKind::Year),
            _ => None,
        };
        if let Some(other) = overlaps.filter(|other| schedule.contains(other)) {
            c.emit_with(
                &RPT004,
                path,
                Params::new()
                    .with("report", kind.json_name())
                    .with("other", other.json_name()),
                vec![
                    names::report("reportName", *kind),
                    names::report("otherName", other),
                ],
            );
        }
    }
}

/// Each report due in the plan's year, with the month its deadline falls in, in time order.
fn reports_due(schedule: &[ReportKind]) -> Vec<(ReportKind, u8)> {
    let mut due: Vec<(ReportKind, u8)> = Vec::new();
    for kind in schedule {
        if due.iter().any(|(seen, _)| seen == kind) {
            continue;
        }
        match report_last_month(*kind) {
            Some(month) => due.push((*kind, month)),
            None => due.extend((1..=12).map(|month| (*kind, month))),
        }
    }
    due
}

/// "Báo cáo quý I", or for a monthly report "Báo cáo tháng 3".
fn report_word(kind: ReportKind, month: u8) -> Word {
    if kind == ReportKind::Month {
        word(
            "reportName",
            format!("Báo cáo tháng {month}"),
            format!("Monthly report ({month})"),
        )
    } else {
        names::report("reportName", kind)
    }
}

fn deadline(c: &mut Checker) {
    let plan = c.plan;
    let reporting = &plan.implementation.reporting;
    let Some(day) = reporting.deadline_day else {
        return;
    };
    let path = "/implementation/reporting/deadlineDay";
    if !(1..=31).contains(&day) {
        c.emit(&RPT005, path, Params::new().with("day", u32::from(day)));
        return;
    }
    if day <= CUT_OFF_DAY {
        c.emit(
            &RPT007,
            path,
            Params::new()
                .with("day", u32::from(day))
                .with("cutOff", u32::from(CUT_OFF_DAY)),
        );
        return;
    }
    for (kind, month) in reports_due(&reporting.schedule) {
        let Ok(month_of) = Month::try_from(month) else {
            continue;
        };
        let Ok(cut_off) = Date::from_calendar_date(plan.year, month_of, CUT_OFF_DAY) else {
            continue; // a year out of range: YR009
        };
        let Ok(due) = Date::from_calendar_date(plan.year, month_of, day) else {
            c.emit_with(
                &RPT006,
                path,
                Params::new()
                    .with("report", kind.json_name())
                    .with("month", u32::from(month))
                    .with("year", plan.year)
                    .with("day", u32::from(day)),
                vec![report_word(kind, month)],
            );
            continue;
        };
        if working_days_to(cut_off, due, &reporting.holidays) == 0 {
            c.emit_with(
                &RPT008,
                path,
                Params::new()
                    .with("report", kind.json_name())
                    .with("deadline", iso_date::format(due))
                    .with("cutOff", iso_date::format(cut_off)),
                vec![
                    report_word(kind, month),
                    date_word("deadlineText", due),
                    date_word("cutOffText", cut_off),
                ],
            );
        }
    }
}

fn holidays(c: &mut Checker) {
    let plan = c.plan;
    for (index, holiday) in plan.implementation.reporting.holidays.iter().enumerate() {
        if holiday.year() != plan.year {
            c.emit_with(
                &RPT009,
                format!("/implementation/reporting/holidays/{index}"),
                Params::new()
                    .with("date", iso_date::format(*holiday))
                    .with("year", plan.year),
                vec![date_word("dateText", *holiday)],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::working_days_to;

    #[test]
    fn the_deadline_day_counts_and_the_cut_off_day_does_not() {
        let cut_off = date!(2023 - 06 - 14); // Wednesday
        assert_eq!(working_days_to(cut_off, cut_off, &[]), 0);
        assert_eq!(working_days_to(cut_off, date!(2023 - 06 - 15), &[]), 1);
        assert_eq!(working_days_to(cut_off, date!(2023 - 06 - 20), &[]), 4);
        // A holiday on the 15th: the 15th gives none, Friday 16th one.
        let holidays = [date!(2023 - 06 - 15)];
        assert_eq!(
            working_days_to(cut_off, date!(2023 - 06 - 15), &holidays),
            0
        );
        assert_eq!(
            working_days_to(cut_off, date!(2023 - 06 - 16), &holidays),
            1
        );
        // Holidays on the 15th and 16th, then the weekend: Saturday 17th gives none.
        let holidays = [date!(2023 - 06 - 15), date!(2023 - 06 - 16)];
        assert_eq!(
            working_days_to(cut_off, date!(2023 - 06 - 17), &holidays),
            0
        );
        assert_eq!(
            working_days_to(cut_off, date!(2023 - 06 - 19), &holidays),
            1
        );
    }
}
