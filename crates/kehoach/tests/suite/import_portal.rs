//! Layouts of plan texts copied from public legal portals: the two-column header table
//! flattened into lines (national name in two lines, interleaved with the issuer in either
//! column order), the place-and-date line broken in two, cells between `|` lines and rules,
//! a portal's metadata table above the document. Each re-flows the seed's header and must
//! import to the same plan as the seed.

use kehoach::import::import_plan_text;
use kehoach::Plan;

use crate::support::SEED;

fn seed_plan() -> Plan {
    import_plan_text(SEED).plan
}

/// The seed's text from its first citation on.
fn seed_body() -> String {
    SEED.split_once("Căn cứ")
        .map(|(_, rest)| format!("Căn cứ{rest}"))
        .unwrap_or_default()
}

/// The seed with `header` in place of its own header.
fn with_header(header: &str) -> String {
    format!("{header}\n\n{}", seed_body())
}

/// The text as a fixture the npm suite reads too (`tests/fixtures/import/portal/`, one file a
/// layout): the committed file must be exactly the text tested here; `KEHOACH_BLESS=1` writes
/// it.
fn matches_fixture(name: &str, text: &str) {
    let file: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let path = crate::support::repo_root()
        .join("tests/fixtures/import/portal")
        .join(format!("{file}.txt"));
    if std::env::var_os("KEHOACH_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
        std::fs::write(&path, text).expect("fixture written");
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with KEHOACH_BLESS=1", path.display()));
    assert_eq!(
        committed,
        text,
        "{}: stale, run with KEHOACH_BLESS=1",
        path.display()
    );
}

/// Compares the document header field by field, then the whole plan.
fn assert_same(name: &str, text: &str) {
    matches_fixture(name, text);
    let want = seed_plan();
    let got = import_plan_text(text).plan;
    let (w, g) = (&want.document, &got.document);
    assert_eq!(g.kind, w.kind, "{name}: kind");
    assert_eq!(g.number, w.number, "{name}: number");
    assert_eq!(g.issuer, w.issuer, "{name}: issuer");
    assert_eq!(g.parent_body, w.parent_body, "{name}: parent body");
    assert_eq!(g.issued, w.issued, "{name}: place and date");
    assert_eq!(g.title, w.title, "{name}: title");
    assert_eq!(g.subject, w.subject, "{name}: subject");
    assert_eq!(got.year, want.year, "{name}: year");
    assert_eq!(got.legal_bases, want.legal_bases, "{name}: legal bases");
    assert_eq!(got, want, "{name}: the plan");
}

#[test]
fn national_name_in_two_lines_after_the_bodies() {
    assert_same(
        "issuer column first",
        &with_header(
            "UBND TỈNH LẠNG SƠN\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: /KH-SVHTTDL\n\
             CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Lạng Sơn, ngày tháng năm 2023\n\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
}

#[test]
fn national_name_interleaved_with_the_bodies() {
    assert_same(
        "row by row, issuer left",
        &with_header(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\
             CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: /KH-SVHTTDL\n\
             Lạng Sơn, ngày tháng năm 2023\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
    assert_same(
        "row by row, motto left",
        &with_header(
            "CỘNG HÒA XÃ HỘI\nUBND TỈNH LẠNG SƠN\nCHỦ NGHĨA VIỆT NAM\n\
             SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nĐộc lập - Tự do - Hạnh phúc\n\
             Lạng Sơn, ngày tháng năm 2023\nSố: /KH-SVHTTDL\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
    assert_same(
        "motto column first",
        &with_header(
            "CỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\
             Lạng Sơn, ngày tháng năm 2023\nUBND TỈNH LẠNG SƠN\n\
             SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: /KH-SVHTTDL\n\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
}

#[test]
fn place_and_date_broken_in_two() {
    assert_same(
        "date in two lines",
        &with_header(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\
             CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: /KH-SVHTTDL\n\
             Lạng Sơn, ngày\ntháng năm 2023\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
}

#[test]
fn cells_between_bar_lines_and_rules() {
    assert_same(
        "cells, bars and rules",
        &with_header(
            "|\nUBND TỈNH LẠNG SƠN\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n-------\nSố: /KH-SVHTTDL\n|\n\
             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\
             Lạng Sơn, ngày tháng năm 2023\n|\n\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
    assert_same(
        "bar rows",
        &with_header(
            "| UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI |\n\
             | SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | CHỦ NGHĨA VIỆT NAM |\n\
             | ------- | Độc lập - Tự do - Hạnh phúc |\n\
             | | --------------- |\n\
             | Số: /KH-SVHTTDL | Lạng Sơn, ngày tháng năm 2023 |\n\nKẾ HOẠCH\n\
             Tuyên truyền công tác cải cách hành chính năm 2023",
        ),
    );
}
