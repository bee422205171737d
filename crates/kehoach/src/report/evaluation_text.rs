//! The evaluation at a glance, for a terminal (`kehoach evaluate --format text`): ids and
//! figures in aligned tables, without the administrative form of a report.

use super::layout::text_table;
use super::words::{activities, count, counted, pick, quantities, task_status, verdict};
use crate::evaluate::{Evaluation, LogSummary, QuotaEvaluation, QuotaStatus};
use crate::period::{span_short, DeadlineStatus, WindowKind};
use crate::{Lang, Measure, Plan};

/// Renders an evaluation as plain text in `lang`.
pub fn evaluation_text(plan: &Plan, evaluation: &Evaluation, lang: Lang) -> String {
    let mut out = String::new();
    header(&mut out, plan, evaluation, lang);
    for quota in &evaluation.quotas {
        quota_table(&mut out, quota, lang);
    }
    totals_tables(&mut out, evaluation, lang);
    task_table(&mut out, plan, evaluation, lang);
    leftovers(&mut out, evaluation, lang);
    log_counts(&mut out, &evaluation.log, lang);
    out
}

/// What is evaluated: the period and the plan, the window, the report's due day.
fn header(out: &mut String, plan: &Plan, evaluation: &Evaluation, lang: Lang) {
    let p = |vi, en| pick(lang, vi, en);
    let window = &evaluation.window;
    out.push_str(&format!(
        "{} {} — {}\n",
        p("Đánh giá", "Evaluation of"),
        evaluation.period.id.label(lang),
        plan.document.subject
    ));
    let kind = match window.kind {
        WindowKind::CutOff => p(
            "chốt số liệu theo Nghị định 09/2019",
            "Decree 09/2019 cut-off window",
        ),
        WindowKind::Calendar => p("theo lịch", "calendar"),
    };
    out.push_str(&format!(
        "{}: {kind}, {}; {} {}\n",
        p("Cửa sổ", "Window"),
        span_short(&window.span, lang),
        p("tính đến", "as of"),
        super::words::short_date(lang, window.as_of)
    ));
    let quota_periods = match window.quota_periods {
        crate::QuotaPeriods::Calendar => match lang {
            Lang::Vi => format!("tháng, quý… dương lịch của năm {}", plan.year),
            Lang::En => format!("calendar months, quarters… of {}", plan.year),
        },
        crate::QuotaPeriods::ReportingWindow => {
            p("theo cửa sổ báo cáo", "the reporting windows").into()
        }
    };
    out.push_str(&format!(
        "{}: {quota_periods}\n",
        p("Kỳ chỉ tiêu", "Quota periods")
    ));
    out.push_str(&format!(
        "{}\n",
        p(
            "Kỳ chỉ tiêu bị cửa sổ cắt: tính trọn kỳ (đánh dấu *)",
            "Quota periods the window cuts: counted whole (marked *)"
        )
    ));
    let deadline = &evaluation.period.deadline;
    let due = match deadline.status {
        DeadlineStatus::Configured => deadline
            .due
            .map(|d| super::words::short_date(lang, d))
            .unwrap_or_default(),
        DeadlineStatus::NotConfigured => p(
            "chưa cấu hình (Kế hoạch không quy định ngày)",
            "not configured (the plan sets no day)",
        )
        .into(),
        DeadlineStatus::InvalidDay => p("ngày không hợp lệ", "invalid day").into(),
        DeadlineStatus::NotAReport => p("không phải kỳ báo cáo", "not a report period").into(),
    };
    out.push_str(&format!("{}: {due}\n", p("Hạn báo cáo", "Report due")));
}

/// One quota, a row per sub-period and scope, and how many fell short.
fn quota_table(out: &mut String, quota: &QuotaEvaluation, lang: Lang) {
    let p = |vi, en| pick(lang, vi, en);
    let target = match quota.measure {
        Measure::Count => count(lang, quota.min),
        Measure::Share => format!("{}%", quota.min),
    };
    out.push_str(&format!(
        "\n{} {} ({}, {}, {} {target}):\n",
        p("Chỉ tiêu", "Quota"),
        quota.quota,
        quota.form,
        match lang {
            Lang::Vi => quota.period.vietnamese(),
            Lang::En => quota.period.english(),
        },
        p("ít nhất", "at least"),
    ));
    let columns: Vec<String> = [
        p("Kỳ", "Period"),
        p("Thời gian", "Days"),
        p("Đơn vị", "Unit"),
        p("Yêu cầu", "Required"),
        p("Thực hiện", "Achieved"),
        p("Đánh giá", "Verdict"),
    ]
    .map(String::from)
    .to_vec();
    let rows: Vec<Vec<String>> = quota
        .rows
        .iter()
        .map(|row| {
            vec![
                format!(
                    "{}{}",
                    row.period.short_label(lang),
                    if row.cut { " *" } else { "" }
                ),
                span_short(&row.span, lang),
                row.unit.clone().unwrap_or_else(|| "—".into()),
                row.required.to_string(),
                match quota.measure {
                    Measure::Count => row.achieved.to_string(),
                    Measure::Share => {
                        format!("{}% ({})", row.achieved, row.participants.unwrap_or(0))
                    }
                },
                verdict(lang, row, quota.max),
            ]
        })
        .collect();
    out.push_str(&text_table(&columns, &rows));
    let short = quota
        .rows
        .iter()
        .filter(|row| row.status == QuotaStatus::Short)
        .count();
    out.push_str(&format!(
        "{}: {short}/{}\n",
        p("Số kỳ chưa đạt", "Periods short"),
        quota.rows.len()
    ));
}

/// What was done, by form, by audience and by unit.
fn totals_tables(out: &mut String, evaluation: &Evaluation, lang: Lang) {
    let p = |vi, en| pick(lang, vi, en);
    out.push_str(&format!("\n{}:\n", p("Theo hình thức", "By form")));
    let rows: Vec<Vec<String>> = evaluation
        .forms
        .iter()
        .map(|form| {
            vec![
                form.form.clone(),
                form.audience.clone(),
                counted(lang, form.kind, form.totals.activities),
                quantities(lang, &form.totals.quantities),
            ]
        })
        .collect();
    out.push_str(&text_table(
        &[
            p("Hình thức", "Form"),
            p("Đối tượng", "Audience"),
            p("Số lượng", "Count"),
            p("Kết quả", "Figures"),
        ]
        .map(String::from),
        &rows,
    ));
    out.push_str(&format!("\n{}:\n", p("Theo đối tượng", "By audience")));
    let rows: Vec<Vec<String>> = evaluation
        .audiences
        .iter()
        .map(|audience| {
            vec![
                audience.audience.clone(),
                activities(lang, audience.totals.activities),
                quantities(lang, &audience.totals.quantities),
            ]
        })
        .collect();
    out.push_str(&text_table(
        &[
            p("Đối tượng", "Audience"),
            p("Số lượng", "Count"),
            p("Kết quả", "Figures"),
        ]
        .map(String::from),
        &rows,
    ));
    out.push_str(&format!("\n{}:\n", p("Theo đơn vị", "By unit")));
    let rows: Vec<Vec<String>> = evaluation
        .units
        .iter()
        .map(|unit| {
            vec![
                unit.unit
                    .clone()
                    .unwrap_or_else(|| p("(ngoài Kế hoạch)", "(not in the plan)").into()),
                activities(lang, unit.totals.activities),
                quantities(lang, &unit.totals.quantities),
            ]
        })
        .collect();
    out.push_str(&text_table(
        &[
            p("Đơn vị", "Unit"),
            p("Số lượng", "Count"),
            p("Kết quả", "Figures"),
        ]
        .map(String::from),
        &rows,
    ));
}

/// Where each task of the plan's table stands: id, timing as written, activities in the window
/// and to date, status.
fn task_table(out: &mut String, plan: &Plan, evaluation: &Evaluation, lang: Lang) {
    if evaluation.tasks.is_empty() {
        return;
    }
    let p = |vi, en| pick(lang, vi, en);
    out.push_str(&format!("\n{}:\n", p("Nhiệm vụ", "Tasks")));
    let rows: Vec<Vec<String>> = evaluation
        .tasks
        .iter()
        .map(|task| {
            let timing = plan.task(&task.task).and_then(|t| t.timing.as_ref());
            vec![
                task.task.clone(),
                timing.map_or_else(|| "—".into(), |timing| timing.text.clone()),
                count(lang, task.in_window),
                count(lang, task.to_date),
                task_status(
                    lang,
                    task.status,
                    timing,
                    task.in_window,
                    evaluation.window.as_of,
                ),
            ]
        })
        .collect();
    out.push_str(&text_table(
        &[
            p("Nhiệm vụ", "Task"),
            p("Thời gian", "Timing"),
            p("Trong kỳ", "In window"),
            p("Lũy kế", "To date"),
            p("Tình trạng", "Status"),
        ]
        .map(String::from),
        &rows,
    ));
}

/// The plan's forms nothing was done in, and the activities no form of the plan matched.
fn leftovers(out: &mut String, evaluation: &Evaluation, lang: Lang) {
    let p = |vi, en| pick(lang, vi, en);
    if !evaluation.forms_without_activity.is_empty() {
        out.push_str(&format!(
            "\n{}: {}\n",
            p("Hình thức chưa thực hiện", "Forms without activity"),
            evaluation.forms_without_activity.join(", ")
        ));
    }
    if !evaluation.unmatched.is_empty() {
        out.push_str(&format!(
            "\n{}:\n",
            p(
                "Hoạt động không khớp hình thức nào của Kế hoạch",
                "Activities matching no form of the plan"
            )
        ));
        for activity in &evaluation.unmatched {
            out.push_str(&format!(
                "  /{} {} {} \"{}\"\n",
                activity.index,
                crate::model::iso_date::format(activity.date),
                activity.form,
                activity.title
            ));
        }
    }
}

/// How the log's records were counted, and the diagnostics by code.
fn log_counts(out: &mut String, log: &LogSummary, lang: Lang) {
    let p = |vi, en| pick(lang, vi, en);
    out.push_str(&format!(
        "\n{}: {} {}, {} {}; {} {}, {} {}, {} {}, {} {}, {} {}, {} {}\n",
        p("Sổ theo dõi", "Log"),
        log.records,
        p("bản ghi", "records"),
        log.rejected,
        p("không đọc được", "unreadable"),
        log.counted,
        p("được tính", "counted"),
        log.duplicates,
        p("trùng", "duplicates"),
        log.outside_window,
        p("ngoài cửa sổ", "outside the window"),
        log.outside_plan,
        p("ngoài Kế hoạch", "outside the plan"),
        log.after_as_of,
        p("sau ngày tính", "after the as-of day"),
        log.unmatched,
        p("không khớp", "unmatched"),
    ));
    if !log.by_code.is_empty() {
        let codes: Vec<String> = log
            .by_code
            .iter()
            .map(|entry| format!("{} ×{}", entry.code, entry.count))
            .collect();
        out.push_str(&format!(
            "{}: {}\n",
            p("Chẩn đoán", "Diagnostics"),
            codes.join(", ")
        ));
    }
}
