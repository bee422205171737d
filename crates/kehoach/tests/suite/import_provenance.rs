//! Every field says how sure it is: the import's provenance list, and its agreement with the
//! diagnostics that say a value was guessed (`import-guessed`) or taken from a portal (IMP038).

use kehoach::import::{import_plan_text, ImportResult, Provenance, Source, RULES};

use crate::import_portal_metadata::TABLE;
use crate::support::SEED;

fn at<'a>(result: &'a ImportResult, path: &str) -> &'a Provenance {
    result
        .provenance
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no provenance for {path}: {:#?}", result.provenance))
}

fn assert_at(result: &ImportResult, path: &str, source: Source, line: Option<u32>) {
    let found = at(result, path);
    assert_eq!((found.source, found.line), (source, line), "{path}");
}

/// Text whose header prints no number, and a bullet whose form kind comes from its wording.
const NO_NUMBER: &str = "SỞ XÂY DỰNG\n\nLạng Sơn, ngày 05 tháng 02 năm 2023\n\nKẾ HOẠCH\n\
    Tuyên truyền cải cách hành chính năm 2023\n\n\
    Căn cứ Kế hoạch số 253/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân tỉnh Lạng Sơn về cải cách hành chính năm 2023;\n\n\
    I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, công chức.\n\n\
    II. NỘI DUNG, HÌNH THỨC\n\n1. Đối với cán bộ, công chức\n\n\
    a) Nội dung\n\n- Các văn bản về cải cách hành chính.\n\n\
    b) Hình thức\n\n- Đăng tin, bài trên Trang thông tin điện tử của Sở.\n";

fn portal_text() -> String {
    format!(
        "{TABLE}\nỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\
         KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n\n\
         Căn cứ Kế hoạch số 253/KH-BNV ngày 20/01/2024 của Bộ Nội vụ về thông tin, tuyên truyền cải cách hành chính năm 2024;\n\n\
         I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, công chức.\n"
    )
}

#[test]
fn the_seed_reads_its_header_and_citations_from_their_lines() {
    let result = import_plan_text(SEED);
    assert_at(&result, "/document/number", Source::Text, Some(3));
    assert_at(&result, "/document/issued", Source::Text, Some(5));
    assert_at(&result, "/document/issued/place", Source::Text, Some(5));
    assert_at(&result, "/document/subject", Source::Text, Some(7));
    // The seed's header leaves the issuer blank: it is the preamble's subject (IMP030).
    assert_at(&result, "/document/issuer", Source::Inferred, Some(10));
    assert_at(&result, "/document/signature", Source::Text, Some(106));
    assert_eq!(result.plan.legal_bases.len(), 3);
    for index in 0..result.plan.legal_bases.len() {
        for part in ["text", "number", "date", "issuer"] {
            let path = format!("/legalBases/{index}/{part}");
            assert_at(&result, &path, Source::Text, Some(10));
        }
    }
    assert_at(
        &result,
        "/implementation/reporting/schedule",
        Source::Inferred,
        Some(94),
    );
    assert_at(&result, "/budget", Source::Text, Some(60));
}

#[test]
fn form_kinds_from_cues_are_inferred() {
    for result in [import_plan_text(SEED), import_plan_text(NO_NUMBER)] {
        let kinds: Vec<&Provenance> = result
            .provenance
            .iter()
            .filter(|p| p.path.contains("/forms/") && p.path.ends_with("/kind"))
            .collect();
        assert!(!kinds.is_empty());
        assert!(
            kinds
                .iter()
                .all(|p| p.source == Source::Inferred && p.line.is_some()),
            "{kinds:#?}"
        );
    }
}

#[test]
fn a_header_without_a_number_leaves_it_missing() {
    let result = import_plan_text(NO_NUMBER);
    assert_at(&result, "/document/number", Source::Missing, None);
    assert_at(&result, "/document/signature", Source::Missing, None);
    assert_at(&result, "/document/issued", Source::Text, Some(3));
    assert_at(&result, "/legalBases/0/number", Source::Text, Some(8));
}

#[test]
fn values_from_the_portal_table_are_marked() {
    let result = import_plan_text(&portal_text());
    for path in [
        "/document/number",
        "/document/issuer",
        "/document/issued",
        "/document/signature",
        "/document/signature/signerName",
    ] {
        assert_eq!(at(&result, path).source, Source::PortalMetadata, "{path}");
        assert!(at(&result, path).line.is_some(), "{path}");
    }
    assert_at(&result, "/document/issued/place", Source::Missing, None);
    // Above a full header the table gives nothing.
    let full = import_plan_text(&format!("{TABLE}\n{SEED}"));
    assert!(full
        .provenance
        .iter()
        .all(|p| p.source != Source::PortalMetadata));
}

#[test]
fn provenance_agrees_with_the_diagnostics() {
    let guessed: Vec<&str> = RULES
        .iter()
        .filter(|doc| doc.category == "import-guessed")
        .map(|doc| doc.rule.code)
        .collect();
    for text in [SEED.to_string(), NO_NUMBER.to_string(), portal_text()] {
        let result = import_plan_text(&text);
        for diagnostic in &result.diagnostics {
            let expected = match diagnostic.code.as_str() {
                "IMP038" => Source::PortalMetadata,
                code if guessed.contains(&code) => Source::Inferred,
                _ => continue,
            };
            assert_eq!(
                at(&result, &diagnostic.path).source,
                expected,
                "{diagnostic:?}"
            );
        }
        // And the other way: nothing is marked inferred or from the portal without a finding
        // naming it or a field holding it (form kinds: the form's cue, IMP012).
        for entry in &result.provenance {
            if matches!(entry.source, Source::Text | Source::Missing) {
                continue;
            }
            let named = result.diagnostics.iter().any(|d| {
                !d.path.is_empty()
                    && (entry.path.starts_with(&d.path) || d.path.starts_with(&entry.path))
            });
            assert!(named, "{entry:?}");
        }
    }
}
