//! Every text that reaches the HTML report, fed every payload of `tests/fixtures/xss/payloads.txt`:
//! the page must only ever contain the markup the renderer itself writes.

use std::collections::BTreeSet;

use kehoach::report::{render_log, render_plan, ReportFormat, ReportOptions};
use kehoach::{Lang, Plan};
use serde_json::Value;

const PAYLOADS: &str = include_str!("../../../../tests/fixtures/xss/payloads.txt");

/// Keys whose strings are identifiers, enum values or dates: they must stay valid for the plan
/// to load and its references to hold. Every other string is text a person wrote.
const NOT_TEXT: &[&str] = &[
    "id",
    "kind",
    "form",
    "units",
    "unit",
    "monitoringUnit",
    "measure",
    "period",
    "scope",
    "date",
    "channels",
    "schedule",
    "authority",
    "holidays",
    "audience",
    "lead",
    "coordinating",
    "from",
    "due",
    "every",
    "task",
];

/// Replaces every text string under `value` by `payload`, counting them.
fn poison(value: &mut Value, key: Option<&str>, payload: &str, count: &mut usize) {
    if key.is_some_and(|key| NOT_TEXT.contains(&key)) {
        return;
    }
    match value {
        Value::String(text) => {
            *text = payload.to_string();
            *count += 1;
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| poison(item, key, payload, count)),
        Value::Object(map) => {
            for (name, item) in map.iter_mut() {
                poison(item, Some(name), payload, count);
            }
        }
        _ => {}
    }
}

/// Tag names the page contains (`<table`, `</td` count as `table`, `td`).
fn tags(html: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (index, _) in html.match_indices('<') {
        let rest = &html[index + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        if !name.is_empty() {
            found.insert(name.to_ascii_lowercase());
        }
    }
    found
}

/// Attributes of the page's tags whose name starts with "on" (event handlers), and URL
/// attributes that are not plain http(s) links.
fn dangerous_attributes(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (index, _) in html.match_indices('<') {
        let tag = &html[index
            ..html[index..]
                .find('>')
                .map_or(html.len(), |end| index + end)];
        let lower = tag.to_ascii_lowercase();
        for (position, _) in lower.match_indices(" on") {
            let rest = &lower[position + 3..];
            let name: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
            if rest[name.len()..].trim_start().starts_with('=') {
                found.push(tag.to_string());
            }
        }
        for attribute in ["href=", "src=", "action=", "formaction=", "data="] {
            for (position, _) in lower.match_indices(attribute) {
                let value = lower[position + attribute.len()..].trim_start_matches(['"', '\'']);
                if !(value.starts_with("http://")
                    || value.starts_with("https://")
                    || value.starts_with('#'))
                {
                    found.push(tag.to_string());
                }
            }
        }
    }
    found
}

fn log_with(payload: &str) -> String {
    let mut lines = Vec::new();
    for (index, form) in ["tin-bai-website", "hoi-nghi-tap-huan", "clip-mang-xa-hoi"]
        .iter()
        .enumerate()
    {
        let record = serde_json::json!({
            "schemaVersion": 1,
            "date": format!("2023-02-{:02}", index + 1),
            "unit": "van-phong",
            "form": form,
            "title": payload,
            "evidence": payload,
            "notes": payload,
        });
        lines.push(record.to_string());
    }
    // A record whose form and unit are unknown: it is listed as unmatched, with its text.
    lines.push(
        serde_json::json!({"schemaVersion": 1, "date": "2023-02-05", "unit": payload, "form": payload, "title": payload})
            .to_string(),
    );
    lines.join("\n")
}

#[test]
fn no_payload_reaches_the_html_report_as_markup() {
    let payloads: Vec<&str> = PAYLOADS
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert!(payloads.len() >= 50, "{} payloads", payloads.len());
    let clean_plan = Plan::from_json_str(kehoach::examples::LANG_SON_2023).expect("bundled plan");
    let period = "2023-Q1".parse().expect("period");
    let options = |lang| ReportOptions {
        format: ReportFormat::Html,
        lang,
        ..ReportOptions::default()
    };
    let clean = render_log(
        &clean_plan,
        &log_with("Tin bài"),
        &period,
        &options(Lang::Vi),
    );
    let allowed = tags(&clean);
    assert!(allowed.contains("table") && !allowed.contains("script"));

    let base: Value = serde_json::from_str(kehoach::examples::LANG_SON_2023).expect("JSON");
    let mut failures = Vec::new();
    for payload in &payloads {
        let mut value = base.clone();
        let mut fields = 0;
        poison(&mut value, None, payload, &mut fields);
        assert!(
            fields >= 80,
            "every text field of the plan is poisoned ({fields})"
        );
        let plan = Plan::from_json_value(value)
            .expect("a poisoned plan still loads: only its texts changed");
        for lang in [Lang::Vi, Lang::En] {
            let html = render_log(&plan, &log_with(payload), &period, &options(lang));
            let extra: Vec<String> = tags(&html).difference(&allowed).cloned().collect();
            let dangerous = dangerous_attributes(&html);
            let raw = payload.contains(['<', '>', '"']) && html.contains(payload);
            if !extra.is_empty() || !dangerous.is_empty() || raw {
                failures.push(format!(
                    "{payload:?} ({lang:?}): tags {extra:?}, attributes {dangerous:?}, raw {raw}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "unescaped output:\n{}",
        failures.join("\n")
    );
}

/// A log of the district plan naming its tasks, its texts `payload`.
fn district_log_with(payload: &str) -> String {
    [
        ("nv-03", "hoi-nghi-hop"),
        ("nv-10", "tin-bai-website"),
        ("nv-12", "pa-no-ap-phich"),
    ]
    .iter()
    .enumerate()
    .map(|(index, (task, form))| {
        serde_json::json!({
            "schemaVersion": 2,
            "date": format!("2024-02-{:02}", index + 1),
            "unit": "van-phong",
            "form": form,
            "task": task,
            "title": payload,
            "evidence": format!("{payload}{index}"),
        })
        .to_string()
    })
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn no_payload_reaches_the_task_table_or_the_appendix_as_markup() {
    let payloads: Vec<&str> = PAYLOADS
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let period = "2024-Q1".parse().expect("period");
    let options = ReportOptions {
        format: ReportFormat::Html,
        ..ReportOptions::default()
    };
    let clean_plan =
        Plan::from_json_str(kehoach::examples::HUYEN_HOA_LAM_2024).expect("bundled plan");
    let clean_report = render_log(&clean_plan, &district_log_with("Tin"), &period, &options);
    let clean_document = render_plan(&clean_plan, ReportFormat::Html, Lang::Vi).expect("plan");
    assert!(clean_report.contains("Kết quả thực hiện nhiệm vụ"));
    assert!(clean_document.contains("<section class=\"appendix\">"));
    let allowed: BTreeSet<String> = tags(&clean_report)
        .union(&tags(&clean_document))
        .cloned()
        .collect();
    let base: Value = serde_json::from_str(kehoach::examples::HUYEN_HOA_LAM_2024).expect("JSON");
    let mut failures = Vec::new();
    for payload in &payloads {
        let mut value = base.clone();
        let mut fields = 0;
        poison(&mut value, None, payload, &mut fields);
        let plan = Plan::from_json_value(value)
            .expect("a poisoned plan still loads: only its texts changed");
        assert!(plan.tasks.iter().all(|task| task.content == *payload));
        let report = render_log(&plan, &district_log_with(payload), &period, &options);
        let document = render_plan(&plan, ReportFormat::Html, Lang::Vi).expect("plan");
        for (name, html) in [("report", report), ("plan", document)] {
            let extra: Vec<String> = tags(&html).difference(&allowed).cloned().collect();
            let dangerous = dangerous_attributes(&html);
            let raw = payload.contains(['<', '>', '"']) && html.contains(payload);
            if !extra.is_empty() || !dangerous.is_empty() || raw {
                failures.push(format!(
                    "{payload:?} ({name}): tags {extra:?}, attributes {dangerous:?}, raw {raw}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "unescaped output:\n{}",
        failures.join("\n")
    );
}
