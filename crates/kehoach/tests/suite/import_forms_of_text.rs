//! The printed forms the issue lists, one by one: numbers (blank, 3-digit, a space before the
//! slash), place-and-date lines (full, numeric, blank), titles that wrap, citations in both
//! date forms, Party documents, laws by name, quotas in their several wordings.

use kehoach::import::import_plan_text;
use kehoach::{DocumentKind, FormKind, Measure, PeriodType};
use time::macros::date;

fn header(lines: &str) -> kehoach::Plan {
    import_plan_text(lines).plan
}

#[test]
fn numbers_in_every_printed_form() {
    let cases = [
        ("Số: 11/KH-SVHTTDL", "11/KH-SVHTTDL", None),
        ("Số: /KH-SVHTTDL", "/KH-SVHTTDL", None),
        ("Số:      /KH-UBND", "/KH-UBND", None),
        ("Số: …/KH-UBND", "/KH-UBND", None),
        ("Số: 049/KH-UBND", "049/KH-UBND", None),
        (
            "Số: 11 /KH-SVHTTDL",
            "11/KH-SVHTTDL",
            Some("11 /KH-SVHTTDL"),
        ),
        ("SỐ: 05/KH-SNV", "05/KH-SNV", None),
        ("Số : 05/KH-SNV", "05/KH-SNV", None),
    ];
    for (line, number, written) in cases {
        let result = import_plan_text(&format!("{line}\nKẾ HOẠCH\nTuyên truyền năm 2023\n"));
        assert_eq!(result.plan.document.number.as_str(), number, "{line}");
        let tidied = result.diagnostics.iter().find(|d| d.code == "IMP003");
        assert_eq!(
            tidied
                .and_then(|d| d.params.get("written"))
                .map(ToString::to_string),
            written.map(str::to_string),
            "{line}"
        );
    }
}

#[test]
fn place_and_date_full_numeric_and_blank() {
    let cases = [
        (
            "Lạng Sơn, ngày 05 tháng 02 năm 2023",
            "Lạng Sơn",
            Some(date!(2023 - 02 - 05)),
            2023,
        ),
        (
            "Lạng Sơn, ngày 05/02/2023",
            "Lạng Sơn",
            Some(date!(2023 - 02 - 05)),
            2023,
        ),
        ("Lạng Sơn, ngày tháng năm 2023", "Lạng Sơn", None, 2023),
        ("Hà Nội, ngày … tháng … năm 2024", "Hà Nội", None, 2024),
        (
            "Thừa Thiên Huế, ngày 25 tháng 12 năm 2020",
            "Thừa Thiên Huế",
            Some(date!(2020 - 12 - 25)),
            2020,
        ),
    ];
    for (line, place, day, year) in cases {
        let plan = header(&format!("Số: 01/KH-SNV\n{line}\nKẾ HOẠCH\nTuyên truyền\n"));
        let issued = &plan.document.issued;
        assert_eq!(
            (
                issued.place.as_str(),
                issued.text.as_str(),
                issued.date,
                issued.year
            ),
            (place, line, day, year)
        );
    }
    // A date that is not in the calendar is reported and left out.
    let result = import_plan_text("Lạng Sơn, ngày 30/02/2023\n");
    assert_eq!(result.plan.document.issued.date, None);
    assert!(result.diagnostics.iter().any(|d| d.code == "IMP104"));
}

#[test]
fn the_kind_and_a_subject_that_wraps() {
    let plan = header(
        "Số: 02/KH-UBND\nKẾ HOẠCH\nThông tin, tuyên truyền cải cách hành chính\ntrên địa bàn tỉnh\nnăm 2024\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
    );
    assert_eq!(plan.document.kind, DocumentKind::Plan);
    assert_eq!(plan.document.title, "KẾ HOẠCH");
    assert_eq!(
        plan.document.subject,
        "Thông tin, tuyên truyền cải cách hành chính trên địa bàn tỉnh năm 2024"
    );
    assert_eq!(plan.year, 2024);
    // Kind and subject run into one line.
    let plan = header("KẾ HOẠCH Tuyên truyền công tác cải cách hành chính năm 2023\n");
    assert_eq!(
        (plan.document.title.as_str(), plan.document.subject.as_str()),
        (
            "KẾ HOẠCH",
            "Tuyên truyền công tác cải cách hành chính năm 2023"
        )
    );
}

#[test]
fn issuing_bodies_printed_in_capitals() {
    let plan = header(
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-SGDĐT\nKhánh Hòa, ngày 10 tháng 01 năm 2023\nKẾ HOẠCH\nTuyên truyền CCHC năm 2023\n",
    );
    let parent = plan.document.parent_body.expect("parent printed");
    assert_eq!(parent.name, "Ủy ban nhân dân tỉnh Khánh Hòa");
    assert_eq!(parent.abbreviation.as_deref(), Some("UBND"));
    assert_eq!(plan.document.issuer.name, "Sở Giáo dục và Đào tạo");
    assert_eq!(plan.document.issuer.abbreviation.as_deref(), Some("SGDĐT"));
}

#[test]
fn citations_in_both_date_forms_party_documents_and_laws() {
    let plan = header(
        "KẾ HOẠCH\nTuyên truyền năm 2023\n\n\
         Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\
         Căn cứ Chỉ thị số 07-CT/TU ngày 25/4/2016 của Tỉnh ủy Thừa Thiên Huế về tăng cường kỷ cương, kỷ luật;\n\
         Căn cứ Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị về tiếp tục đổi mới;\n\
         Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát TTHC;\n\
         Căn cứ tình hình thực tế, Sở Nội vụ ban hành Kế hoạch như sau:\n\
         I. MỤC ĐÍCH, YÊU CẦU\n",
    );
    let bases: Vec<_> = plan
        .legal_bases
        .iter()
        .map(|b| {
            (
                b.kind,
                b.number.as_ref().map(|n| n.as_str().to_string()),
                b.date,
                b.issuer.clone(),
            )
        })
        .collect();
    assert_eq!(
        bases,
        vec![
            (DocumentKind::Law, None, Some(date!(2015 - 06 - 19)), None),
            (
                DocumentKind::Directive,
                Some("07-CT/TU".into()),
                Some(date!(2016 - 04 - 25)),
                Some("Tỉnh ủy Thừa Thiên Huế".into())
            ),
            (
                DocumentKind::Conclusion,
                Some("48-KL/TW".into()),
                Some(date!(2023 - 01 - 30)),
                Some("Bộ Chính trị".into())
            ),
            (
                DocumentKind::Circular,
                Some("02/2017/TT-VPCP".into()),
                Some(date!(2017 - 10 - 31)),
                Some("Văn phòng Chính phủ".into())
            ),
        ]
    );
    assert_eq!(
        plan.legal_bases.first().and_then(|b| b.subject.as_deref()),
        Some("Luật Tổ chức chính quyền địa phương")
    );
    assert_eq!(
        plan.preamble.as_deref(),
        Some("Căn cứ tình hình thực tế, Sở Nội vụ ban hành Kế hoạch như sau:")
    );
}

/// A plan body with one forms bullet.
fn with_form_bullet(bullet: &str) -> kehoach::Plan {
    header(&format!(
        "KẾ HOẠCH\nTuyên truyền năm 2023\n\nII. NỘI DUNG, HÌNH THỨC\n\n1. Đối với cán bộ, công chức\n\na) Nội dung:\n\n- Tuyên truyền về CCHC.\n\nb) Hình thức:\n\n- Tổ chức hội nghị, tập huấn về CCHC.\n\n- Phát hành Bản tin điện tử cải cách hành chính.\n\n- {bullet}\n"
    ))
}

#[test]
fn quotas_in_their_several_wordings() {
    let cases = [
        (
            "Hằng tháng, có ít nhất 04 tin, bài về CCHC đăng trên trang thông tin điện tử của cơ quan, đơn vị.",
            Measure::Count,
            4,
            PeriodType::Month,
            FormKind::WebsiteArticle,
        ),
        (
            "Bản tin điện tử phát hành 04 số/tháng.",
            Measure::Count,
            4,
            PeriodType::Month,
            FormKind::EBulletin,
        ),
        (
            "Tổ chức hội nghị 1 lần/quý.",
            Measure::Count,
            1,
            PeriodType::Quarter,
            FormKind::Meeting,
        ),
        (
            "Tập huấn cho tối thiểu 90% cán bộ, công chức trong năm.",
            Measure::Share,
            90,
            PeriodType::Year,
            FormKind::Meeting,
        ),
    ];
    for (bullet, measure, min, period, kind) in cases {
        let plan = with_form_bullet(bullet);
        let quota = plan
            .quotas
            .first()
            .unwrap_or_else(|| panic!("no quota in {bullet}"));
        assert_eq!(quota.text.as_deref(), Some(bullet));
        assert_eq!(
            (quota.measure, quota.min, quota.period),
            (measure, min, period),
            "{bullet}"
        );
        assert_eq!(
            plan.form(&quota.form).map(|f| f.kind),
            Some(kind),
            "{bullet}"
        );
    }
}

#[test]
fn content_and_forms_not_divided_by_audience() {
    let result = import_plan_text(
        "KẾ HOẠCH\nTuyên truyền năm 2023\n\nII. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN\n\n1. Nội dung tuyên truyền\n\n- Tuyên truyền về dịch vụ công trực tuyến.\n\n2. Hình thức tuyên truyền\n\n- Tổ chức hội nghị quán triệt về CCHC.\n\n- Đăng tin, bài trên Trang thông tin điện tử của Sở.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Sở chủ trì, theo dõi, báo cáo kết quả về Sở Nội vụ.\n",
    );
    let plan = &result.plan;
    assert_eq!(plan.audiences.len(), 1);
    let general = &plan.audiences[0];
    assert_eq!(
        (general.id.as_str(), general.heading.as_str()),
        ("chung", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN")
    );
    assert_eq!(
        general.content,
        vec!["Tuyên truyền về dịch vụ công trực tuyến."]
    );
    assert_eq!(
        general.forms.iter().map(|f| f.kind).collect::<Vec<_>>(),
        vec![FormKind::Meeting, FormKind::WebsiteArticle]
    );
    assert_eq!(
        general.forms_heading.as_deref(),
        Some("Hình thức tuyên truyền")
    );
    assert!(result.diagnostics.iter().any(|d| d.code == "IMP037"));
    assert_eq!(plan.implementation.monitoring_unit, "van-phong");
    assert_eq!(plan.implementation.reporting.recipient.name, "Sở Nội vụ");
}
