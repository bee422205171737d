//! The bundled Lạng Sơn 2023 plan validates with no errors and exactly the warnings a draft
//! deserves: no number yet, no day and month of issue.

use kehoach::validate::{diagnostics_text, validate_plan, validate_plan_json};
use kehoach::{Lang, Severity};

use crate::support::bundled_plan;

#[test]
fn the_seed_gives_exactly_its_two_draft_warnings() {
    let diagnostics = validate_plan(&bundled_plan(), Lang::Vi);
    let got: Vec<(&str, &str, Severity)> = diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str(), d.severity))
        .collect();
    assert_eq!(
        got,
        [
            ("DOC015", "/document/issued/date", Severity::Warning),
            ("DOC008", "/document/number", Severity::Warning),
        ]
    );
}

#[test]
fn the_seed_warnings_read_well_in_both_languages() {
    let vi = validate_plan(&bundled_plan(), Lang::Vi);
    let en = validate_plan(&bundled_plan(), Lang::En);
    let messages = |list: &[kehoach::Diagnostic]| -> Vec<String> {
        list.iter().map(|d| d.message.clone()).collect()
    };
    assert_eq!(
        messages(&vi),
        [
            "Dự thảo chưa ghi ngày, tháng ban hành; các kiểm tra theo ngày lấy ngày 31/12/2023.",
            "Dự thảo chưa cấp số (\"/KH-SVHTTDL\"); điền số khi ban hành.",
        ]
    );
    assert_eq!(
        messages(&en),
        [
            "Draft without a day and month of issue; date checks use 31 December 2023.",
            "Draft without a number (\"/KH-SVHTTDL\"); fill it in when issuing.",
        ]
    );
    // Params are the same whatever the language.
    assert_eq!(vi[1].params, en[1].params);
    assert_eq!(
        serde_json::to_value(&vi[1].params).expect("params serialise"),
        serde_json::json!({"number": "/KH-SVHTTDL"})
    );
}

#[test]
fn json_text_and_loaded_plan_validate_the_same() {
    let from_text = validate_plan_json(kehoach::examples::LANG_SON_2023, Lang::En).expect("loads");
    assert_eq!(from_text, validate_plan(&bundled_plan(), Lang::En));
}

#[test]
fn the_text_report_groups_by_severity() {
    let text = diagnostics_text(&validate_plan(&bundled_plan(), Lang::Vi), Lang::Vi);
    assert_eq!(
        text,
        "Cảnh báo (2)\n\
         \x20 DOC015  /document/issued/date  Dự thảo chưa ghi ngày, tháng ban hành; các kiểm tra theo ngày lấy ngày 31/12/2023.\n\
         \x20 DOC008  /document/number  Dự thảo chưa cấp số (\"/KH-SVHTTDL\"); điền số khi ban hành.\n\
         Tổng cộng: 0 lỗi, 2 cảnh báo, 0 thông tin.\n"
    );
}
