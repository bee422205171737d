//! Issuers at every level of government, as portals print their headers (bodies and the
//! national name cell by cell), and the citations such plans open with: laws named without a
//! number, a citation wrapped over several lines, "Thực hiện …" beside "Căn cứ …".
//!
//! The texts are written for these tests, in the structure real plans use.

use kehoach::import::ImportResult;
use kehoach::model::{Body, DocumentKind};

/// A short plan under `header`, opening with `citations`.
fn plan(header: &str, citations: &str) -> String {
    format!(
        "{header}\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n\n{citations}\n\n\
         I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.\n\n\
         2. Yêu cầu\n\n- Tuyên truyền thường xuyên, đúng nội dung.\n"
    )
}

fn import(header: &str) -> ImportResult {
    crate::support::imported("levels", &plan(
        header,
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024;",
    ))
}

fn body(name: &str, abbreviation: Option<&str>) -> Body {
    Body {
        name: name.to_string(),
        abbreviation: abbreviation.map(str::to_string),
    }
}

#[test]
fn a_ministry_without_parent() {
    let result = import(
        "BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI\n-------\nCHỦ NGHĨA VIỆT NAM\nSố: 15/KH-BNV\nĐộc lập - Tự do - Hạnh phúc\n\
         Hà Nội, ngày 22\ntháng 01 năm 2024",
    );
    let document = &result.plan.document;
    assert_eq!(document.issuer, body("Bộ Nội vụ", Some("BNV")));
    assert_eq!(document.parent_body, None);
    assert_eq!(document.number.as_str(), "15/KH-BNV");
    assert_eq!(document.issued.place, "Hà Nội");
    assert_eq!(document.issued.text, "Hà Nội, ngày 22 tháng 01 năm 2024");
    assert_eq!(
        document.issued.date.map(|d| d.to_string()),
        Some("2024-01-22".to_string())
    );
}

#[test]
fn a_place_on_its_own_line_before_the_date() {
    let document = import(
        "BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/KH-BNV\nĐộc lập - Tự do - Hạnh phúc\n\
         Hà Nội,\n---------\nngày 22 tháng 01 năm 2024",
    )
    .plan
    .document;
    assert_eq!(document.issued.place, "Hà Nội");
    assert_eq!(document.issued.text, "Hà Nội, ngày 22 tháng 01 năm 2024");
}

#[test]
fn a_province_printed_in_two_lines() {
    for header in [
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 15 tháng 01 năm 2024",
        "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI\nTỈNH QUẢNG NGÃI\nCHỦ NGHĨA VIỆT NAM\n\
         Số: 12/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 15 tháng 01 năm 2024",
        "CỘNG HÒA XÃ HỘI\nỦY BAN NHÂN DÂN\nCHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nQuảng Ngãi, ngày 15 tháng 01 năm 2024",
    ] {
        let document = import(header).plan.document;
        assert_eq!(
            document.issuer,
            body("Ủy ban nhân dân tỉnh Quảng Ngãi", Some("UBND")),
            "{header}"
        );
        assert_eq!(document.parent_body, None, "{header}");
        assert_eq!(document.issued.place, "Quảng Ngãi");
    }
}

#[test]
fn a_department_under_its_province() {
    let document = import(
        "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI\nSỞ VĂN HÓA, THỂ THAO\nCHỦ NGHĨA VIỆT NAM\nVÀ DU LỊCH\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 07/KH-SVHTTDL\nLạng Sơn, ngày 05 tháng 02 năm 2024",
    )
    .plan
    .document;
    assert_eq!(
        document.issuer,
        body("Sở Văn hóa, Thể thao và Du lịch", Some("SVHTTDL"))
    );
    assert_eq!(
        document.parent_body,
        Some(body("Ủy ban nhân dân tỉnh Lạng Sơn", Some("UBND")))
    );
}

#[test]
fn a_district_and_a_commune() {
    // A district's and a commune's committee have no parent body in the header.
    for (header, issuer, place) in [
        (
            "UBND HUYỆN ĐỒNG HỶ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 30/KH-UBND\nĐồng Hỷ, ngày 20 tháng 02 năm 2024",
            "Ủy ban nhân dân huyện Đồng Hỷ",
            "Đồng Hỷ",
        ),
        (
            "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 05/KH-UBND\nTân Lập, ngày 01 tháng 3 năm 2024",
            "Ủy ban nhân dân xã Tân Lập",
            "Tân Lập",
        ),
    ] {
        let document = import(header).plan.document;
        assert_eq!(document.issuer, body(issuer, Some("UBND")), "{issuer}");
        assert_eq!(document.parent_body, None, "{issuer}");
        assert_eq!(document.issued.place, place, "{issuer}");
    }
}

#[test]
fn laws_by_name_wrapped_citations_and_thuc_hien() {
    let text = plan(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Quảng Ngãi, ngày 15 tháng 01 năm 2024",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\n\
         Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành\n\
         Chương trình tổng thể cải cách hành chính nhà nước\n\
         giai đoạn 2021 - 2030;\n\n\
         Thực hiện Kế hoạch số 253/KH-BNV ngày 20/01/2024 của Bộ Nội vụ về thông tin, tuyên truyền cải cách hành chính năm 2024,\n\n\
         Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:",
    );
    let result = crate::support::imported("levels", &text);
    let bases = &result.plan.legal_bases;
    assert_eq!(bases.len(), 3, "{bases:#?}");
    let law = &bases[0];
    assert_eq!(law.kind, DocumentKind::Law);
    assert_eq!(law.number, None);
    assert!(
        law.text.contains("Luật Tổ chức chính quyền địa phương"),
        "{}",
        law.text
    );
    let resolution = &bases[1];
    assert_eq!(
        resolution.number.as_ref().map(|n| n.as_str()),
        Some("76/NQ-CP")
    );
    assert!(
        resolution.text.ends_with("giai đoạn 2021 - 2030"),
        "{}",
        resolution.text
    );
    assert_eq!(
        bases[2].number.as_ref().map(|n| n.as_str()),
        Some("253/KH-BNV")
    );
    assert!(result.plan.preamble.is_some());
}
