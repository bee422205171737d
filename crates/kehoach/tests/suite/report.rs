//! Reports: the golden Quý I reports of the sample log in every format and language, escaping,
//! and the report model's contract.
//!
//! Regenerate the golden files after an intended change with
//! `KEHOACH_BLESS=1 cargo test -p kehoach --test suite report::`, then read the diff.

use kehoach::evaluate::{evaluate_log, EvaluateOptions};
use kehoach::report::{
    build, build_with, render, render_log, render_report, Digest, Report, ReportFormat,
    ReportOptions,
};
use kehoach::{Lang, Plan};
use serde_json::Value;

use crate::support::{q1, repo_root, sample};

const FORMATS: [(ReportFormat, &str); 4] = [
    (ReportFormat::Markdown, "md"),
    (ReportFormat::Html, "html"),
    (ReportFormat::Text, "txt"),
    (ReportFormat::Json, "json"),
];

#[test]
fn golden_reports_of_the_sample_log() {
    let (plan, log) = sample();
    let bless = std::env::var_os("KEHOACH_BLESS").is_some();
    let dir = repo_root().join("tests/golden");
    let mut stale = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        let code = match lang {
            Lang::Vi => "vi",
            Lang::En => "en",
        };
        for (format, extension) in FORMATS {
            let options = ReportOptions {
                format,
                lang,
                ..ReportOptions::default()
            };
            let text = render_log(&plan, &log, &"2023-Q1".parse().expect("id"), &options);
            let path = dir.join(format!("lang-son-2023-Q1.{code}.{extension}"));
            if bless {
                std::fs::create_dir_all(&dir).expect("golden dir");
                std::fs::write(&path, &text).expect("write golden");
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(golden) if golden == text => {}
                _ => stale.push(path.display().to_string()),
            }
        }
    }
    assert!(
        stale.is_empty(),
        "golden reports differ (run with KEHOACH_BLESS=1 and review the diff): {stale:?}"
    );
}

#[test]
fn the_evaluation_json_of_the_sample_is_golden_too() {
    let (plan, log) = sample();
    let text = q1(&plan, &log).to_json_string();
    let path = repo_root().join("tests/golden/lang-son-2023-Q1.evaluation.json");
    if std::env::var_os("KEHOACH_BLESS").is_some() {
        std::fs::write(&path, &text).expect("write golden");
        return;
    }
    let golden = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        golden == text,
        "{} differs; bless and review",
        path.display()
    );
}

#[test]
fn the_vietnamese_report_has_the_administrative_form_and_the_shortfalls() {
    let (plan, log) = sample();
    let text = render(&plan, &q1(&plan, &log), ReportFormat::Text, Lang::Vi);
    let in_order = [
        "UBND TỈNH LẠNG SƠN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "Độc lập - Tự do - Hạnh phúc",
        "Số:    /BC-SVHTTDL",
        "Lạng Sơn, ngày    tháng 3 năm 2023",
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính quý I năm 2023",
        "từ ngày 15/12/2022 đến ngày 14/03/2023",
        "Chỉ tiêu hằng tháng được tính theo tháng dương lịch của năm 2023; tháng 3/2023 tính đến ngày 14/03/2023, chưa hết kỳ.",
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Công tác chỉ đạo, điều hành",
        "2. Kết quả theo đối tượng và hình thức",
        "a) Đối với cán bộ, công chức",
        "b) Đối với người dân và doanh nghiệp",
        "3. Thực hiện chỉ tiêu",
        "Tháng 1/2023  01/01/2023 – 31/01/2023  04       03         Chưa đạt (thiếu 01)",
        "Tháng 2/2023  01/02/2023 – 28/02/2023  04       03         Chưa đạt (thiếu 01)",
        "Tháng 3/2023  01/03/2023 – 31/03/2023  04       02         Chưa hết kỳ (tính đến 14/03/2023)",
        "II. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        "2. Tồn tại, hạn chế",
        "Tháng 1/2023 (01/01/2023 – 31/01/2023): Đưa tin trên Trang thông tin điện tử của Sở đạt 03/04, chưa đạt chỉ tiêu (thiếu 01).",
        "Tháng 2/2023 (01/02/2023 – 28/02/2023): Đưa tin trên Trang thông tin điện tử của Sở đạt 03/04, chưa đạt chỉ tiêu (thiếu 01).",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023",
        "6 tháng đầu năm 2023",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
        "Trên đây là báo cáo",
        // Nơi nhận on the left beside the signature block on the right, line by line.
        "Nơi nhận:",
        "KT. GIÁM ĐỐC",
        "Sở Nội vụ (b/c);",
        "PHÓ GIÁM ĐỐC",
        "Lưu: VT, VP(CTL).",
        "Dương Minh Tuệ",
    ];
    let mut from = 0;
    for expected in in_order {
        match text.get(from..).and_then(|rest| rest.find(expected)) {
            Some(at) => from += at + expected.len(),
            None => panic!("{expected:?} missing or out of order in:\n{text}"),
        }
    }
    assert_eq!(kehoach::nfc(&text), text, "the report is NFC");
    assert!(!text.contains('{'), "no unfilled placeholder");
}

#[test]
fn deadlines_come_from_the_plan_or_are_said_to_be_missing() {
    let (mut plan, log) = sample();
    let checklist = |plan: &Plan| {
        build(plan, &q1(plan, &log), Lang::Vi)
            .checklist
            .into_iter()
            .map(|item| item.message)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(checklist(&plan).contains("Kế hoạch chưa quy định ngày gửi báo cáo về Sở Nội vụ"));
    plan.implementation.reporting.deadline_day = Some(18);
    // 18 March 2023 is a Saturday: due on Monday 20th.
    let notes = checklist(&plan);
    assert!(
        notes.contains(
            "Hạn gửi báo cáo về Sở Nội vụ: ngày 20/03/2023 (ngày quy định trùng ngày nghỉ"
        ),
        "{notes}"
    );
    let text = render(&plan, &q1(&plan, &log), ReportFormat::Text, Lang::Vi);
    assert!(!text.contains("Hạn gửi báo cáo về Sở Nội vụ: ngày 20/03/2023"));
    // The next report, 6 tháng: 18 June 2023 is a Sunday, due Monday 19th.
    assert!(text.contains("hạn gửi: ngày 19/06/2023"), "{text}");
}

const SCRIPT: &str = "<script>alert(1)</script>";

/// A plan and a log that put markup into every kind of text a report shows.
fn hostile() -> (Plan, String) {
    let (mut plan, _) = sample();
    plan.document.issuer.name = format!("Sở {SCRIPT}");
    plan.document.issued.place = "Lạng Sơn \"><img src=x onerror=alert(2)>".to_string();
    if let Some(form) = plan.audiences.first_mut().and_then(|a| a.forms.first_mut()) {
        form.name = format!("Hội nghị {SCRIPT}");
    }
    if let Some(quota) = plan.quotas.first_mut() {
        quota.text = Some(format!("Hằng tháng {SCRIPT} & <b>04</b>"));
    }
    if let Some(unit) = plan.units.first_mut() {
        unit.name = format!("Văn phòng {SCRIPT}");
    }
    let log = [
        serde_json::json!({"schemaVersion": 1, "date": "2023-01-05", "unit": "van-phong",
            "form": "bao-<script>", "title": SCRIPT, "evidence": "a"}),
        serde_json::json!({"schemaVersion": 1, "date": "2023-01-06", "unit": "van-phong",
            "form": "hoi-nghi-tap-huan", "title": SCRIPT, "evidence": "b"}),
    ]
    .map(|record| record.to_string())
    .join("\n");
    (plan, log)
}

#[test]
fn html_escapes_everything_it_is_fed() {
    let (plan, log) = hostile();
    for lang in [Lang::Vi, Lang::En] {
        let options = ReportOptions {
            format: ReportFormat::Html,
            lang,
            ..ReportOptions::default()
        };
        let html = render_log(&plan, &log, &"2023-Q1".parse().expect("id"), &options);
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "raw script tag in:\n{html}");
        assert!(!lower.contains("<img"), "raw img tag in:\n{html}");
        assert!(!lower.contains("<b>04"), "raw b tag in:\n{html}");
        for escaped in [
            "Sở &lt;script&gt;alert(1)&lt;/script&gt;",
            "SỞ &lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;",
            "Hội nghị &lt;script&gt;alert(1)&lt;/script&gt;",
            "&amp; &lt;b&gt;04&lt;/b&gt;",
            "Văn phòng &lt;script&gt;",
            "Lạng Sơn &quot;&gt;&lt;img src=x onerror=alert(2)&gt;",
            ": &lt;script&gt;alert(1)&lt;/script&gt; (",
        ] {
            assert!(html.contains(escaped), "{escaped} missing in:\n{html}");
        }
        // The page's own markup is intact: one document, balanced tables.
        assert_eq!(html.matches("<html").count(), 1);
        assert_eq!(
            html.matches("<table").count(),
            html.matches("</table>").count()
        );
        assert_eq!(
            html.matches("<tr>").count() + html.matches("<tr ").count(),
            html.matches("</tr>").count()
        );
    }
}

#[test]
fn markdown_shows_markup_as_text() {
    let (plan, log) = hostile();
    let markdown = render(&plan, &q1(&plan, &log), ReportFormat::Markdown, Lang::Vi);
    assert!(!markdown.to_lowercase().contains("<script"), "{markdown}");
    assert!(!markdown.to_lowercase().contains("<img"), "{markdown}");
    assert!(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // A pipe in a cell would break the table.
    let (mut plan, log) = sample();
    if let Some(unit) = plan.units.first_mut() {
        unit.name = "Văn phòng | Sở".into();
    }
    let markdown = render(&plan, &q1(&plan, &log), ReportFormat::Markdown, Lang::Vi);
    assert!(markdown.contains("Văn phòng \\| Sở"));
}

#[test]
fn the_json_report_is_the_model_and_follows_its_schema() {
    let (plan, log) = sample();
    let evaluation = q1(&plan, &log);
    for lang in [Lang::Vi, Lang::En] {
        let text = render(&plan, &evaluation, ReportFormat::Json, lang);
        let report: Report = serde_json::from_str(&text).expect("a report");
        assert_eq!(report, build(&plan, &evaluation, lang));
        let value: Value = serde_json::from_str(&text).expect("JSON");
        let validator =
            jsonschema::validator_for(&kehoach::report::report_schema()).expect("schema");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(value["sections"][0]["blocks"][0]["kind"], "heading");
    }
}

#[test]
fn render_log_is_evaluate_then_render() {
    let (plan, log) = sample();
    let period = "2023-Q1".parse().expect("id");
    for (format, _) in FORMATS {
        let options = ReportOptions {
            format,
            lang: Lang::En,
            ..ReportOptions::default()
        };
        let evaluation = evaluate_log(&plan, &log, &period, &options.evaluate_options());
        let digest = Digest::of_log(&plan, &log, evaluation.window.counted, Lang::En);
        assert_eq!(
            render_log(&plan, &log, &period, &options),
            render_report(
                &build_with(&plan, &evaluation, Some(&digest), &options),
                format
            )
        );
    }
}

#[test]
fn every_period_renders_in_every_format_without_placeholders() {
    let (plan, log) = sample();
    for id in [
        "2023",
        "2023-H1",
        "2023-H2",
        "2023-9M",
        "2023-Q3",
        "2023-07",
        "2024-Q1",
        "2023-01-10..2023-02-20",
    ] {
        let evaluation = evaluate_log(
            &plan,
            &log,
            &id.parse().expect("id"),
            &EvaluateOptions {
                window: kehoach::period::WindowKind::Calendar,
                ..EvaluateOptions::default()
            },
        );
        for lang in [Lang::Vi, Lang::En] {
            for (format, _) in FORMATS {
                let text = render(&plan, &evaluation, format, lang);
                assert!(!text.contains("{year}") && !text.contains("{form}"), "{id}");
                assert!(text.len() > 1000, "{id}: a whole report");
            }
        }
    }
}

/// The section of `text` from `from` to `to`.
fn section<'t>(text: &'t str, from: &str, to: &str) -> &'t str {
    let start = text.find(from).expect("section start");
    let end = text[start..].find(to).map_or(text.len(), |at| start + at);
    &text[start..end]
}

#[test]
fn a_month_not_over_is_no_shortcoming_and_the_rule_is_said_once() {
    let (plan, log) = sample();
    for (lang, heading, next, rule) in [
        (
            Lang::Vi,
            "2. Tồn tại, hạn chế",
            "3. Nguyên nhân",
            "Chỉ tiêu hằng tháng được tính theo tháng dương lịch của năm 2023; tháng 3/2023 tính đến ngày 14/03/2023, chưa hết kỳ.",
        ),
        (
            Lang::En,
            "2. Shortcomings",
            "3. Causes",
            "Quotas set every month are counted by calendar month of 2023; Mar 2023 is counted to 14 March 2023, not over yet.",
        ),
    ] {
        let text = render(&plan, &q1(&plan, &log), ReportFormat::Text, lang);
        assert_eq!(text.matches(rule).count(), 1, "{text}");
        let shortcomings = section(&text, heading, next);
        assert!(!shortcomings.contains("3/2023") && !shortcomings.contains("Mar 2023"));
        assert!(!text.contains("kỳ báo cáo tương ứng") && !text.contains("by reporting period"));
    }
}

#[test]
fn the_reporting_window_setting_gives_the_old_rows_and_says_so() {
    let (mut plan, log) = sample();
    plan.implementation.reporting.quota_periods = kehoach::QuotaPeriods::ReportingWindow;
    let text = render(&plan, &q1(&plan, &log), ReportFormat::Text, Lang::Vi);
    for expected in [
        "Chỉ tiêu hằng tháng được tính theo kỳ báo cáo tương ứng (từ ngày 15 của tháng trước đến ngày 14 của tháng cuối kỳ).",
        "Tháng 1/2023  15/12/2022 – 14/01/2023  04       04         Đạt",
        "Tháng 2/2023  15/01/2023 – 14/02/2023  04       02         Chưa đạt (thiếu 02)",
        "Tháng 3/2023  15/02/2023 – 14/03/2023  04       04         Đạt",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(!text.contains("dương lịch"));
}

#[test]
fn the_year_report_counts_each_calendar_month_of_2023() {
    let (plan, log) = sample();
    let year = evaluate_log(
        &plan,
        &log,
        &"2023".parse().expect("id"),
        &EvaluateOptions::default(),
    );
    let text = render(&plan, &year, ReportFormat::Text, Lang::Vi);
    for expected in [
        "Tháng 1/2023   01/01/2023 – 31/01/2023  04       03         Chưa đạt (thiếu 01)",
        "Tháng 3/2023   01/03/2023 – 31/03/2023  04       05         Đạt",
        "Tháng 12/2023  01/12/2023 – 31/12/2023  04       02         Chưa hết kỳ (tính đến 14/12/2023)",
        "tháng 12/2023 tính đến ngày 14/12/2023, chưa hết kỳ.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
}
