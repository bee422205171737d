//! A legal portal's metadata table above the document: its rows are set aside, not read as the
//! document's text; what they say fills only what the header cannot say, and each such value is
//! reported as coming from the portal (IMP038).

use kehoach::import::ImportResult;

use crate::support::SEED;

fn codes(result: &ImportResult, code: &str) -> Vec<(String, usize)> {
    result
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| {
            let line = d
                .params
                .get("line")
                .and_then(|v| v.to_string().parse().ok())
                .unwrap_or(0);
            (d.path.clone(), line)
        })
        .collect()
}

/// A portal's metadata table, as copied with the text.
pub(crate) const TABLE: &str = "| Số hiệu | 0156/KH-UBND | Loại văn bản | Kế hoạch |\n\
                     |---|---|---|---|\n\
                     | Cơ quan ban hành | Tỉnh Quảng Ngãi | Người ký | Trần Văn Minh |\n\
                     | Ngày ban hành | 22/01/2024 | Ngày hiệu lực | 22/01/2024 |\n\
                     | Tình trạng | Còn hiệu lực | | |\n";

#[test]
fn a_table_above_a_full_header_changes_nothing() {
    let text = format!("{TABLE}\n{SEED}");
    let result = crate::support::imported("portal-metadata", &text);
    assert_eq!(
        result.plan,
        crate::support::imported("portal-metadata", SEED).plan
    );
    // Every row set aside and said so; nothing taken from it.
    assert!(
        codes(&result, "IMP023").len() >= 7,
        "{:#?}",
        result.diagnostics
    );
    assert!(codes(&result, "IMP038").is_empty());
}

#[test]
fn a_bare_committee_takes_its_name_from_the_table_and_says_so() {
    let text = format!(
        "{TABLE}\nỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\
         KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n\n\
         Căn cứ Kế hoạch số 253/KH-BNV ngày 20/01/2024 của Bộ Nội vụ về thông tin, tuyên truyền cải cách hành chính năm 2024;\n\n\
         I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, công chức.\n"
    );
    let result = crate::support::imported("portal-metadata", &text);
    let document = &result.plan.document;
    assert_eq!(document.issuer.name, "Ủy ban nhân dân tỉnh Quảng Ngãi");
    assert_eq!(document.number.as_str(), "0156/KH-UBND");
    assert_eq!(
        document.issued.date.map(|d| d.to_string()).as_deref(),
        Some("2024-01-22")
    );
    assert_eq!(
        document.issued.place, "",
        "the portal prints no place: none is invented"
    );
    assert_eq!(document.signature.signer_name, "Trần Văn Minh");
    let marked: Vec<String> = codes(&result, "IMP038")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    for path in [
        "/document/number",
        "/document/issuer",
        "/document/issued",
        "/document/signature/signerName",
    ] {
        assert!(
            marked.iter().any(|p| p == path),
            "{path} not marked: {marked:?}"
        );
    }
    // The table's "Kế hoạch" cell is not the title line; the document's own is.
    assert_eq!(
        document.subject,
        "Tuyên truyền cải cách hành chính năm 2024"
    );
    assert_eq!(result.plan.year, 2024);
}

#[test]
fn labelled_lines_and_a_vertical_table() {
    let text = "Số hiệu: 0156/KH-UBND\nCơ quan ban hành:\nỦy ban nhân dân huyện Đồng Hỷ\n\
                Ngày ban hành: 22/01/2024\n\n\
                KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n\n\
                Căn cứ Kế hoạch số 253/KH-BNV ngày 20/01/2024 của Bộ Nội vụ về cải cách hành chính;\n";
    let result = crate::support::imported("portal-metadata", text);
    let document = &result.plan.document;
    assert_eq!(document.issuer.name, "Ủy ban nhân dân huyện Đồng Hỷ");
    assert_eq!(document.number.as_str(), "0156/KH-UBND");
    assert_eq!(codes(&result, "IMP038").len(), 3);
}
