//! Openings of other real plans, as published (`tests/fixtures/import/`, first line: the page
//! they were copied from): their header and legal bases import exactly, and the text cut off
//! at the end is reported, not invented.

use kehoach::import::{import_plan_text, ImportResult};
use kehoach::Severity;
use serde_json::{json, Value};

use crate::support::{BNV_2022, SXD_HUE_2021};

/// The header fields of the imported plan, as JSON.
fn header(result: &ImportResult) -> Value {
    let plan = serde_json::to_value(&result.plan).unwrap_or(Value::Null);
    let document = &plan["document"];
    json!({
        "year": plan["year"],
        "kind": document["kind"],
        "parentBody": document["parentBody"],
        "issuer": document["issuer"],
        "number": document["number"],
        "issued": document["issued"],
        "title": document["title"],
        "subject": document["subject"],
    })
}

fn legal_bases(result: &ImportResult) -> Value {
    serde_json::to_value(&result.plan.legal_bases).unwrap_or(Value::Null)
}

fn codes_at(result: &ImportResult, code: &str) -> Vec<String> {
    result
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.path.clone())
        .collect()
}

/// What is cut off is reported with its line and text, and nothing of it is in the plan.
fn assert_cut_off(result: &ImportResult, line: i64, fragment: &str) {
    let cut = result
        .diagnostics
        .iter()
        .find(|d| d.code == "IMP102")
        .expect("the cut-off is reported");
    assert_eq!(cut.severity, Severity::Warning);
    assert_eq!(
        cut.params.get("line").map(ToString::to_string),
        Some(line.to_string())
    );
    assert_eq!(
        cut.params.get("text").map(ToString::to_string),
        Some(fragment.to_string())
    );
    let json = result.plan.to_json_string();
    assert!(
        !json.contains(fragment),
        "the cut-off text must not be placed"
    );
    // What would have followed is missing, and said so rather than made up.
    let signature = &result.plan.document.signature;
    assert!(signature.head_title.is_empty() && signature.signer_name.is_empty());
    assert!(result.plan.document.recipients.is_empty());
    assert_eq!(
        codes_at(result, "IMP118"),
        vec!["/document/signature".to_string()]
    );
    assert_eq!(
        codes_at(result, "IMP117"),
        vec!["/document/recipients".to_string()]
    );
    assert_eq!(codes_at(result, "IMP113"), vec!["/audiences".to_string()]);
    assert!(result.plan.audiences.is_empty());
    assert!(result.plan.implementation.responsibilities.is_empty());
    assert!(result.has_problems());
}

#[test]
fn a_ministry_decision_flattened_with_bars() {
    let result = import_plan_text(BNV_2022);
    assert_eq!(
        header(&result),
        json!({
            "year": 2022,
            "kind": "decision",
            "parentBody": null,
            "issuer": { "name": "Bộ Nội vụ", "abbreviation": "BNV" },
            "number": "251/QĐ-BNV",
            "issued": {
                "place": "Hà Nội",
                "text": "Hà Nội, ngày 29 tháng 03 năm 2022",
                "year": 2022,
                "date": "2022-03-29"
            },
            "title": "Quyết định",
            "subject": "BAN HÀNH KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2022",
        })
    );
    assert_eq!(
        legal_bases(&result),
        json!([
            {
                "text": "Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ",
                "kind": "decree",
                "number": "34/2017/NĐ-CP",
                "date": "2017-04-03",
                "issuer": "Chính phủ",
                "subject": "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ"
            },
            {
                "text": "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
                "kind": "resolution",
                "number": "76/NQ-CP",
                "date": "2021-07-15",
                "issuer": "Chính phủ",
                "subject": "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
            },
            {
                "text": "Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
                "kind": "directive",
                "number": "23/CT-TTg",
                "date": "2021-09-02",
                "issuer": "Thủ tướng Chính phủ",
                "subject": "về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
            }
        ])
    );
    // The decision's own frame is set aside, its "Điều 1" introduces the plan.
    assert_eq!(
        result.plan.preamble.as_deref(),
        Some("Điều 1. Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2022 (sau đây gọi tắt là Kế hoạch), với những nội dung cơ bản sau đây:")
    );
    assert_eq!(result.plan.purposes.len(), 1);
    assert_cut_off(&result, 17, "b) Mục tiêu cụ th");
}

#[test]
fn a_department_plan_announced_on_a_web_page() {
    let result = import_plan_text(SXD_HUE_2021);
    assert_eq!(
        header(&result),
        json!({
            "year": 2021,
            "kind": "plan",
            "parentBody": { "name": "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "abbreviation": "UBND" },
            "issuer": { "name": "Sở Xây dựng", "abbreviation": "SXD" },
            "number": "4247/KH-SXD",
            "issued": {
                "place": "",
                "text": "Ngày 25 tháng 12 năm 2020",
                "year": 2020,
                "date": "2020-12-25"
            },
            "title": "Kế hoạch",
            "subject": "Tuyên truyền cải cách hành chính năm 2021",
        })
    );
    // "Căn cứ vào tình hình thực tế" cites nothing: no legal basis, and it introduces the plan.
    assert_eq!(legal_bases(&result), json!([]));
    assert_eq!(
        result.plan.preamble.as_deref(),
        Some("Căn cứ vào tình hình thực tế, Sở Xây dựng ban hành Kế hoạch tuyên truyền CCHC năm 2021 với các nội dung cụ thể sau:")
    );
    assert_eq!(codes_at(&result, "IMP010"), vec!["/preamble".to_string()]);
    // The page prints no place: left empty and reported, not filled in.
    assert_eq!(
        codes_at(&result, "IMP108"),
        vec!["/document/issued/place".to_string()]
    );
    // The parent body is inferred from "tỉnh Thừa Thiên Huế", and said to be inferred.
    assert_eq!(
        codes_at(&result, "IMP031"),
        vec!["/document/parentBody".to_string()]
    );
    assert_eq!(result.plan.purposes.len(), 3);
    assert_eq!(result.plan.requirements.len(), 2);
    assert_cut_off(
        &result,
        23,
        "c) Đổi mới nội dung và hình thức tuyên truyền; kết hợp c",
    );
}

#[test]
fn the_source_line_and_page_furniture_are_set_aside() {
    for text in [BNV_2022, SXD_HUE_2021] {
        let result = import_plan_text(text);
        let first = result
            .diagnostics
            .iter()
            .find(|d| d.params.get("line").map(ToString::to_string) == Some("1".into()))
            .expect("line 1 is accounted for");
        assert_eq!(first.code, "IMP020");
    }
}
