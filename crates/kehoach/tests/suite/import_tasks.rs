//! Task tables: the same small table pasted as `|` rows, as tab-separated rows, as `pdftotext
//! -layout` columns (wrapped cells, group rows, a header over two lines) and under other column
//! headers imports to the same tasks; what cannot be mapped is reported; the district example's
//! text, its pipe copy and a Word file made from it import to the example plan's task table.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use kehoach::import::{from_docx, import_plan_text, ImportResult};
use kehoach::{Plan, Severity, Task, TimingKind};
use serde_json::Value;
use time::macros::date;

use crate::support::{imported, leaves};

const PLAN: &str = include_str!("../../../../tests/fixtures/import/tables/small-plan.txt");
const PIPE: &str = include_str!("../../../../tests/fixtures/import/tables/small-pipe.txt");
const TAB: &str = include_str!("../../../../tests/fixtures/import/tables/small-tab.txt");
const LAYOUT: &str = include_str!("../../../../tests/fixtures/import/tables/small-layout.txt");
const VARIED: &str = include_str!("../../../../tests/fixtures/import/tables/small-varied.txt");

const DISTRICT_TEXT: &str = include_str!("../../../../examples/plans/huyen-hoa-lam-2024.txt");
const DISTRICT_JSON: &str = include_str!("../../../../examples/plans/huyen-hoa-lam-2024.json");
const DISTRICT_PIPE: &str =
    include_str!("../../../../tests/fixtures/import/tables/huyen-hoa-lam-2024-pipe.txt");

fn with_table(table: &str) -> ImportResult {
    imported("tables", &format!("{PLAN}\n{table}"))
}

fn codes_at(result: &ImportResult, code: &str) -> Vec<String> {
    result
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| format!("{} {}", d.path, d.message))
        .collect()
}

/// A task as the test reads it: number, group, audience, lead and coordinating units.
type Read<'a> = (&'a str, &'a str, &'a str, Vec<&'a str>, Vec<&'a str>);

#[test]
fn the_same_table_in_every_shape_imports_to_the_same_tasks() {
    let pipe = with_table(PIPE);
    let tasks = &pipe.plan.tasks;
    let read: Vec<Read<'_>> = tasks
        .iter()
        .map(|t| {
            (
                t.number.as_deref().unwrap_or(""),
                t.group.as_deref().unwrap_or(""),
                t.audience.as_deref().unwrap_or(""),
                t.lead.iter().map(String::as_str).collect(),
                t.coordinating.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let staff = "I. Đối với cán bộ, công chức, viên chức";
    let people = "II. Đối với người dân, doanh nghiệp";
    assert_eq!(
        read,
        [
            (
                "1",
                staff,
                "can-bo-cong-chuc-vien-chuc",
                vec!["phong-noi-vu"],
                vec!["van-phong-hdnd-va-ubnd"]
            ),
            (
                "2",
                staff,
                "can-bo-cong-chuc-vien-chuc",
                vec!["phong-noi-vu"],
                vec!["co-quan-don-vi"]
            ),
            (
                "3",
                people,
                "nguoi-dan-doanh-nghiep",
                vec!["phong-van-hoa-va-thong-tin"],
                vec!["phong-noi-vu", "trung-tam-van-hoa-the-thao-va-truyen-thong"]
            ),
            (
                "4",
                people,
                "nguoi-dan-doanh-nghiep",
                vec!["van-phong-hdnd-va-ubnd"],
                vec!["ubnd-cac-xa-thi-tran"]
            ),
            (
                "5",
                people,
                "nguoi-dan-doanh-nghiep",
                vec!["phong-noi-vu"],
                vec!["huyen-doan", "phong-giao-duc-va-dao-tao"]
            ),
        ]
    );
    let timings: Vec<(TimingKind, Option<time::Date>, Option<time::Date>)> = tasks
        .iter()
        .filter_map(|t| t.timing.as_ref())
        .map(|t| (t.kind, t.from, t.due))
        .collect();
    assert_eq!(
        timings,
        [
            (
                TimingKind::Quarter,
                Some(date!(2024 - 01 - 01)),
                Some(date!(2024 - 03 - 31))
            ),
            (TimingKind::Continuous, None, None),
            (TimingKind::Recurring, None, None),
            (TimingKind::ByDate, None, Some(date!(2024 - 06 - 30))),
            (
                TimingKind::Range,
                Some(date!(2024 - 04 - 01)),
                Some(date!(2024 - 09 - 30))
            ),
        ]
    );
    assert_eq!(
        tasks.first().map(|t| t.content.as_str()),
        Some("Tổ chức hội nghị quán triệt Kế hoạch tuyên truyền cải cách hành chính năm 2024")
    );
    assert_eq!(
        pipe.plan.tasks_heading.as_deref(),
        Some("PHỤ LỤC. DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024")
    );
    // The body's units keep their place; the table's new bodies follow, each reported.
    let units: Vec<&str> = pipe.plan.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(
        units,
        [
            "phong-noi-vu",
            "phong-van-hoa-va-thong-tin",
            "van-phong-hdnd-va-ubnd",
            "co-quan-don-vi",
            "trung-tam-van-hoa-the-thao-va-truyen-thong",
            "ubnd-cac-xa-thi-tran",
            "huyen-doan",
            "phong-giao-duc-va-dao-tao"
        ]
    );
    assert_eq!(codes_at(&pipe, "IMP039").len(), 5);
    // Nothing of the appendix is left to the other readers.
    assert!(
        codes_at(&pipe, "IMP101").is_empty(),
        "{:?}",
        codes_at(&pipe, "IMP101")
    );
    for (shape, table) in [("tab", TAB), ("layout", LAYOUT), ("varied headers", VARIED)] {
        let other = with_table(table);
        assert_eq!(&other.plan.tasks, tasks, "{shape}");
        assert_eq!(other.plan.units, pipe.plan.units, "{shape}");
        assert_eq!(other.plan.tasks_heading, pipe.plan.tasks_heading, "{shape}");
        let problems: Vec<&str> = other
            .diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Info)
            .map(|d| d.message.as_str())
            .collect();
        let before: Vec<&str> = pipe
            .diagnostics
            .iter()
            .filter(|d| d.severity != Severity::Info)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(problems, before, "{shape}");
    }
}

#[test]
fn what_the_table_cannot_map_is_reported_and_kept() {
    let table = "| STT | Nội dung | Chủ trì | Thời gian | Kinh phí |\n\
                 | 1 | Tổ chức hội nghị | Phòng Nội vụ | Sau khi có kinh phí | 10 triệu đồng |\n\
                 | 2 | Tập huấn | Phòng Nội vụ | Quý II |\n";
    let result = with_table(table);
    let unknown = codes_at(&result, "IMP121");
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert!(unknown[0].contains("\"Kinh phí\""), "{unknown:?}");
    let unread = codes_at(&result, "IMP123");
    assert_eq!(unread.len(), 1, "{unread:?}");
    assert!(
        unread[0].starts_with("/tasks/0/timing") && unread[0].contains("Sau khi có kinh phí"),
        "{unread:?}"
    );
    let unsplit = codes_at(&result, "IMP122");
    assert_eq!(unsplit.len(), 1, "{unsplit:?}");
    assert!(unsplit[0].contains("4 ô, bảng có 5 cột"), "{unsplit:?}");
    let first = result.plan.tasks.first();
    assert_eq!(
        first.and_then(|t| t.notes.as_deref()),
        Some("Kinh phí: 10 triệu đồng")
    );
    let timing = first.and_then(|t| t.timing.as_ref());
    assert_eq!(
        timing.map(|t| (t.text.as_str(), t.kind, t.due)),
        Some(("Sau khi có kinh phí", TimingKind::Unread, None))
    );
    assert_eq!(
        result.plan.tasks.get(1).map(|t| t.lead.clone()),
        Some(vec!["phong-noi-vu".to_string()])
    );
    // Every task field the importer sets has its provenance, with the row's line.
    let task_lines: Vec<(String, Option<u32>)> = result
        .provenance
        .iter()
        .filter(|p| p.path.starts_with("/tasks/0/"))
        .map(|p| (p.path.clone(), p.line))
        .collect();
    assert!(task_lines.len() >= 6, "{task_lines:?}");
    let row_line = PLAN.lines().count() + 3;
    assert!(
        task_lines
            .iter()
            .filter(|(path, _)| path.ends_with("/content"))
            .all(|(_, line)| *line == u32::try_from(row_line).ok()),
        "{task_lines:?}"
    );
}

#[test]
fn a_header_with_no_rows_under_it_is_left_to_the_body() {
    let text =
        "STT    Nội dung công việc    Cơ quan chủ trì    Thời gian\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n\
                1. Mục đích\n\n- Nâng cao nhận thức về cải cách hành chính.\n";
    let result = import_plan_text(text);
    assert!(result.plan.tasks.is_empty());
    assert_eq!(
        result.plan.purposes,
        ["Nâng cao nhận thức về cải cách hành chính."]
    );
}

/// The example plan's tasks, with each form id written as the form's place in the plan
/// (`audience/form`), so a task is compared by the form it points to, whatever the importer
/// names the form.
fn tasks_by_place(plan: &Plan) -> BTreeMap<String, Value> {
    let place = |id: &str| {
        plan.audiences.iter().enumerate().find_map(|(a, audience)| {
            audience
                .forms
                .iter()
                .position(|f| f.id == id)
                .map(|f| format!("{a}/{f}"))
        })
    };
    let tasks: Vec<Task> = plan
        .tasks
        .iter()
        .map(|task| Task {
            form: task.form.as_deref().and_then(place),
            ..task.clone()
        })
        .collect();
    let mut out = BTreeMap::new();
    let value = serde_json::to_value(&tasks).expect("tasks as JSON");
    leaves(&value, "/tasks".into(), &mut out);
    out
}

/// The paths where the imported tasks differ from the example plan's.
fn differing(imported: &Plan, expected: &Plan) -> Vec<String> {
    let (got, want) = (tasks_by_place(imported), tasks_by_place(expected));
    let mut paths: Vec<String> = got
        .keys()
        .chain(want.keys())
        .filter(|path| got.get(*path) != want.get(*path))
        .cloned()
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Where the importer and the hand-written plan part (5 of 222 task leaves), each for a reason
/// a person can check. Forms (the body's cues decide, and leave none rather than guess): task
/// 2 ("Phổ biến, quán triệt …") names no form by the cues; the body reader records the forms
/// of tasks 11 (a radio programme) and 15 (a dialogue) as `other`, so no cue of the task
/// finds them; task 14 ("Hướng dẫn, hỗ trợ …") names none; task 9's "niêm yết" matches two
/// forms of its audience.
const KNOWN: [&str; 5] = [
    "/tasks/1/form",
    "/tasks/10/form",
    "/tasks/13/form",
    "/tasks/14/form",
    "/tasks/8/form",
];

fn district() -> Plan {
    Plan::from_json_str(DISTRICT_JSON).expect("the district example loads")
}

#[test]
fn the_district_text_imports_to_the_example_plan_with_its_task_table() {
    let expected = district();
    let result = import_plan_text(DISTRICT_TEXT);
    let plan = &result.plan;
    assert_eq!(plan.tasks.len(), expected.tasks.len());
    assert_eq!(plan.tasks_heading, expected.tasks_heading);
    let differs = differing(plan, &expected);
    let total = tasks_by_place(&expected).len();
    assert_eq!(
        differs,
        KNOWN,
        "{} of {total} task leaves differ",
        differs.len()
    );
    // Every unit a task names is a unit of the plan, with the hand-written plan's id and name.
    for task in &plan.tasks {
        for id in task.lead.iter().chain(&task.coordinating) {
            let unit = plan.units.iter().find(|u| &u.id == id);
            let written = expected.units.iter().find(|u| &u.id == id);
            assert_eq!(
                unit.map(|u| &u.name),
                written.map(|u| &u.name),
                "{id} of task {}",
                task.id
            );
        }
    }
    assert!(codes_at(&result, "IMP123").is_empty());
    assert!(codes_at(&result, "IMP121").is_empty());
    assert!(codes_at(&result, "IMP122").is_empty());
}

/// The district text up to its appendix.
fn district_body() -> &'static str {
    let appendix = DISTRICT_TEXT
        .find("                                                                       PHỤ LỤC")
        .unwrap_or(DISTRICT_TEXT.len());
    DISTRICT_TEXT.get(..appendix).unwrap_or(DISTRICT_TEXT)
}

#[test]
fn the_district_pipe_copy_imports_to_the_same_tasks() {
    let from_layout = import_plan_text(DISTRICT_TEXT);
    let from_pipe = import_plan_text(&format!("{}{DISTRICT_PIPE}", district_body()));
    assert_eq!(from_pipe.plan.tasks, from_layout.plan.tasks);
    assert_eq!(from_pipe.plan.units, from_layout.plan.units);
    assert_eq!(from_pipe.plan.tasks_heading, from_layout.plan.tasks_heading);
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn paragraph(text: &str) -> String {
    format!(
        "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        escape(text)
    )
}

fn cell(text: &str, properties: &str) -> String {
    format!(
        "<w:tc><w:tcPr>{properties}</w:tcPr>{}</w:tc>",
        paragraph(text)
    )
}

/// A Word file of the district text with its appendix as a Word table: group rows as a cell
/// spanning the row's other columns (`w:gridSpan`), the lead cell of tasks 2 and 3 (the same
/// units) merged over both rows (`w:vMerge`).
fn district_docx() -> Vec<u8> {
    let mut body = String::new();
    for line in district_body().lines().filter(|l| !l.trim().is_empty()) {
        body.push_str(&paragraph(line.trim()));
    }
    let mut rows = String::new();
    for line in DISTRICT_PIPE.lines() {
        let line = line.trim();
        if !line.starts_with('|') {
            if !line.is_empty() {
                body.push_str(&paragraph(line));
            }
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.iter().all(|c| c.chars().all(|ch| ch == '-')) {
            continue;
        }
        let filled = cells.iter().filter(|c| !c.is_empty()).count();
        rows.push_str("<w:tr>");
        match cells.as_slice() {
            [numeral, title, ..] if filled == 2 => {
                rows.push_str(&cell(numeral, ""));
                let span = format!("<w:gridSpan w:val=\"{}\"/>", cells.len() - 1);
                rows.push_str(&cell(title, &span));
            }
            _ => {
                for (index, text) in cells.iter().enumerate() {
                    let merged = index == 2 && matches!(cells.first(), Some(&"2" | &"3"));
                    match (merged, cells.first()) {
                        (true, Some(&"2")) => {
                            rows.push_str(&cell(text, "<w:vMerge w:val=\"restart\"/>"));
                        }
                        (true, _) => rows.push_str(&cell("", "<w:vMerge/>")),
                        _ => rows.push_str(&cell(text, "")),
                    }
                }
            }
        }
        rows.push_str("</w:tr>");
    }
    body.push_str(&format!("<w:tbl>{rows}</w:tbl>"));
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    writer
        .start_file("word/document.xml", options)
        .expect("entry");
    writer.write_all(document.as_bytes()).expect("written");
    writer.finish().expect("zip").into_inner()
}

#[test]
fn a_word_file_of_the_district_plan_imports_to_the_same_tasks() {
    let from_text = import_plan_text(DISTRICT_TEXT);
    let from_word = from_docx(&district_docx()).expect("the Word file is read");
    assert_eq!(from_word.plan.tasks, from_text.plan.tasks);
    assert_eq!(from_word.plan.tasks_heading, from_text.plan.tasks_heading);
    assert_eq!(differing(&from_word.plan, &district()), KNOWN);
}

/// The district plan as kehoach's own writer sets it in Word (`kehoach render-plan
/// examples/plans/huyen-hoa-lam-2024.json --format docx`): the appendix is a real Word table
/// after the signature, with its heading and "(Kèm theo …)" line.
const DISTRICT_RENDERED: &[u8] =
    include_bytes!("../../../../tests/fixtures/import/docx/huyen-hoa-lam-2024-rendered.docx");

#[test]
fn the_word_file_kehoach_writes_of_the_district_plan_imports_to_its_task_table() {
    let from_word = from_docx(DISTRICT_RENDERED).expect("the Word file is read");
    let expected = district();
    assert_eq!(from_word.plan.tasks.len(), expected.tasks.len());
    assert_eq!(from_word.plan.tasks_heading, expected.tasks_heading);
    assert_eq!(differing(&from_word.plan, &expected), KNOWN);
    assert!(codes_at(&from_word, "IMP121").is_empty());
    assert!(codes_at(&from_word, "IMP122").is_empty());
    assert!(codes_at(&from_word, "IMP123").is_empty());
}
