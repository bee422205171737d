//! The district example (`examples/plans/huyen-hoa-lam-2024.*`): the plan as data says what its
//! text says, validates clean, and its task table writes every kind of time.

use std::collections::BTreeSet;

use kehoach::validate::validate_plan;
use kehoach::{Lang, Plan, TimingKind};

use crate::support::{read, repo_root};

const ID: &str = "huyen-hoa-lam-2024";

fn district_plan() -> Plan {
    Plan::from_json_str(kehoach::examples::HUYEN_HOA_LAM_2024).expect("the district plan loads")
}

/// Collapses runs of white space, as a text's wrapped cells and aligned columns need.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_district_plan_validates_with_no_finding() {
    let diagnostics = validate_plan(&district_plan(), Lang::Vi);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

#[test]
fn the_district_plan_file_is_what_the_writer_writes() {
    let written = district_plan().to_json_string();
    assert_eq!(
        written.trim_end(),
        kehoach::examples::HUYEN_HOA_LAM_2024.trim_end()
    );
}

#[test]
fn the_tasks_write_every_kind_of_time_a_plan_reads() {
    let plan = district_plan();
    let kinds: BTreeSet<TimingKind> = plan
        .tasks
        .iter()
        .filter_map(|task| task.timing.as_ref().map(|timing| timing.kind))
        .collect();
    let read_kinds: BTreeSet<TimingKind> = [
        TimingKind::ByDate,
        TimingKind::Month,
        TimingKind::Quarter,
        TimingKind::HalfYear,
        TimingKind::Range,
        TimingKind::Year,
        TimingKind::Continuous,
        TimingKind::Recurring,
        TimingKind::Unscheduled,
    ]
    .into_iter()
    .collect();
    assert_eq!(kinds, read_kinds);
    let everies: BTreeSet<_> = plan
        .tasks
        .iter()
        .filter_map(|task| task.timing.as_ref().and_then(|timing| timing.every))
        .collect();
    assert_eq!(everies.len(), 2, "both 'hằng tháng' and 'hằng quý'");
    // The two tasks the Quý I report turns on: one due in Quý I with nothing done, one not due.
    let timing_of = |text: &str| {
        plan.tasks
            .iter()
            .find(|task| task.timing.as_ref().is_some_and(|t| t.text == text))
            .and_then(|task| task.timing.clone())
    };
    let by_march = timing_of("Trước ngày 31/3/2024").expect("a task due by 31/3");
    assert_eq!(
        by_march.due.map(|d| d.to_string()).as_deref(),
        Some("2024-03-31")
    );
    let third = timing_of("Quý III").expect("a task of Quý III");
    assert_eq!(
        third.from.map(|d| d.to_string()).as_deref(),
        Some("2024-07-01")
    );
}

#[test]
fn every_body_of_the_task_table_is_a_unit_of_the_plan() {
    let plan = district_plan();
    for task in &plan.tasks {
        for unit in task.lead.iter().chain(&task.coordinating) {
            assert!(plan.unit(unit).is_some(), "{}: unit {unit}", task.id);
        }
        assert!(!task.lead.is_empty(), "{} has a lead", task.id);
    }
}

#[test]
fn the_text_and_the_pipe_table_carry_every_cell_of_the_task_table() {
    let plan = district_plan();
    let text = read(&repo_root().join(format!("examples/plans/{ID}.txt")));
    let pipe = read(&repo_root().join(format!("tests/fixtures/import/tables/{ID}-pipe.txt")));
    assert_eq!(text, kehoach::nfc(&text), "the text is NFC");
    assert_eq!(pipe, kehoach::nfc(&pipe), "the pipe table is NFC");
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains("không phải văn bản thật"), "{header}");

    // The pipe table: one row per task, its cells as the JSON says.
    let rows: Vec<Vec<&str>> = pipe
        .lines()
        .filter(|line| line.starts_with('|') && !line.starts_with("|---"))
        .map(|line| line.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    let task_rows: Vec<&Vec<&str>> = rows
        .iter()
        .filter(|cells| cells.first().is_some_and(|c| c.parse::<u32>().is_ok()))
        .collect();
    assert_eq!(task_rows.len(), plan.tasks.len());
    for (task, cells) in plan.tasks.iter().zip(task_rows) {
        let timing = task.timing.as_ref().map(|t| t.text.as_str());
        assert_eq!(cells.first().copied(), task.number.as_deref());
        assert_eq!(cells.get(1).copied(), Some(task.content.as_str()));
        assert_eq!(cells.get(4).copied(), timing);
        assert_eq!(cells.get(5).copied(), task.product.as_deref());
        let lead_names: Vec<&str> = task
            .lead
            .iter()
            .filter_map(|id| plan.unit(id).map(|unit| unit.name.as_str()))
            .collect();
        let lead_cell = cells.get(2).copied().unwrap_or_default().to_lowercase();
        for name in lead_names {
            assert!(
                lead_cell.contains(&name.to_lowercase()),
                "{}: {name}",
                task.id
            );
        }
    }
    let groups: BTreeSet<&str> = plan
        .tasks
        .iter()
        .filter_map(|t| t.group.as_deref())
        .collect();
    for group in &groups {
        let (number, title) = group.split_once(". ").expect("a numbered group");
        assert!(
            rows.iter()
                .any(|cells| cells.first() == Some(&number) && cells.get(1) == Some(&title)),
            "group row {group}"
        );
    }

    // The laid-out text: every cell's words, read down its column, are in the appendix.
    let appendix = words(text.split("PHỤ LỤC").nth(1).expect("an appendix"));
    for task in &plan.tasks {
        let first_words: String = task
            .content
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            appendix.contains(&first_words),
            "{}: {first_words}",
            task.id
        );
    }
    let heading = plan.tasks_heading.as_deref().expect("a heading");
    let (kind, title) = heading.split_once(". ").expect("PHỤ LỤC. …");
    assert!(
        text.contains(&format!("{kind}\n")) && text.contains(title),
        "{heading}"
    );
}
