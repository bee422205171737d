//! A short readable summary of a plan, for people at a terminal.

use crate::{vietnamese, Plan};

/// Summarises a plan in Vietnamese: issuer, number, date, audiences, forms, quotas, reporting.
pub fn plan_summary(plan: &Plan) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    document_lines(plan, &mut line);
    content_lines(plan, &mut line);
    quota_lines(plan, &mut line);
    line(reporting_line(plan));
    out
}

/// The document: title and subject, issuing bodies, number, place and date, signer.
fn document_lines(plan: &Plan, line: &mut impl FnMut(String)) {
    let doc = &plan.document;
    line(format!("{} {}", doc.title, doc.subject));
    if let Some(parent) = &doc.parent_body {
        line(format!("Cơ quan chủ quản: {}", parent.name));
    }
    line(format!("Cơ quan ban hành: {}", doc.issuer.name));
    let number = match doc.number.parse() {
        Some(parsed) if parsed.sequence.is_none() => {
            format!("Số: {} (dự thảo, chưa cấp số)", doc.number.as_str())
        }
        _ => format!("Số: {}", doc.number.as_str()),
    };
    line(number);
    line(match doc.issued.date {
        Some(date) => format!(
            "Ban hành: {}, {}",
            doc.issued.place,
            vietnamese::long_date(date)
        ),
        None => format!(
            "Ban hành: {}, năm {} (dự thảo, chưa ghi ngày tháng)",
            doc.issued.place, doc.issued.year
        ),
    });
    let signer = match (&doc.signature.authority, &doc.signature.signer_title) {
        (Some(authority), Some(title)) => format!(
            "{} {} – {} {}",
            authority.notation(),
            doc.signature.head_title,
            title,
            doc.signature.signer_name
        ),
        _ => format!("{} {}", doc.signature.head_title, doc.signature.signer_name),
    };
    line(format!("Người ký: {signer}"));
}

/// What the plan holds: legal bases, purposes and requirements, audiences and their forms.
fn content_lines(plan: &Plan, line: &mut impl FnMut(String)) {
    line(format!("Căn cứ: {} văn bản", plan.legal_bases.len()));
    for basis in &plan.legal_bases {
        let number = basis
            .number
            .as_ref()
            .map_or(String::new(), |n| format!(" số {}", n.as_str()));
        let date = basis.date.map_or(String::new(), |d| {
            format!(" ngày {}", vietnamese::short_date(d))
        });
        line(format!("  - {}{number}{date}", basis.kind.vietnamese()));
    }
    line(format!(
        "Mục đích: {} ý; yêu cầu: {} ý",
        plan.purposes.len(),
        plan.requirements.len()
    ));
    for audience in &plan.audiences {
        line(format!(
            "{} ({} nội dung, {} hình thức):",
            audience.heading,
            audience.content.len(),
            audience.forms.len()
        ));
        for form in &audience.forms {
            line(format!("  - {} [{}]", form.name, form.kind.vietnamese()));
        }
    }
}

/// One line a quota: its period, target and form.
fn quota_lines(plan: &Plan, line: &mut impl FnMut(String)) {
    for quota in &plan.quotas {
        let form = plan
            .form(&quota.form)
            .map_or(quota.form.as_str(), |form| form.name.as_str());
        let target = match quota.measure {
            crate::Measure::Count => format!("ít nhất {}", vietnamese::padded_count(quota.min)),
            crate::Measure::Share => format!("tối thiểu {}%", quota.min),
        };
        line(format!(
            "Chỉ tiêu: {}, {target} – {form}",
            capitalise(quota.period.vietnamese())
        ));
    }
}

/// Who follows the plan up, and whom reports go to, when.
fn reporting_line(plan: &Plan) -> String {
    let reporting = &plan.implementation.reporting;
    let monitor = plan
        .unit(&plan.implementation.monitoring_unit)
        .map_or(plan.implementation.monitoring_unit.as_str(), |unit| {
            unit.name.as_str()
        });
    let schedule: Vec<&str> = reporting
        .schedule
        .iter()
        .map(|kind| kind.vietnamese())
        .collect();
    format!(
        "Theo dõi, đôn đốc: {monitor}; báo cáo về {}: {}",
        reporting.recipient.name,
        schedule.join(", ")
    )
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let mut out = String::with_capacity(text.len());
            crate::text::fold::push_upper(first, &mut out);
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}
