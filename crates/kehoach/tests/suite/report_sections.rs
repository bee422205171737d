//! Issue 17: a report an official can sign — sections in order, the drafter's checklist out
//! of the body, the narrative, the signing date, the next period by name, the section part.

use kehoach::evaluate::TaskStatus;
use kehoach::report::{
    build_log, render_log, render_report, ChecklistKind, Narrative, Report, ReportFormat,
    ReportOptions, ReportPart,
};
use kehoach::Lang;

use crate::support::sample;

fn report(period: &str, options: &ReportOptions) -> Report {
    let (plan, log) = sample();
    build_log(&plan, &log, &period.parse().expect("period"), options)
}

fn text(report: &Report) -> String {
    render_report(report, ReportFormat::Text)
}

fn lang(lang: Lang) -> ReportOptions {
    ReportOptions {
        lang,
        ..ReportOptions::default()
    }
}

fn in_order(text: &str, expected: &[&str]) {
    let mut from = 0;
    for item in expected {
        match text.get(from..).and_then(|rest| rest.find(item)) {
            Some(at) => from += at + item.len(),
            None => panic!("{item:?} missing or out of order in:\n{text}"),
        }
    }
}

#[test]
fn the_sections_come_in_order_in_both_languages() {
    let vi = text(&report("2023-Q1", &lang(Lang::Vi)));
    in_order(
        &vi,
        &[
            "Thực hiện Kế hoạch tuyên truyền công tác cải cách hành chính năm 2023 của Sở Văn hóa, Thể thao và Du lịch, Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả thực hiện quý I năm 2023 như sau:",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Công tác chỉ đạo, điều hành",
            "2. Kết quả theo đối tượng và hình thức",
            "a) Đối với cán bộ, công chức",
            "08/02/2023: Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2023 (Văn phòng Sở; 85 lượt người, 04 giờ; Giấy mời số 45/GM-SVHTTDL ngày 01/02/2023)",
            "- và 05 hoạt động khác.",
            "b) Đối với người dân và doanh nghiệp",
            "c) Kết quả theo đơn vị",
            "3. Thực hiện chỉ tiêu",
            "4. Kinh phí",
            "II. ĐÁNH GIÁ CHUNG",
            "1. Ưu điểm",
            "2. Tồn tại, hạn chế",
            "3. Nguyên nhân",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
            "Nơi nhận:",
            "- Sở Nội vụ (b/c);",
            "- GD, các PGĐ Sở;",
            "- Lưu: VT, VP(CTL).",
        ],
    );
    let en = text(&report("2023-Q1", &lang(Lang::En)));
    in_order(
        &en,
        &[
            "I. RESULTS",
            "1. Direction and coordination",
            "2. Results by audience and form",
            "3. Quotas",
            "4. Funding",
            "II. GENERAL ASSESSMENT",
            "1. Strengths",
            "2. Shortcomings",
            "3. Causes",
            "III. DIRECTIONS AND TASKS FOR Q2 2023",
            "IV. PROPOSALS",
        ],
    );
    assert!(!vi.contains("kỳ tới") && !en.contains("next period"));
}

#[test]
fn drafter_notes_are_in_the_checklist_never_in_the_body() {
    for lang_ in [Lang::Vi, Lang::En] {
        let report = report("2023-Q1", &lang(lang_));
        let kinds: Vec<ChecklistKind> = report.checklist.iter().map(|item| item.kind).collect();
        for kind in [
            ChecklistKind::SigningDate,
            ChecklistKind::PlanNotNumbered,
            ChecklistKind::DeadlineNotConfigured,
            ChecklistKind::DuplicateEvidence,
            ChecklistKind::ReviewLog,
            ChecklistKind::EmptySection,
        ] {
            assert!(kinds.contains(&kind), "{kind:?} in {kinds:?}");
        }
        let body = [
            ReportFormat::Text,
            ReportFormat::Markdown,
            ReportFormat::Html,
        ]
        .map(|format| render_report(&report, format))
        .join("\n");
        for item in &report.checklist {
            assert!(
                !body.contains(&item.message),
                "{:?} in the body",
                item.message
            );
        }
    }
    let body = text(&report("2023-Q1", &lang(Lang::Vi)));
    for today in [
        "Kế hoạch chưa quy định ngày gửi báo cáo",
        "bị ghi trùng minh chứng",
        "rà soát sổ theo dõi",
        "không có trong Kế hoạch, không được tính",
        "cần người soạn viết",
        "ngày 14 tháng 3 năm 2023",
        "Chưa triển khai 07 hình thức",
        "0 cuộc",
        " 4 giờ",
    ] {
        assert!(!body.contains(today), "{today:?} in:\n{body}");
    }
    let checklist = render_log(
        &sample().0,
        &sample().1,
        &"2023-Q1".parse().unwrap(),
        &ReportOptions {
            checklist: true,
            format: ReportFormat::Text,
            ..ReportOptions::default()
        },
    );
    assert!(
        checklist.contains("Mục II.1 Ưu điểm: cần người soạn viết."),
        "{checklist}"
    );
    assert!(!checklist.contains("BÁO CÁO"));
    let json = render_log(
        &sample().0,
        &sample().1,
        &"2023-Q1".parse().unwrap(),
        &ReportOptions {
            checklist: true,
            format: ReportFormat::Json,
            ..ReportOptions::default()
        },
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value[0]["kind"], "report-number");
}

#[test]
fn the_narrative_fills_the_written_sections_and_empties_the_checklist() {
    let narrative = Narrative::from_json_str(
        r#"{"schemaVersion": 1,
            "strengths": ["Lãnh đạo Sở quan tâm chỉ đạo sát sao."],
            "causes": ["Tháng 2 trùng dịp Tết Nguyên đán."],
            "proposals": ["Đề nghị Sở Nội vụ tổ chức tập huấn kỹ năng viết tin, bài."],
            "budget": ["Kinh phí đã sử dụng: 12.000.000 đồng."],
            "directions": ["Tổ chức Hội nghị tập huấn CCHC trong quý II."]}"#,
    )
    .unwrap();
    let options = ReportOptions {
        narrative: Some(narrative),
        ..ReportOptions::default()
    };
    let report = report("2023-Q1", &options);
    in_order(
        &text(&report),
        &[
            "4. Kinh phí",
            "Kinh phí đã sử dụng: 12.000.000 đồng.",
            "1. Ưu điểm",
            "Lãnh đạo Sở quan tâm chỉ đạo sát sao.",
            "3. Nguyên nhân",
            "Tháng 2 trùng dịp Tết Nguyên đán.",
            "III. PHƯƠNG HƯỚNG",
            "Tổ chức Hội nghị tập huấn CCHC trong quý II.",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
            "Đề nghị Sở Nội vụ tổ chức tập huấn",
        ],
    );
    assert!(report
        .checklist
        .iter()
        .all(|item| item.kind != ChecklistKind::EmptySection));
}

#[test]
fn a_bad_narrative_is_a_located_error() {
    let error = Narrative::from_json_str(r#"{"schemaVersion": 1, "strengths": "một"}"#)
        .expect_err("a string is not a list");
    assert_eq!(error.path, "/strengths");
    let error = Narrative::from_json_str(r#"{"schemaVersion": 1, "strenghts": []}"#)
        .expect_err("unknown key");
    assert_eq!(error.path, "/strenghts");
    let error = Narrative::from_json_str(r#"{"strengths": []}"#).expect_err("no version");
    assert_eq!(error.path, "/schemaVersion");
    let error = ReportOptions::from_json_str(r#"{"narrative": {"schemaVersion": 99}}"#)
        .expect_err("version 2");
    assert_eq!(error.path, "/narrative/schemaVersion");
    let error =
        ReportOptions::from_json_str(r#"{"narrative": {"schemaVersion": 1, "causes": [1]}}"#)
            .expect_err("a number is not text");
    assert_eq!(error.path, "/narrative/causes/0");
}

#[test]
fn the_next_period_is_named() {
    for (period, heading) in [
        ("2023-Q1", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023"),
        (
            "2023-H1",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
        ),
        ("2023-Q3", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023"),
        ("2023-9M", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023"),
        ("2023", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"),
    ] {
        let body = text(&report(period, &lang(Lang::Vi)));
        assert!(body.contains(heading), "{period}: {heading} in\n{body}");
    }
    let body = text(&report("2023", &lang(Lang::En)));
    assert!(body.contains("III. DIRECTIONS AND TASKS FOR 2024"));
}

/// The part of a report's text between "2. Tồn tại, hạn chế" and "3. Nguyên nhân".
fn shortcomings(text: &str) -> &str {
    let from = text.find("2. Tồn tại, hạn chế").expect("shortcomings");
    let to = text.find("3. Nguyên nhân").expect("causes");
    text.get(from..to).unwrap_or_default()
}

#[test]
fn forms_are_shortcomings_only_past_their_deadline() {
    // A log of the first quarter alone.
    let (mut plan, log) = sample();
    let early: Vec<&str> = log
        .lines()
        .filter(|line| {
            line.contains("\"date\": \"2022-12")
                || ["2023-01", "2023-02", "2023-03"]
                    .iter()
                    .any(|m| line.contains(&format!("\"date\": \"{m}")))
        })
        .collect();
    let early = early.join("\n");
    let survey = "Khảo sát mức độ hài lòng của người dân và doanh nghiệp";
    // Lạng Sơn's plan gives its forms no time: one left unused is no shortcoming, in a quarter
    // or in the year; it is only named among the next steps.
    for period in ["2023-Q1", "2023"] {
        let report = text(&build_log(
            &plan,
            &early,
            &period.parse().unwrap(),
            &lang(Lang::Vi),
        ));
        assert!(!shortcomings(&report).contains("hình thức"), "{report}");
        assert!(report.contains("Triển khai các hình thức chưa thực hiện trong kỳ:"));
        assert!(report.contains(survey));
    }
    // The survey timed "Quý I" and not carried out is past its deadline from Quý I's report on.
    let form = plan
        .audiences
        .iter_mut()
        .flat_map(|audience| audience.forms.iter_mut())
        .find(|form| form.id == "khao-sat-hai-long")
        .expect("the survey form");
    form.timing = Some(kehoach::Timing {
        text: "Quý I".into(),
        kind: kehoach::TimingKind::Quarter,
        from: Some(time::macros::date!(2023 - 01 - 01)),
        due: Some(time::macros::date!(2023 - 03 - 31)),
        every: None,
    });
    // The evaluation gives the timed form, and it alone, a status.
    let statuses = |evaluation: &kehoach::evaluate::Evaluation| -> Vec<(String, _)> {
        evaluation
            .forms
            .iter()
            .filter_map(|form| form.status.map(|status| (form.form.clone(), status)))
            .collect()
    };
    let q1 = crate::support::evaluated(&plan, &early, "2023-Q1");
    assert_eq!(
        statuses(&q1),
        [("khao-sat-hai-long".to_string(), TaskStatus::Overdue)]
    );
    let february = kehoach::evaluate::evaluate_log(
        &plan,
        &early,
        &"2023-Q1".parse().unwrap(),
        &kehoach::evaluate::EvaluateOptions {
            as_of: Some(time::macros::date!(2023 - 02 - 01)),
            ..Default::default()
        },
    );
    assert_eq!(
        statuses(&february),
        [("khao-sat-hai-long".to_string(), TaskStatus::NotDue)]
    );
    let missed = format!(
        "Chưa triển khai 01 hình thức theo thời hạn của Kế hoạch: “{survey}” (hạn 31/03/2023)."
    );
    for period in ["2023-Q1", "2023"] {
        let report = text(&build_log(
            &plan,
            &early,
            &period.parse().unwrap(),
            &lang(Lang::Vi),
        ));
        assert!(
            shortcomings(&report).contains(&missed),
            "{period}: {report}"
        );
        assert!(
            report.contains("Khẩn trương thực hiện các nhiệm vụ chưa hoàn thành theo thời hạn:")
        );
    }
    // Before Quý I is over (as of 01/02) it is not due yet, and no shortcoming.
    let february = ReportOptions {
        as_of: Some(time::macros::date!(2023 - 02 - 01)),
        ..lang(Lang::Vi)
    };
    let report = text(&build_log(
        &plan,
        &early,
        &"2023-Q1".parse().unwrap(),
        &february,
    ));
    assert!(!shortcomings(&report).contains(survey), "{report}");
}

/// The plan and log of the evaluation vector `task-status-q1`: the bundled plan with its task
/// table, and records naming the tasks.
fn task_case() -> (kehoach::Plan, String) {
    let case: serde_json::Value = serde_json::from_str(&crate::support::read(
        &crate::support::repo_root().join("tests/fixtures/evaluate/task-status-q1.json"),
    ))
    .expect("the vector is JSON");
    let mut plan: serde_json::Value =
        serde_json::from_str(kehoach::examples::LANG_SON_2023).expect("the plan is JSON");
    plan["tasks"] = case["plan"]["mergePatch"]["tasks"].clone();
    let plan = kehoach::Plan::from_json_str(&plan.to_string()).expect("the plan loads");
    let log: Vec<String> = case["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|record| record.to_string())
        .collect();
    (plan, log.join("\n"))
}

#[test]
fn the_task_table_says_where_each_task_stands() {
    let (plan, log) = task_case();
    let q1 = build_log(&plan, &log, &"2023-Q1".parse().unwrap(), &lang(Lang::Vi));
    let table = q1
        .sections
        .iter()
        .flat_map(|section| &section.blocks)
        .find_map(|block| match block {
            kehoach::report::Block::Table { columns, rows } if columns[1] == "Nhiệm vụ" => {
                Some((columns.clone(), rows.clone()))
            }
            _ => None,
        })
        .expect("a task table");
    assert_eq!(
        table.0,
        [
            "STT",
            "Nhiệm vụ",
            "Chủ trì",
            "Thời gian",
            "Kết quả / sản phẩm",
            "Tình trạng"
        ]
    );
    let status: Vec<(&str, &str)> = table
        .1
        .iter()
        .map(|row| (row[0].as_str(), row[5].as_str()))
        .collect();
    assert_eq!(
        status,
        [
            ("1", "Đến hạn trong kỳ (31/03/2023), chưa thực hiện"),
            ("2", "Đã hoàn thành"),
            ("3", "Chưa đến hạn"),
            ("4", "Thường xuyên: đã thực hiện 03 hoạt động trong kỳ"),
            ("5", "Thường xuyên: chưa có hoạt động trong kỳ"),
            ("6", "Không xác định thời hạn"),
            ("7", "Đã hoàn thành"),
            ("8", "Trong năm: chưa có hoạt động trong kỳ"),
        ]
    );
    let second = &table.1[1];
    assert_eq!(second[2], "Văn phòng Sở");
    assert_eq!(second[3], "Trước ngày 15/02/2023");
    assert_eq!(
        second[4],
        "10/02/2023: Hội nghị quán triệt CCHC năm 2023 (Biên bản 12/BB-VP)"
    );
    let body = text(&q1);
    assert!(
        shortcomings(&body).contains(
            "Chưa thực hiện 01 nhiệm vụ theo thời hạn của Kế hoạch: “Ban hành kế hoạch tuyên truyền CCHC của các phòng” (hạn 31/03/2023)."
        ),
        "{body}"
    );
    // In the year's report, a task due in Quý III and not done is past its deadline too; one
    // done in Quý I stays done.
    let year = build_log(&plan, &log, &"2023".parse().unwrap(), &lang(Lang::Vi));
    let year = text(&year);
    assert!(
        shortcomings(&year).contains("Chưa thực hiện 02 nhiệm vụ"),
        "{year}"
    );
    assert!(year.contains("Quá hạn, chưa thực hiện"));
    // nv-01, due 31/03, was carried out on 05/04.
    assert!(
        year.contains("Đã hoàn thành (chậm so với thời hạn)"),
        "{year}"
    );
    assert_eq!(year.matches("(chậm so với thời hạn)").count(), 1, "{year}");
    // Quý II's report names what falls due in Quý III.
    let q2 = text(&build_log(
        &plan,
        &log,
        &"2023-Q2".parse().unwrap(),
        &lang(Lang::Vi),
    ));
    assert!(
        q2.contains("Thực hiện các nhiệm vụ đến hạn trong quý III năm 2023: “Cuộc thi tìm hiểu về cải cách hành chính” (hạn 30/09/2023)."),
        "{q2}"
    );
    // The evaluation at a glance (`kehoach evaluate --format text`) has the same statuses.
    let evaluation = crate::support::q1(&plan, &log);
    let glance = kehoach::report::evaluation_text(&plan, &evaluation, Lang::Vi);
    let row = glance
        .lines()
        .find(|line| line.starts_with("nv-04"))
        .expect("nv-04's row");
    assert!(
        row.contains("Thường xuyên: đã thực hiện 03 hoạt động trong kỳ"),
        "{row}"
    );
    assert!(
        glance
            .lines()
            .any(|line| line.starts_with("nv-03") && line.ends_with("Chưa đến hạn")),
        "{glance}"
    );
    let en = text(&build_log(
        &plan,
        &log,
        &"2023-Q1".parse().unwrap(),
        &lang(Lang::En),
    ));
    assert!(en.contains("Ongoing: 3 activities in the period"), "{en}");
    assert!(
        en.contains("Due in the period (31 March 2023), not carried out"),
        "{en}"
    );
    assert!(en.contains("(due 31 March 2023)"), "{en}");
}

#[test]
fn the_date_line_is_the_signing_day_or_left_blank() {
    let draft = report("2023-Q1", &lang(Lang::Vi));
    assert_eq!(draft.date, None);
    assert!(draft.header.place_date == "Lạng Sơn, ngày    tháng 3 năm 2023");
    let signed = report(
        "2023-Q1",
        &ReportOptions {
            signed_on: Some(time::macros::date!(2023 - 03 - 17)),
            ..ReportOptions::default()
        },
    );
    assert_eq!(
        signed.header.place_date,
        "Lạng Sơn, ngày 17 tháng 3 năm 2023"
    );
    assert!(signed
        .checklist
        .iter()
        .all(|item| item.kind != ChecklistKind::SigningDate));
    let h2 = report("2023-Q3", &lang(Lang::Vi));
    assert_eq!(h2.header.place_date, "Lạng Sơn, ngày    tháng 9 năm 2023");
    let options =
        ReportOptions::from_json_str(r#"{"signedOn": "2023-03-17", "recipients": ["A;"]}"#)
            .unwrap();
    let custom = report("2023-Q1", &options);
    assert_eq!(custom.recipients, vec!["A;".to_string()]);
}

#[test]
fn the_section_part_nests_under_the_cchc_report() {
    let options = ReportOptions {
        part: ReportPart::Section,
        format: ReportFormat::Text,
        ..ReportOptions::default()
    };
    let report = report("2023-Q1", &options);
    let body = text(&report);
    in_order(
        &body,
        &[
            "Công tác thông tin, tuyên truyền cải cách hành chính",
            "1. Kết quả thực hiện",
            "a) Công tác chỉ đạo, điều hành",
            "b) Kết quả theo đối tượng và hình thức",
            "- Đối với cán bộ, công chức:",
            "2. Đánh giá chung",
            "a) Ưu điểm",
            "3. Phương hướng, nhiệm vụ quý II năm 2023",
            "4. Kiến nghị, đề xuất",
        ],
    );
    for absent in [
        "BÁO CÁO",
        "Số:",
        "Nơi nhận",
        "CỘNG HÒA",
        "Dương Minh Tuệ",
        "I. ",
    ] {
        assert!(!body.contains(absent), "{absent:?} in\n{body}");
    }
    let html = render_report(&report, ReportFormat::Html);
    assert!(html.starts_with("<section>") && !html.contains("<html"));
    assert!(report
        .checklist
        .iter()
        .any(|item| item.message.contains("Mục 2.a Ưu điểm")));
}

#[test]
fn narrative_text_is_escaped_in_html() {
    let payloads: Vec<&str> = include_str!("../../../../tests/fixtures/xss/payloads.txt")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let (plan, log) = sample();
    for payload in payloads {
        let narrative = Narrative {
            schema_version: 1,
            leadership: vec![payload.into()],
            budget: vec![payload.into()],
            strengths: vec![payload.into()],
            limitations: vec![payload.into()],
            causes: vec![payload.into()],
            directions: vec![payload.into()],
            proposals: vec![payload.into()],
        };
        for part in [ReportPart::Document, ReportPart::Section] {
            let options = ReportOptions {
                format: ReportFormat::Html,
                narrative: Some(narrative.clone()),
                recipients: Some(vec![payload.into()]),
                part,
                ..ReportOptions::default()
            };
            let html = render_log(&plan, &log, &"2023-Q1".parse().unwrap(), &options);
            if payload.contains(['<', '>', '"']) {
                assert!(!html.contains(payload), "{payload:?} raw in the HTML");
            }
            let lower = html.to_lowercase();
            assert!(
                !lower.contains("<script") && !lower.contains("<img"),
                "{payload:?}"
            );
        }
    }
}
